"""A plan load that gives a Mål a new or changed interpretation leaves an audit row with the actor, the time and
the interpretation before and after; a load that changes nothing leaves none."""

from datetime import UTC, datetime

import pytest

from pejling.accounts.actors import Operator
from pejling.audit.models import AuditEntry
from pejling.lib.planfile.validate import check_plan_text
from pejling.plans.loader import plan_load
from tests.conftest import RANDERS_PLAN, run_command

V1_AT = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
V2_AT = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
ANALYST = Operator("analytiker")


def _load(text, now):
    result = check_plan_text(text)
    assert result.plan is not None
    return plan_load(result.plan, source_text=text, source_path="randers.yaml", now=now, commit=True, actor=ANALYST)


@pytest.mark.django_db
def test_new_and_changed_interpretations_are_recorded():
    text = RANDERS_PLAN.read_text(encoding="utf-8")
    _load(text, V1_AT)
    first = AuditEntry.objects.filter(action="interpretation.change")
    assert first.count() == 15 and {e.before for e in first} == {None}
    assert {(e.at, e.actor_label) for e in first} == {(V1_AT, "shell:analytiker")}
    old = "          base_year: 2023\n          target_year: 2035\n"
    assert text.count(old) == 1
    _load(text.replace(old, "          base_year: 2023\n          target_year: 2033\n"), V2_AT)
    [changed] = AuditEntry.objects.filter(action="interpretation.change", at=V2_AT)
    assert changed.changed_fields() == [("target_year", 2035, 2033)]
    assert changed.subject.kind == "target" and changed.actor_label == "shell:analytiker"
    assert changed.before["base_year"] == changed.after["base_year"] == 2023


@pytest.mark.django_db
def test_the_plan_command_names_the_shell_user(capsys):
    code, _ = run_command(capsys, "plan", "load", str(RANDERS_PLAN), "--commit")
    assert code == 0
    labels = set(AuditEntry.objects.filter(action="interpretation.change").values_list("actor_label", flat=True))
    assert len(labels) == 1 and labels.pop().startswith("shell:")
    run_command(capsys, "plan", "load", str(RANDERS_PLAN), "--commit")  # unchanged: no new version, no rows
    assert AuditEntry.objects.filter(action="interpretation.change").count() == 15
