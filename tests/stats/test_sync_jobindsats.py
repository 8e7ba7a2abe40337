"""Jobindsats bindings against the fake Jobindsats on loopback: one data request for all areas, skipped while
the table's LatestUpdate is unchanged; the ratio of two measures and a moving annual total per calendar year."""

import json

import pytest

from pejling.lib.fakejob.engine import data
from pejling.lib.fakejob.server import FakeJobindsatsServer
from pejling.lib.fakejob.tables import TABLES
from pejling.lib.http import RetryPolicy
from pejling.lib.jobindsats.client import JobindsatsClient
from pejling.lib.jobindsats.parser import parse_v2
from pejling.plans.queries import current_bindings
from pejling.stats.indicators import binding_points
from pejling.stats.models import Snapshot
from pejling.stats.runner import sync_all
from tests.stats.conftest import Clock

pytestmark = pytest.mark.django_db
HOURS = "otij01-unge-ordinaere-timer"
PLACEMENTS = "y14d03-virksomhedsrettede-forloeb"


@pytest.fixture
def jobindsats():
    server = FakeJobindsatsServer()
    server.start_in_thread()
    yield server, JobindsatsClient("key", server.url, requests_per_second=1e6, retry=RetryPolicy(max_attempts=2))
    server.stop()


def _sync(statbank_client, client, only):
    wanted = [(k, b) for k, b in current_bindings() if b.id in only]
    return sync_all(wanted, statbank=statbank_client, jobindsats=client, now=Clock())


def _binding(binding_id):
    return next(b for _, b in current_bindings() if b.id == binding_id)


def _answer(table, body):
    return parse_v2(json.dumps(data(TABLES[table], body)))


def test_fetched_once_then_skipped_until_the_table_is_updated(randers, statbank_client, jobindsats):
    server, client = jobindsats
    _, [result] = _sync(statbank_client, client, {HOURS})
    assert result.status == "fetched" and result.message == ""
    requests = [path for _, path in server.request_log]
    # the table list once; periods and data for the value, then for the denominator's measure
    assert requests == ["/v2/tables/json", *["/v2/tables/otij01/json/", "/v2/data/otij01/json"] * 2]
    _, [again] = _sync(statbank_client, client, {HOURS})
    assert again.status == "skipped"
    server.updated["OTIJ01"] = "2026-12-18T08:00:00"
    _, [third] = _sync(statbank_client, client, {HOURS})
    assert third.status == "fetched"
    assert Snapshot.objects.filter(table="OTIJ01", kind="data").count() == 4
    assert all(s.sample_data for s in Snapshot.objects.filter(source="jobindsats"))


def test_the_share_is_the_ratio_of_the_two_measures_over_both_target_groups(randers, statbank_client, jobindsats):
    _, client = jobindsats
    _sync(statbank_client, client, {HOURS})
    share = {p.period: p.value for p in binding_points(_binding(HOURS), area="730")}
    months = [f"2024M{m:02d}" for m in range(1, 13)]
    rows = _answer(
        "OTIJ01",
        {"period": months, "_ygrp_j01": ["Uddannelseshjælp"], "_maalgrp": ["Jobparate mv.", "Aktivitetsparate mv."]},
    )
    randers = [r for r in rows if r.area == "730"]
    hours = sum(r.measures["Antal personer med ordinære timer"] for r in randers) / 12
    everyone = sum(r.measures["Antal personer i alt"] for r in randers) / 12
    assert share["2024"] == pytest.approx(hours / everyone * 100)
    # uddannelseshjælp ends with the reform in July 2025 (2025 holds its first half); 2026 is not complete yet
    assert share["2025"] is not None and "2026" not in share
    assert min(share) == "2019"


def test_a_moving_annual_total_counts_each_year_once(randers, statbank_client, jobindsats):
    _, client = jobindsats
    _sync(statbank_client, client, {PLACEMENTS})
    yearly = {p.period: p.value for p in binding_points(_binding(PLACEMENTS), area="730")}
    assert sorted(yearly) == [str(y) for y in range(2016, 2026)]  # 2026 has no fourth quarter yet
    body = {
        "period": ["2024QMAT04"],
        "_ygrpmm12": ["A-dagpenge", "Kontanthjælp", "Sygedagpenge"],
        "_tilbud_d03": ["Privat virksomhedspraktik", "Offentlig virksomhedspraktik"],
        "_maalgrp_d03": ["Jobparate mv.", "Aktivitetsparate mv."],
    }
    randers = [r for r in _answer("Y14D03", body) if r.area == "730"]
    assert len(randers) == 3 * 2 * 2
    assert yearly["2024"] == sum(r.measures["Antal afsluttede forløb"] for r in randers)
