"""`pejling plan check` and `pejling plan load` as a user runs them."""

import json

import pytest

from pejling.plans import models
from tests.conftest import FIXTURES, RANDERS_PLAN, run_command


def _run(capsys, *args):
    return run_command(capsys, "plan", *args)


def test_check_json_for_the_randers_plan(capsys):
    code, out = _run(capsys, "check", str(RANDERS_PLAN), "--format", "json")
    payload = json.loads(out)
    assert code == 0
    assert payload["valid"] is True
    assert payload["errors"] == []
    assert payload["counts"] == {"goals": 5, "prerequisites": 4, "targets": 15, "initiatives": 14}
    assert len(payload["targets"]) == 15
    assert payload["targets"][13] == {
        "id": "5.2",
        "text": "Andelen af tomme erhvervslejemål i Randers midtby skal nedbringes",
        "direction": "down",
        "bindings": [{"source": "local", "table": "tomme-erhvervslejemaal-midtby"}],
    }
    assert payload["targets"][14]["direction"] == "above 0"


def test_check_json_for_a_broken_plan_exits_1(capsys):
    code, out = _run(capsys, "check", str(FIXTURES / "plans/broken/unknown_source.yaml"), "--format", "json")
    payload = json.loads(out)
    assert code == 1
    assert payload["valid"] is False
    assert payload["errors"] == [
        {
            "code": "plan.unknown_source",
            "location": "goals[0].targets[0].bindings[0].source",
            "line": 31,
            "message": "ukendt kilde / unknown source 'eurostat'; kendte kilder / known sources: "
            "jobindsats, local, statbank",
        }
    ]
    assert payload["counts"] == {"goals": 1, "prerequisites": 1, "targets": 1, "initiatives": 1}


def test_check_text_lists_every_problem_with_file_and_line(capsys):
    path = FIXTURES / "plans/broken/several_problems.yaml"
    code, out = _run(capsys, "check", str(path))
    assert code == 1
    assert f"{path}:10: plan.priorities[1]: ukendt målsætning / unknown goal '9'" in out
    assert f"{path}:24: goals[0].targets[0].weight: ukendt nøgle / unknown key 'weight'" in out
    assert "5 fejl / errors" in out


@pytest.mark.django_db
def test_load_is_a_dry_run_unless_commit(capsys):
    code, out = _run(capsys, "load", str(RANDERS_PLAN))
    assert code == 0
    assert "Oprettet / created: randers-fremtidens-randers version 1" in out
    assert "Prøvekørsel — intet skrevet" in out
    assert models.Plan.objects.count() == 0
    code, out = _run(capsys, "load", str(RANDERS_PLAN), "--commit")
    assert code == 0
    assert "Prøvekørsel" not in out
    assert models.PlanVersion.objects.count() == 1
    code, out = _run(capsys, "load", str(RANDERS_PLAN), "--commit")
    assert "Uændret / unchanged" in out


@pytest.mark.django_db
def test_load_of_an_invalid_file_writes_nothing(capsys):
    code, out = _run(capsys, "load", str(FIXTURES / "plans/broken/duplicate_id.yaml"), "--commit")
    assert code == 1
    assert "Intet er indlæst / nothing was loaded" in out
    assert models.Plan.objects.count() == 0


@pytest.mark.django_db
def test_load_prints_before_and_after_for_a_changed_file(capsys, tmp_path):
    _run(capsys, "load", str(RANDERS_PLAN), "--commit")
    changed = tmp_path / "randers.yaml"
    text = RANDERS_PLAN.read_text(encoding="utf-8")
    changed.write_text(text.replace("status: udkast", "status: vedtaget\n  adopted: 2026-03-01", 1), encoding="utf-8")
    text = changed.read_text(encoding="utf-8").replace("  adopted: null\n", "", 1)
    changed.write_text(text, encoding="utf-8")
    code, out = _run(capsys, "load", str(changed))
    assert code == 0
    assert "Ny version / new version: randers-fremtidens-randers version 2" in out
    assert "  plan.status: udkast → vedtaget" in out
    assert "  plan.adopted: — → 2026-03-01" in out
