"""New cells are inserted with one prepared statement per batch; what is read back is exactly what was given
(Danish codes, missing values, flags, notes, times), on SQLite and on PostgreSQL."""

from datetime import UTC, datetime

import pytest

from pejling.lib.bindings import SeriesRequest
from pejling.rows import BATCH
from pejling.stats.indicators import series_for
from pejling.stats.models import Observation, SyncRun
from pejling.stats.store import NewCell, save_snapshot, store_cells

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 11, 28, 9, 30, 15, 123456, tzinfo=UTC)


def test_rows_read_back_exactly_and_a_second_store_changes_nothing():
    series = series_for(SeriesRequest("local", "lokal-tælling", "", "Tid", {"KØN": ["K", "M"]}), NOW)
    run = SyncRun.objects.create(started_at=NOW)
    snapshot = save_snapshot(
        content=b"x", sync_run=run, source="local", table="lokal-tælling", kind="file", request={}, retrieved_at=NOW
    )
    cells = [NewCell("730", str(2000 + i % 25), {"KØN": "K", "LØBENR": f"ø{i}"}, float(i)) for i in range(BATCH + 5)]
    cells += [NewCell("000", "2024", {"KØN": "M"}, None, "suppressed", {"kilde": "Særkørsel, Ærø"})]
    assert store_cells(series=series, cells=cells, snapshot=snapshot, now=NOW) == {
        "created": BATCH + 6,
        "revised": 0,
        "unchanged": 0,
    }
    last = Observation.objects.get(area="000")
    assert (last.dims, last.value, last.flag, last.notes) == (
        {"KØN": "M"},
        None,
        "suppressed",
        {"kilde": "Særkørsel, Ærø"},
    )
    assert (last.first_seen_at, last.updated_at, last.series, last.source, last.table) == (
        NOW,
        NOW,
        series,
        "local",
        "lokal-tælling",
    )
    first = Observation.objects.get(area="730", dims_key='{"KØN": "K", "LØBENR": "ø0"}')
    assert (first.period, first.value, first.snapshot) == ("2000", 0.0, snapshot)
    again = store_cells(series=series, cells=cells, snapshot=snapshot, now=NOW)
    assert again == {"created": 0, "revised": 0, "unchanged": BATCH + 6}
