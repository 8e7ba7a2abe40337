from pejling.lib.planfile.summary import summarize
from pejling.lib.planfile.validate import check_plan_file
from tests.conftest import RANDERS_PLAN


def test_the_randers_plan_validates_with_the_expected_counts():
    result = check_plan_file(RANDERS_PLAN)
    assert result.problems == []
    assert result.valid
    assert summarize(result.raw)["counts"] == {
        "goals": 5,
        "prerequisites": 4,
        "targets": 15,
        "initiatives": 14,
    }


def test_the_randers_plan_has_its_priorities_horizon_and_groups():
    plan = check_plan_file(RANDERS_PLAN).plan
    assert plan is not None
    assert plan.plan.municipality == "730"
    assert plan.plan.status == "udkast"
    assert plan.plan.priorities == ["1", "4"]
    assert (plan.plan.horizon.min_years, plan.plan.horizon.max_years) == (10, 15)
    assert [g.title for g in plan.goals] == [
        "Færre børn og unge i udsatte positioner",
        "Færre borgere på kanten af arbejdsmarkedet",
        "Øget sundhed og trivsel",
        "Flere private arbejdspladser",
        "Boliger i bedre kvalitet",
    ]
    groups = {g.id: g for g in plan.comparison_groups}
    assert list(groups) == ["hele-landet", "provinsbykommuner", "6-by"]
    assert plan.plan.default_comparison_group == "provinsbykommuner"
    assert len(groups["provinsbykommuner"].members) == 16
    assert groups["6-by"].members == ["101", "751", "851", "461", "561", "730"]


def test_every_target_is_bound_and_no_interpretation_is_decided():
    plan = check_plan_file(RANDERS_PLAN).plan
    assert plan is not None
    targets = [t for g in plan.goals for t in g.targets]
    assert all(t.bindings for t in targets)
    assert not any(t.interpretation.decided for t in targets)
    sources = {b.source for t in targets for b in t.bindings}
    assert sources == {"statbank", "jobindsats", "local"}
    local_tables = {b.table for t in targets for b in t.bindings if b.source == "local"}
    assert {
        "fritidsjob-13-17",
        "csr-job",
        "tomme-boliger-midtby",
        "tomme-erhvervslejemaal-midtby",
        "cvr-virksomheder-250plus",  # no DST table counts firms of 250+ employees by municipality
    } <= local_tables
    by_id = {t.id: t for t in targets}
    assert by_id["5.3"].direction == "above 0"
    assert by_id["5.3"].interpretation.rule == "threshold"
    assert by_id["1.1"].ambition == "markant"
