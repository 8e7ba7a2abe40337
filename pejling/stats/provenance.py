"""Observations with their provenance: producer, table, period, retrieval time, licence, checksum.

Listing never loads a snapshot's raw bytes: observations are read as plain values, page by page, and each
page's provenance comes from a small summary of the snapshots it points at (one query per page).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, overload

from django.db.models import QuerySet

from pejling.lib.geography import BY_CODE
from pejling.lib.sources import provenance as source_provenance
from pejling.stats.models import Observation, Snapshot

OBSERVATION_FIELDS = (
    "series__label",
    "series__key",
    "source",
    "table",
    "area",
    "period",
    "dims",
    "value",
    "flag",
    "notes",
    "snapshot_id",
)
SNAPSHOT_SUMMARY_FIELDS = ("id", "retrieved_at", "table_updated", "origin", "sha256", "sample_data")
CHUNK = 2000


def _observations(table: str, area: str | None) -> QuerySet[Observation, dict[str, Any]]:
    rows = Observation.objects.filter(table__iexact=table)
    if area:
        rows = rows.filter(area=area)
    ordered: QuerySet[Observation, dict[str, Any]] = rows.order_by(
        "series__label", "series_id", "area", "period", "dims_key", "id"
    ).values(*OBSERVATION_FIELDS)
    return ordered


def _with_provenance(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = {row["snapshot_id"] for row in rows}
    summaries = {s["id"]: s for s in Snapshot.objects.filter(id__in=ids).values(*SNAPSHOT_SUMMARY_FIELDS)}
    return [_row(row, summaries[row["snapshot_id"]]) for row in rows]


def _row(row: dict[str, Any], snapshot: dict[str, Any]) -> dict[str, Any]:
    return {
        "series": row["series__label"],
        "series_key": row["series__key"],
        "table": row["table"],
        "area": row["area"],
        "area_name": BY_CODE[row["area"]].name if row["area"] in BY_CODE else row["area"],
        "period": row["period"],
        "dims": row["dims"],
        "value": row["value"],
        "flag": row["flag"],
        "provenance": _source_provenance(row["source"], row["table"], snapshot["sample_data"])
        | {
            "retrieved_at": snapshot["retrieved_at"].isoformat(),
            "table_updated": snapshot["table_updated"].isoformat() if snapshot["table_updated"] else None,
            "origin": snapshot["origin"],
            "sha256": snapshot["sha256"],
            "sample_data": snapshot["sample_data"],
            "note": _source_provenance(row["source"], row["table"], True)["citation"]
            if snapshot["sample_data"]
            else "",
            "notes": row["notes"],
        },
    }


def _source_provenance(source: str, table: str, sample: bool) -> dict[str, str]:
    return {k: v for k, v in source_provenance(source, table, sample=sample).items() if k != "table"}


class ObservationList(Sequence[dict[str, Any]]):
    """The observations of a table (optionally one area) as a lazy sequence: ``len()`` is one COUNT query,
    a slice reads only that page, and iteration goes in chunks, so memory stays bounded by the page."""

    def __init__(self, table: str, area: str | None = None) -> None:
        self.rows = _observations(table, area)

    def __len__(self) -> int:
        return self.rows.count()

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            if index.step not in (None, 1):
                raise ValueError("only contiguous slices / kun sammenhængende udsnit")
            return _with_provenance(list(self.rows[index]))
        page = _with_provenance(list(self.rows[index : index + 1]))
        if not page:
            raise IndexError(index)
        return page[0]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        chunk: list[dict[str, Any]] = []
        for row in self.rows.iterator(chunk_size=CHUNK):
            chunk.append(row)
            if len(chunk) == CHUNK:
                yield from _with_provenance(chunk)
                chunk = []
        yield from _with_provenance(chunk)


def observations_with_provenance(table: str, area: str | None = None) -> ObservationList:
    """Every stored observation of a table (optionally one area), each with where it came from."""
    return ObservationList(table, area)
