"""Plans assessed in one run share what they have in common: a second plan made from the same file for
another municipality reuses every result, and its stored rows are exactly those an assessment of its own
gives."""

from datetime import date

from pejling.lib.planfile.validate import check_plan_text
from pejling.plans.loader import plan_load
from pejling.plans.models import PlanVersion
from pejling.plans.queries import current_plan_files
from pejling.progress.assess import assess_plan
from pejling.progress.models import Assessment, PeerSet, RollUp
from pejling.progress.shared import SharedComputations
from tests.conftest import FIXTURES
from tests.progress.conftest import NOW

AS_OF = date(2026, 11, 28)
SKIPPED = {
    "id",
    "plan_version",
    "goal",
    "target",
    "computed_at",
    "starting_position",
    "references",
}  # the plan's own area


def _second_plan() -> tuple[PlanVersion, object]:
    text = (FIXTURES / "plans" / "assess.yaml").read_text(encoding="utf-8")
    text = text.replace("id: testplan", "id: anden-plan", 1).replace('municipality: "730"', 'municipality: "791"', 1)
    checked = check_plan_text(text)
    assert checked.plan is not None, checked.problems
    plan_load(checked.plan, source_text=text, source_path="", now=NOW, commit=True)
    [(_, plan_file)] = current_plan_files("anden-plan")
    return PlanVersion.objects.get(plan__slug="anden-plan"), plan_file


def _stored(version: PlanVersion) -> list[tuple[object, ...]]:
    names = [f.attname for f in Assessment._meta.concrete_fields if f.name not in SKIPPED]
    rows = Assessment.objects.filter(plan_version=version).order_by("target__key", "area")
    return [(row.target.key, *(getattr(row, name) for name in names)) for row in rows]


def test_a_second_plan_reuses_every_result_and_stores_the_same_rows(testplan):
    version, plan_file = testplan
    other, other_file = _second_plan()
    shared = SharedComputations()
    assess_plan(version, plan_file, as_of=AS_OF, now=NOW, shared=shared)
    assert shared.reused == 0
    assess_plan(other, other_file, as_of=AS_OF, now=NOW, shared=shared)
    targets = sum(len(g.targets) for g in other_file.goals)
    assert shared.reused == targets * 98
    shared_rows = _stored(other)
    assert len(shared_rows) == targets * 98
    assert shared_rows == _stored(version)
    for plan, home in ((version, "730"), (other, "791")):
        started = Assessment.objects.filter(plan_version=plan).exclude(starting_position=None)
        assert set(started.values_list("area", flat=True)) == {home}

    assess_plan(other, other_file, as_of=AS_OF, now=NOW)  # alone: computed afresh, replacing that date's rows
    assert _stored(other) == shared_rows
    assert RollUp.objects.filter(plan_version=other).count() == RollUp.objects.filter(plan_version=version).count()
    assert PeerSet.objects.filter(plan_version=other).count() == PeerSet.objects.filter(plan_version=version).count()
