from datetime import UTC, datetime

import pytest

from pejling.lib.planfile.validate import check_plan_file
from pejling.plans import models
from pejling.plans.loader import plan_load
from tests.conftest import RANDERS_PLAN

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def _load(commit: bool):
    plan = check_plan_file(RANDERS_PLAN).plan
    assert plan is not None
    text = RANDERS_PLAN.read_text(encoding="utf-8")
    return plan_load(plan, source_text=text, source_path=str(RANDERS_PLAN), now=NOW, commit=commit)


@pytest.mark.django_db
def test_a_dry_run_writes_nothing():
    outcome = _load(commit=False)
    assert (outcome.action, outcome.version_number, outcome.committed) == ("create", 1, False)
    assert models.Plan.objects.count() == 0
    assert models.PlanVersion.objects.count() == 0


@pytest.mark.django_db
def test_loading_writes_the_whole_plan_once():
    first = _load(commit=True)
    assert (first.action, first.version_number, first.committed) == ("create", 1, True)
    counts = (
        models.Goal.objects.count(),
        models.Prerequisite.objects.count(),
        models.Target.objects.count(),
        models.Initiative.objects.count(),
        models.Binding.objects.count(),
        models.ComparisonGroup.objects.count(),
    )
    assert counts == (5, 4, 15, 14, 18, 3)
    second = _load(commit=True)
    assert (second.action, second.version_number, second.changes) == ("unchanged", 1, [])
    assert models.PlanVersion.objects.count() == 1
    assert models.Target.objects.count() == 15


@pytest.mark.django_db
def test_priorities_and_default_group_are_stored():
    _load(commit=True)
    priorities = dict(models.Goal.objects.values_list("key", "priority"))
    assert priorities == {"1": 1, "2": None, "3": None, "4": 2, "5": None}
    assert list(models.ComparisonGroup.objects.filter(is_default=True).values_list("key", flat=True)) == [
        "provinsbykommuner"
    ]
    binding = models.Binding.objects.get(key="neet-andel-16-24")
    assert binding.derivation == {
        "kind": "share",
        "variable": "STATUSNEET",
        "numerator": ["10"],
        "denominator": ["00"],
        "scale": 100.0,
    }
    assert binding.select == {"KØN": ["00"], "ALDER": ["1624"], "SOCIO": ["TOT"]}
