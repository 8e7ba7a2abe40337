"""`assess` stores, per Mål and municipality, exactly what the method gives on the stored series."""

from datetime import date

import pytest

from pejling.lib.progress.opensdg import SeriesSpec
from pejling.lib.progress.robust import evaluate_robust, evaluate_threshold
from pejling.plans.queries import current_bindings
from pejling.progress.assess import assess_plan
from pejling.progress.models import Assessment, RollUp
from pejling.stats.indicators import binding_points
from tests.progress.conftest import NOW

pytestmark = pytest.mark.django_db
AS_OF = date(2026, 11, 28)


def _yearly(binding_id, area):
    binding = next(b for _, b in current_bindings("testplan") if b.id == binding_id)
    return {int(p.period): p.value for p in binding_points(binding, area) if p.value is not None}


def test_every_target_for_every_municipality(testplan):
    version, plan_file = testplan
    summary = assess_plan(version, plan_file, as_of=AS_OF, now=NOW)
    assert summary.assessments == 3 * 98
    assert Assessment.objects.count() == 294
    assert set(Assessment.objects.values_list("area", flat=True)) >= {"730", "101", "825"}


def test_the_stored_components_equal_the_method_on_the_stored_series(testplan):
    version, plan_file = testplan
    assess_plan(version, plan_file, as_of=AS_OF, now=NOW)
    neet = _yearly("neet", "730")
    row = Assessment.objects.get(target__key="1.1", area="730")
    target = neet[2015] * 0.85  # "væsentligt": 15 % better than the base value, and down is better
    expected = evaluate_robust(SeriesSpec(neet, -1, 2015, target, 2030))
    assert (row.status, row.score, row.method) == (expected.status, pytest.approx(expected.score), "robust-2")
    assert (row.base_year, row.base_value, row.current_year) == (2015, pytest.approx(neet[2015]), max(neet))
    assert row.target_value == pytest.approx(target)
    assert row.progress_value == pytest.approx(expected.components["progress_value"])
    assert [row.interval_low, row.interval_high] == pytest.approx(expected.components["progress_interval"])
    assert row.components["interpretation"]["rule"] == "ambition"
    assert row.required_pace["years_left"] == 2030 - 2026
    assert row.required_pace["per_year"] == pytest.approx((target - neet[max(neet)]) / 4)
    assert row.required_pace["people_per_year"] is not None  # the NEET denominator gives people
    assert [p["year"] for p in row.projection] == [2030, 2040]
    assert row.data_vintage[0]["table"] == "NEET1" and row.data_vintage[0]["sample_data"] is True
    assert row.next_update is None  # NEET1 is no longer updated: no next release


def test_threshold_targets_and_bindings_without_data(testplan):
    version, plan_file = testplan
    assess_plan(version, plan_file, as_of=AS_OF, now=NOW)
    net = _yearly("netto", "730")
    row = Assessment.objects.get(target__key="1.2", area="730")
    assert row.status == evaluate_threshold(SeriesSpec(net, 1, 2015), 0.0).status
    assert row.method == "threshold"
    life = Assessment.objects.get(target__key="2.1", area="730")
    series = life.components["series"]
    assert [s["status"] for s in series][1] == "not_available"
    assert (series[1]["reason"], series[1]["reason_params"]) == (
        "no_data_for_binding",
        {"binding": "Lokal sundhedsmåling"},
    )
    assert life.score == series[0]["score"]  # the series without data is left out of the mean
    small_island = Assessment.objects.get(target__key="2.1", area="825")  # Læsø has no life tables
    assert small_island.status == "not_available"


def test_benchmark_and_rollups(testplan):
    version, plan_file = testplan
    assess_plan(version, plan_file, as_of=AS_OF, now=NOW)
    row = Assessment.objects.get(target__key="1.1", area="730")
    group = row.benchmark["groups"]["Provinsbyer i Jylland"]
    members = ["615", "621", "630", "561", "657", "740", "791", "661", "730"]
    year = row.current_year
    values = [_yearly("neet", m)[year] for m in members]
    assert group["value"]["unweighted"] == pytest.approx(sum(values) / len(values))
    assert row.benchmark["rank"]["of"] == 98
    assert "Hele landet" not in row.benchmark["groups"]  # the country is shown as its own reference
    plan_roll = RollUp.objects.get(goal=None, area="730")
    rows = Assessment.objects.filter(area="730")
    scores = [r.score for r in rows if r.score is not None]
    assert plan_roll.mean_score == pytest.approx(sum(scores) / len(scores))
    assert sum(plan_roll.counts.values()) == 3
    assert RollUp.objects.get(goal__key="1", area="730").counts == {
        s: n
        for s, n in [
            (r.status, sum(1 for x in rows.filter(goal__key="1") if x.status == r.status))
            for r in rows.filter(goal__key="1")
        ]
    }


def test_peers_are_stored_and_used_as_a_comparison(randers_with_peers):
    from pejling.progress.models import PeerSet

    peer_set = PeerSet.objects.get(area="730")
    assert len(peer_set.peers) == 10
    assert peer_set.year == 2025  # the latest year both FOLK1A and ARE207 have whole
    assert {"area", "name", "distance", "raw_distance", "why"} <= set(peer_set.peers[0])
    row = Assessment.objects.get(target__key="1.1", area="730")
    group = row.benchmark["groups"]["Statistiske naboer"]
    assert group["value"]["members_used"] == 10


def test_the_weighted_group_mean_uses_the_denominator_and_is_labelled(testplan):
    version, plan_file = testplan
    assess_plan(version, plan_file, as_of=AS_OF, now=NOW)
    row = Assessment.objects.get(target__key="1.1", area="730")
    value = row.benchmark["groups"]["Provinsbyer i Jylland"]["value"]
    assert value["weight_label"] == "nævneren / the denominator"
    members = ["615", "621", "630", "561", "657", "740", "791", "661", "730"]
    from pejling.stats.models import Observation

    year = str(row.current_year)
    youth = {
        m: Observation.objects.get(table="NEET1", area=m, period=year, dims__STATUSNEET="00").value for m in members
    }
    share = {m: _yearly("neet", m)[row.current_year] for m in members}
    expected = sum(youth[m] * share[m] for m in members) / sum(youth.values())
    assert value["weighted"] == pytest.approx(expected)
