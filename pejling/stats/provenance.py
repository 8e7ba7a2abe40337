"""Observations with their provenance: producer, table, period, retrieval time, licence, checksum."""

from __future__ import annotations

from typing import Any

from pejling.lib.geography import BY_CODE
from pejling.lib.sources import SOURCES
from pejling.stats.models import Observation

SAMPLE_DATA_NOTE = "Eksempeldata — ikke officielle tal"


def observations_with_provenance(table: str, area: str | None = None) -> list[dict[str, Any]]:
    """Every stored observation of a table (optionally one area), each with where it came from."""
    rows = (
        Observation.objects.filter(table__iexact=table)
        .select_related("snapshot")
        .order_by("series_key", "role", "area", "period", "dims_key")
    )
    if area:
        rows = rows.filter(area=area)
    out = []
    for row in rows:
        source = SOURCES[row.source]
        snapshot = row.snapshot
        out.append(
            {
                "series": row.series_key,
                "role": row.role,
                "table": row.table,
                "area": row.area,
                "area_name": BY_CODE[row.area].name if row.area in BY_CODE else row.area,
                "period": row.period,
                "dims": row.dims,
                "value": row.value,
                "flag": row.flag,
                "provenance": {
                    "producer": source.producer,
                    "table_url": source.table_url.format(table=row.table) if source.table_url else "",
                    "licence": source.licence,
                    "citation": source.citation,
                    "retrieved_at": snapshot.retrieved_at.isoformat(),
                    "table_updated": snapshot.table_updated.isoformat() if snapshot.table_updated else None,
                    "origin": snapshot.origin,
                    "sha256": snapshot.sha256,
                    "sample_data": snapshot.sample_data,
                    "note": SAMPLE_DATA_NOTE if snapshot.sample_data else "",
                },
            }
        )
    return out
