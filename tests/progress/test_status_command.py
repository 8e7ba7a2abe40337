import json
from datetime import date

import pytest

from pejling.progress.assess import assess_plan
from tests.conftest import run_command
from tests.progress.conftest import NOW

pytestmark = pytest.mark.django_db


def test_status_json_lists_every_target_with_components(testplan, capsys):
    version, plan_file = testplan
    assess_plan(version, plan_file, as_of=date(2026, 11, 28), now=NOW)
    code, out = run_command(capsys, "status", "--plan", "testplan", "--format", "json")
    payload = json.loads(out)
    assert code == 0
    assert (payload["plan"], payload["area"], payload["area_name"], payload["as_of"]) == (
        "testplan",
        "730",
        "Randers",
        "2026-11-28",
    )
    assert [g["goal"] for g in payload["goals"]] == ["1", "2"]
    target = payload["goals"][0]["targets"][0]
    assert target["target"] == "1.1"
    assert target["interpretation_label"] == "Fortolkning — ikke politisk vedtaget"
    assert {
        "base_value",
        "current_value",
        "target_value",
        "cagr_observed",
        "cagr_required",
        "progress_value",
        "interval",
        "data_vintage",
        "next_update",
        "change_note",
        "benchmark",
        "projection",
        "required_pace",
        "components",
    } <= set(target)
    assert sum(payload["rollup"]["counts"].values()) == 3


def test_status_text_and_no_assessments(testplan, capsys):
    code, out = run_command(capsys, "status", "--plan", "testplan")
    assert code == 2 and "Ingen vurderinger endnu" in out
    version, plan_file = testplan
    assess_plan(version, plan_file, as_of=date(2026, 11, 28), now=NOW)
    code, out = run_command(capsys, "status", "--plan", "testplan", "--area", "101")
    assert code == 0
    assert out.startswith("Testplan for vurderinger — København pr. 2026-11-28 (planversion 1)")
    assert "Fortolkning — ikke politisk vedtaget" in out


def test_assess_command_is_idempotent_and_prints_a_summary(testplan, capsys):
    code, out = run_command(capsys, "assess", "--as-of", "2026-11-28", "--plan", "testplan")
    assert code == 0
    assert "✓ testplan pr. 2026-11-28: 294 vurderinger / assessments (3 mål × 98 kommuner)" in out
    run_command(capsys, "assess", "--as-of", "2026-11-28", "--plan", "testplan")
    from pejling.progress.models import Assessment

    assert Assessment.objects.count() == 294
