"""Listing a large series reads one page of plain values, never the snapshots' raw bytes."""

import hashlib
import json
import tracemalloc
from datetime import UTC, datetime

import pytest
from django.core.management import call_command

from pejling.lib.bindings import SeriesRequest
from pejling.stats.indicators import series_for
from pejling.stats.models import SyncRun
from pejling.stats.store import NewCell, save_snapshot, store_cells

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
RAW_BYTES = 16_000_000  # each snapshot's raw answer: 16 MB
CELLS_PER_SNAPSHOT = 600


@pytest.fixture
def big_series():
    """1,800 observations from three 16 MB snapshots (before the fix, every row carried a copy of its 16 MB)."""
    run = SyncRun.objects.create(started_at=NOW, status=SyncRun.Status.OK)
    for part in range(3):
        series = series_for(
            SeriesRequest("statbank", "FOLK1A", "OMRÅDE", "Tid", {"KØN": ["TOT"], "PART": [str(part)]}), NOW
        )
        snapshot = save_snapshot(
            content=bytes([part]) * RAW_BYTES,
            sync_run=run,
            source="statbank",
            table="FOLK1A",
            series=series,
            kind="data",
            request={},
            retrieved_at=NOW,
        )
        cells = [
            NewCell("730", f"{2000 + i // 4}K{i % 4 + 1}", {"KØN": "TOT"}, float(i)) for i in range(CELLS_PER_SNAPSHOT)
        ]
        store_cells(series=series, cells=cells, snapshot=snapshot, now=NOW)


def test_a_page_of_a_large_series_costs_well_under_one_snapshot(client, big_series):
    client.get("/api/series/FOLK1A", {"limit": 1})  # the first request builds the API's schemas
    tracemalloc.start()
    try:
        response = client.get("/api/series/FOLK1A", {"limit": 1000})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1800
    assert len(body["items"]) == 1000
    assert body["items"][0]["series"] == "FOLK1A KØN=TOT PART=0"
    assert body["items"][0]["provenance"]["sha256"] == hashlib.sha256(bytes([0]) * RAW_BYTES).hexdigest()
    assert peak < RAW_BYTES  # one page of values (about 7 MB with its JSON), no raw answer in memory


def test_a_page_larger_than_the_maximum_is_refused(client, big_series):
    response = client.get("/api/series/FOLK1A", {"limit": 1_000_000})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "api.invalid"


def test_the_last_page_and_an_offset_beyond_the_end(client, big_series):
    last = client.get("/api/series/FOLK1A", {"limit": 1000, "offset": 1000}).json()
    assert (last["count"], len(last["items"])) == (1800, 800)
    assert last["items"][-1]["series"] == "FOLK1A KØN=TOT PART=2"
    beyond = client.get("/api/series/FOLK1A", {"offset": 5000}).json()
    assert (beyond["count"], beyond["items"]) == (1800, [])


def test_data_show_prints_a_large_table_in_bounded_memory(big_series, capsys):
    tracemalloc.start()
    try:
        call_command("data", "show", "--table", "FOLK1A", "--format", "json")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1800
    assert peak < RAW_BYTES
    call_command("data", "show", "--table", "FOLK1A", "--limit", "10", "--offset", "5")
    out = capsys.readouterr().out
    assert "Viser / showing 6–15 af / of 1800" in out
