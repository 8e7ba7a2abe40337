"""Assessments refer to a Mål's lasting identity: across versions the earlier assessment is found by it."""

from datetime import UTC, date, datetime

import pytest

from pejling.lib.planfile.validate import check_plan_text
from pejling.plans.loader import plan_load
from pejling.plans.models import PlanEntity, PlanVersion
from pejling.plans.queries import current_plan_files
from pejling.progress.assess import assess_plan
from pejling.progress.models import Assessment, RollUp
from tests.conftest import FIXTURES
from tests.progress.conftest import NOW

pytestmark = pytest.mark.django_db


def test_both_versions_assessments_point_at_one_target(testplan):
    version, plan_file = testplan
    assess_plan(version, plan_file, as_of=date(2026, 6, 1), now=NOW)
    text = (
        (FIXTURES / "plans" / "assess.yaml")
        .read_text(encoding="utf-8")
        .replace("target_year: 2030", "target_year: 2033")
    )
    plan_load(
        check_plan_text(text).plan, source_text=text, source_path="", now=datetime(2026, 7, 1, tzinfo=UTC), commit=True
    )
    [(_, new_file)] = current_plan_files("testplan")
    assess_plan(PlanVersion.objects.get(plan__slug="testplan", number=2), new_file, as_of=NOW.date(), now=NOW)
    target = PlanEntity.objects.get(plan__slug="testplan", kind="target", key="2.1")
    rows = target.assessments.filter(area="730").order_by("as_of")
    assert [(r.plan_version.number, r.as_of) for r in rows] == [(1, date(2026, 6, 1)), (2, date(2026, 11, 28))]
    assert rows[0].goal == rows[1].goal == PlanEntity.objects.get(plan__slug="testplan", kind="goal", key="2")
    assert rows[1].changes != [{"code": "first"}]  # the June row was found
    plan_rollups = RollUp.objects.filter(goal=None, area="730").count()
    assert plan_rollups == 2  # one whole-plan roll-up per date
    assert Assessment.objects.filter(target__kind="goal").count() == 0
