"""Every målsætning, forudsætning, Mål, initiative and binding has one lasting identity across plan versions;
assessments point at it, so a Mål whose interpretation changed is still the same Mål."""

from datetime import UTC, datetime

import pytest

from pejling.lib.planfile.validate import check_plan_text
from pejling.plans.loader import plan_load
from pejling.plans.models import Binding, Goal, Initiative, PlanEntity, Prerequisite, Target
from tests.conftest import RANDERS_PLAN

pytestmark = pytest.mark.django_db


def _load(text, day):
    plan = check_plan_text(text).plan
    assert plan is not None
    return plan_load(plan, source_text=text, source_path="", now=datetime(2026, 11, day, tzinfo=UTC), commit=True)


def test_a_new_version_points_at_the_same_entities(db):
    text = RANDERS_PLAN.read_text(encoding="utf-8")
    _load(text, 1)
    counts = {kind: PlanEntity.objects.filter(kind=kind).count() for kind in PlanEntity.Kind.values}
    assert counts == {"goal": 5, "prerequisite": 4, "target": 15, "initiative": 14, "binding": counts["binding"]}
    assert counts["binding"] == Binding.objects.count()
    changed = text.replace("target_year: 2035", "target_year: 2036", 1)
    assert changed != text
    assert _load(changed, 2).version_number == 2
    assert PlanEntity.objects.count() == sum(counts.values())  # nothing new: the same plan, the same things
    for model in (Goal, Prerequisite, Target, Initiative, Binding):
        pairs = {}
        for row in model.objects.all():
            pairs.setdefault(row.entity_id, []).append(row.key)
        assert all(len(keys) == 2 and len(set(keys)) == 1 for keys in pairs.values()), model.__name__
    first, second = Target.objects.filter(key="1.1").order_by("goal__version__number")
    assert first.entity_id == second.entity_id and first.pk != second.pk
    assert (first.entity.kind, first.entity.key, first.entity.plan.slug) == (
        "target",
        "1.1",
        "randers-fremtidens-randers",
    )


def test_a_key_added_in_a_later_version_gets_its_own_entity(db):
    text = RANDERS_PLAN.read_text(encoding="utf-8")
    _load(text, 1)
    before = PlanEntity.objects.count()
    renamed = text.replace("id: fritidsjob-13-17", "id: fritidsjob-13-17-ny", 1)
    _load(renamed, 2)
    assert PlanEntity.objects.count() == before + 1
    assert PlanEntity.objects.filter(kind="binding", key__startswith="fritidsjob-13-17").count() == 2
