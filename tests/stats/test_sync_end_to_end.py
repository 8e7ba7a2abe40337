"""A full sync of the Randers plan against the fake StatBank over real HTTP."""

import pytest

from pejling.lib.fakestat.catalogue import TABLES
from pejling.lib.fakestat.engine import Options, cell_value
from pejling.lib.periods import parse_period
from pejling.plans.queries import current_bindings
from pejling.stats.indicators import binding_points
from pejling.stats.models import Observation, Snapshot, SyncRun
from tests.stats.conftest import run_sync

pytestmark = pytest.mark.django_db


def _binding(binding_id):
    return next((key, b) for key, b in current_bindings() if b.id == binding_id)


def test_every_statbank_binding_is_fetched_in_one_request_per_binding_and_table(randers, statbank_client, fake):
    run, results = run_sync(statbank_client)
    assert run.status == SyncRun.Status.OK
    statuses = {r.series_key.split(":")[1]: r.status for r in results}
    assert sorted(k for k, s in statuses.items() if s == "fetched") == [
        "auk01-andel-16-29",
        "auk01-andel-overfoersel",
        "bev107-nettotilflytning",
        "bol101-tomme-boliger",
        "bu43-udsatte-0-22",
        "erhv5-private-arbejdssteder",
        "gf12-virksomheder",
        "hisbk-middellevetid",
        "neet-andel-16-24",
        "peer-andel-0-17",
        "peer-andel-65-plus",
        "peer-andel-80-plus",
        "peer-befolkning",
        "peer-taethed",
        "ras200-beskaeftigelsesfrekvens",
    ]
    assert run.counts["skipped"] == 8 and run.counts["failed"] == 0  # 6 local, 2 Jobindsats
    data_requests = [t for endpoint, t in fake.config.request_log if endpoint == "data"]
    # 10 target bindings (2 are ratios with a denominator table) and 5 peer variables (4 are ratios): 21 slices,
    # of which the peer ratios' denominator is the population total that peer-befolkning reads: 17 series
    assert len(data_requests) == (10 + 2) + (5 + 4) - 4 == run.counts["series_fetched"]
    assert run.counts["requests"] == 1 + 11 + 17  # /tables, one tableinfo per table (ARE207 too), data
    assert Snapshot.objects.filter(kind="data").count() == 17
    assert all(s.sample_data for s in Snapshot.objects.all())
    assert run.sample_data is True
    areas = set(Observation.objects.filter(table="BU43").values_list("area", flat=True))
    assert len(areas) == 99  # the country and the 98 municipalities: BU43 has no regions


def test_derived_values_match_the_source_cells(randers, statbank_client):
    run_sync(statbank_client, only={"neet-andel-16-24", "bev107-nettotilflytning", "auk01-andel-overfoersel"})
    neet = {p.period: p.value for p in binding_points(_binding("neet-andel-16-24")[1], area="730")}
    options, year = Options(), parse_period("2023")
    top = cell_value(TABLES["NEET3"], "730", year, _picks("NEET3", STATUSNEET="10", ALDER="1624"), options)
    bottom = cell_value(TABLES["NEET3"], "730", year, _picks("NEET3", STATUSNEET="00", ALDER="1624"), options)
    assert neet["2023"] == pytest.approx(top / bottom * 100)
    net = {p.period: p.value for p in binding_points(_binding("bev107-nettotilflytning")[1], area="730")}
    moved = cell_value(TABLES["BEV107"], "730", parse_period("2024"), _picks("BEV107", BEVÆGELSE="B07"), options)
    living = cell_value(TABLES["BEV107"], "730", parse_period("2024"), _picks("BEV107", BEVÆGELSE="B01A"), options)
    assert net["2024"] == pytest.approx(moved / living * 1000)  # per 1,000 inhabitants, men and women summed
    points = binding_points(_binding("auk01-andel-overfoersel")[1], area="730")
    share = {p.period: p.value for p in points}
    assert {p.period for p in points if p.value is not None} == {str(y) for y in range(2008, 2026)}
    assert (points[0].period, points[0].value, points[0].note) == ("2007", None, "nævneren mangler / no denominator")
    # the denominator follows the ages AUK01 covers: 16 up to the pension age, which rose in 2019-2022
    for year_code, oldest in (("2018", 64), ("2019", 65), ("2020", 65), ("2021", 66), ("2024", 66)):
        quarters = [parse_period(f"{year_code}K{q}") for q in range(1, 5)]
        recipients = sum(
            cell_value(TABLES["AUK01"], "730", q, _picks("AUK01", YDELSESTYPE="TOTUSU"), options) for q in quarters
        )
        ages = tuple(str(a) for a in range(16, oldest + 1))
        people = sum(cell_value(TABLES["FOLK1A"], "730", q, _picks("FOLK1A", ALDER=ages), options) for q in quarters)
        assert share[year_code] == pytest.approx(recipients / people * 100), year_code


def _picks(table_id, **codes):
    from pejling.lib.fakestat.engine import Choice

    table = TABLES[table_id]
    picks = {}
    for variable in table.variables:
        chosen = codes.get(variable.id, variable.eliminate_to or next(iter(variable.values)))
        members = chosen if isinstance(chosen, tuple) else (chosen,)
        picks[variable.id] = Choice("x", "", members)
    return picks
