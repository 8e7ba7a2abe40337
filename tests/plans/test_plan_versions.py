"""A changed plan file makes version 2 and leaves version 1 intact (goalpost integrity)."""

from datetime import UTC, datetime
from unittest import mock

import pytest

from pejling.lib.planfile.diff import Change
from pejling.lib.planfile.validate import check_plan_text
from pejling.plans import models
from pejling.plans.loader import interpretation_history, plan_load
from tests.conftest import RANDERS_PLAN

V1_AT = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
V2_AT = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def _load_text(text: str, now: datetime, commit: bool = True):
    result = check_plan_text(text)
    assert result.plan is not None, result.problems
    return plan_load(result.plan, source_text=text, source_path="randers.yaml", now=now, commit=commit)


def _changed_text() -> str:
    text = RANDERS_PLAN.read_text(encoding="utf-8")
    old = "          base_year: 2023\n          target_year: 2035\n"
    assert text.count(old) == 1
    return text.replace(old, "          base_year: 2023\n          target_year: 2033\n")


@pytest.mark.django_db
def test_a_changed_file_makes_version_2_and_keeps_version_1():
    original = RANDERS_PLAN.read_text(encoding="utf-8")
    _load_text(original, V1_AT)
    dry = _load_text(_changed_text(), V2_AT, commit=False)
    assert (dry.action, dry.version_number) == ("new_version", 2)
    assert dry.changes == [Change("goals[1].targets[1.4].interpretation.target_year", 2035, 2033)]
    assert models.PlanVersion.objects.count() == 1

    _load_text(_changed_text(), V2_AT)
    versions = list(models.PlanVersion.objects.order_by("number").values_list("number", "loaded_at"))
    assert versions == [(1, V1_AT), (2, V2_AT)]
    v1_target = models.Target.objects.get(goal__version__number=1, key="1.4")
    assert v1_target.target_year == 2035
    assert models.PlanVersion.objects.get(number=1).source_text == original
    assert models.Target.objects.filter(goal__version__number=1).count() == 15
    assert models.Target.objects.filter(goal__version__number=2).count() == 15


@pytest.mark.django_db
def test_the_interpretation_history_of_a_target_is_recoverable():
    _load_text(RANDERS_PLAN.read_text(encoding="utf-8"), V1_AT)
    _load_text(_changed_text(), V2_AT)
    history = interpretation_history("randers-fremtidens-randers", "1.4")
    assert [(h["version"], h["loaded_at"], h["base_year"], h["target_year"]) for h in history] == [
        (1, V1_AT, 2023, 2035),
        (2, V2_AT, 2023, 2033),
    ]


@pytest.mark.django_db
def test_comment_only_changes_do_not_make_a_version():
    original = RANDERS_PLAN.read_text(encoding="utf-8")
    _load_text(original, V1_AT)
    outcome = _load_text("# a new comment\n" + original, V2_AT)
    assert outcome.action == "unchanged"
    assert models.PlanVersion.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_failure_while_writing_leaves_nothing_half_written():
    original = RANDERS_PLAN.read_text(encoding="utf-8")
    with (
        mock.patch.object(models.ComparisonGroup.objects, "bulk_create", side_effect=RuntimeError("disk full")),
        pytest.raises(RuntimeError, match="disk full"),
    ):
        _load_text(original, V1_AT)
    assert models.Plan.objects.count() == 0
    assert models.Goal.objects.count() == 0
    assert models.Target.objects.count() == 0
