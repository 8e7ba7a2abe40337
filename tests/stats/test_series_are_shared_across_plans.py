"""A slice asked for by two bindings in two plans (another municipality's, written in another key order) is
one series: fetched once, stored once, derived once, and both plans are assessed from it."""

from datetime import UTC, date, datetime

import pytest

from pejling.lib.planfile.validate import check_plan_file
from pejling.plans.loader import plan_load
from pejling.plans.models import PlanVersion
from pejling.plans.queries import current_bindings, current_plan_files
from pejling.progress.assess import assess_plan
from pejling.progress.models import Assessment
from pejling.stats.indicators import binding_points, find_indicator
from pejling.stats.models import Indicator, IndicatorValue, Observation, Series
from tests.conftest import FIXTURES
from tests.stats.conftest import run_sync

pytestmark = pytest.mark.django_db
SHARED = {"neet-andel-16-24", "hisbk-middellevetid", "unge-neet", "levetid", "levetid-kvinder"}


def _bindings(plan):
    return {b.id: b for _, b in current_bindings(plan)}


def test_two_plans_share_the_slices_they_both_ask_for(randers, statbank_client, fake):
    viborg = check_plan_file(FIXTURES / "plans" / "viborg.yaml").plan
    plan_load(viborg, source_text="", source_path="", now=datetime(2026, 11, 1, tzinfo=UTC), commit=True)
    run, results = run_sync(statbank_client, only=SHARED)
    assert len(results) == 5 and {r.status for r in results} == {"fetched"}
    # NEET3, HISBK for both sexes and HISBK for women: three slices, three data requests for five bindings
    assert sorted(t for endpoint, t in fake.config.request_log if endpoint == "data") == ["HISBK", "HISBK", "NEET3"]
    assert (run.counts["series"], run.counts["series_fetched"]) == (3, 3)
    assert Series.objects.filter(table="NEET3").count() == 1
    assert (
        Observation.objects.filter(table="NEET3").count() == 104 * 2 * 17
    )  # areas (no landsdele) × STATUSNEET × years 2008-2024
    randers, viborg = _bindings("randers-fremtidens-randers"), _bindings("viborg-test")
    shared = find_indicator(randers["neet-andel-16-24"])
    assert shared == find_indicator(viborg["unge-neet"])
    assert IndicatorValue.objects.filter(indicator=shared).count() == 104 * 17
    assert Indicator.objects.filter(series__table="HISBK").count() == 2
    assert binding_points(viborg["levetid"], "791") == binding_points(randers["hisbk-middellevetid"], "791")

    for slug in ("randers-fremtidens-randers", "viborg-test"):
        [(_, plan_file)] = current_plan_files(slug)
        version = PlanVersion.objects.get(plan__slug=slug)
        assess_plan(version, plan_file, as_of=date(2026, 11, 28), now=datetime(2026, 11, 28, tzinfo=UTC))
    viborg_row = Assessment.objects.get(plan_version__plan__slug="viborg-test", target__key="1.1", area="791")
    randers_row = Assessment.objects.get(target__key="1.4", area="791")
    assert (viborg_row.current_year, viborg_row.current_value) == (randers_row.current_year, randers_row.current_value)
    assert viborg_row.current_value is not None


def test_a_second_sync_asks_for_nothing_unchanged(randers, statbank_client, fake):
    run_sync(statbank_client, only=SHARED)
    before = len(fake.config.request_log)
    run, results = run_sync(statbank_client, only=SHARED)
    assert {r.status for r in results} == {"skipped"}
    assert [e for e, _ in fake.config.request_log[before:]] == ["tables"]
    assert run.counts["indicators_computed"] == 0
