"""Storing an unchanged figure again: the same notes leave the row alone (its snapshot stays), other notes
(another citation) are kept with the newer snapshot; neither counts as a revision. Notes with several keys and
non-ASCII text compare equal whatever order the database keeps them in (SQLite and PostgreSQL)."""

from datetime import UTC, datetime

import pytest

from pejling.lib.bindings import SeriesRequest
from pejling.stats.indicators import series_for
from pejling.stats.models import Observation, ObservationRevision, SyncRun
from pejling.stats.store import NewCell, save_snapshot, store_cells

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
NOTES = {"note": "foreløbigt tal", "kilde": "Særkørsel, Ærø Kommune"}


def _snapshot(run: SyncRun, content: bytes):
    return save_snapshot(
        content=content, sync_run=run, source="local", table="lokal", kind="file", request={}, retrieved_at=NOW
    )


def test_same_notes_change_nothing_and_other_notes_move_the_provenance():
    series = series_for(SeriesRequest("local", "lokal", "", "Tid", {}), NOW)
    run = SyncRun.objects.create(started_at=NOW)
    first, second, third = _snapshot(run, b"1"), _snapshot(run, b"2"), _snapshot(run, b"3")
    cells = [NewCell("730", "2024", {}, 12.5, notes=NOTES), NewCell("751", "2024", {}, 7.0)]
    assert store_cells(series=series, cells=cells, snapshot=first, now=NOW)["created"] == 2

    same = [NewCell("730", "2024", {}, 12.5, notes=dict(reversed(list(NOTES.items())))), cells[1]]
    assert store_cells(series=series, cells=same, snapshot=second, now=NOW) == {
        "created": 0,
        "revised": 0,
        "unchanged": 2,
    }
    assert sorted(Observation.objects.values_list("area", "snapshot_id")) == [("730", first.pk), ("751", first.pk)]

    recited = [NewCell("730", "2024", {}, 12.5, notes={"kilde": "Ny særkørsel"}), NewCell("751", "2024", {}, 7.0)]
    assert store_cells(series=series, cells=recited, snapshot=third, now=NOW)["unchanged"] == 2
    rows = sorted(Observation.objects.values_list("area", "notes", "snapshot_id"))
    assert rows == [("730", {"kilde": "Ny særkørsel"}, third.pk), ("751", {}, first.pk)]
    assert ObservationRevision.objects.count() == 0
