"""Writing snapshots and observations: upserts that keep every replaced value as a revision."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from django.db import connection, transaction

from pejling.lib.connectors import Cell
from pejling.stats.models import Observation, ObservationRevision, Series, Snapshot

NewCell = Cell  # a cell to store (pejling.lib.connectors.Cell)


def dims_key(dims: dict[str, str]) -> str:
    return json.dumps(dims, sort_keys=True, ensure_ascii=False)


def save_snapshot(*, content: bytes, **fields: Any) -> Snapshot:
    """Store a raw answer with its checksum."""
    return Snapshot.objects.create(content=content, sha256=hashlib.sha256(content).hexdigest(), **fields)


INSERTED = (
    "series",
    "source",
    "table",
    "area",
    "period",
    "dims",
    "dims_key",
    "value",
    "flag",
    "notes",
    "snapshot",
    "first_seen_at",
    "updated_at",
)
BATCH = 2000


def _insert(series: Series, snapshot: Snapshot, cells: list[tuple[Cell, str]], now: datetime) -> None:
    """Insert new observations with one prepared statement per batch: a first sync stores about 80,000 cells, and
    building a model object for each costs five times the insert itself. Values are adapted by the fields
    themselves (JSON, datetimes), so the rows are exactly what ``bulk_create`` would write."""
    if not cells:
        return
    names = [str(Observation._meta.get_field(name).column) for name in INSERTED]  # type: ignore[union-attr]
    table = connection.ops.quote_name(Observation._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(name) for name in names)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(names))})"
    json_field = Observation._meta.get_field("dims")
    at = connection.ops.adapt_datetimefield_value(now)
    rows = [
        (
            series.pk,
            series.source,
            series.table,
            cell.area,
            cell.period,
            json_field.get_db_prep_value(cell.dims, connection),
            key,
            cell.value,
            cell.flag,
            json_field.get_db_prep_value(cell.notes, connection),
            snapshot.pk,
            at,
            at,
        )
        for cell, key in cells
    ]
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH):
            cursor.executemany(sql, rows[start : start + BATCH])


def store_cells(*, series: Series, cells: list[NewCell], snapshot: Snapshot, now: datetime) -> dict[str, int]:
    """Insert new cells, update changed ones (keeping the old value as a revision), count the rest. What is
    stored is compared as plain values; model objects are built only for cells that change."""
    stored = Observation.objects.filter(series=series).values_list(
        "pk", "area", "period", "dims_key", "value", "flag", "notes", "snapshot_id", "updated_at"
    )
    existing = {
        (area, period, key): (pk, value, flag, notes, snap, at)
        for pk, area, period, key, value, flag, notes, snap, at in stored
    }
    created: list[tuple[Cell, str]] = []
    changed, revisions, renoted = [], [], []
    unchanged = 0
    for cell in cells:
        key = (cell.area, cell.period, dims_key(cell.dims))
        current = existing.get(key)
        if current is None:
            created.append((cell, key[2]))
            continue
        pk, value, flag, notes, old_snapshot, updated_at = current
        if value != cell.value or flag != cell.flag:
            revisions.append(
                ObservationRevision(
                    observation_id=pk,
                    value=value,
                    flag=flag,
                    snapshot_id=old_snapshot,
                    valid_from=updated_at,
                    replaced_at=now,
                )
            )
            changed.append(
                Observation(
                    pk=pk, value=cell.value, flag=cell.flag, notes=cell.notes, snapshot=snapshot, updated_at=now
                )
            )
        else:
            unchanged += 1
            if notes != cell.notes:  # same figure, another citation: keep the newest provenance
                renoted.append(Observation(pk=pk, notes=cell.notes, snapshot=snapshot))
    _insert(series, snapshot, created, now)
    Observation.objects.bulk_update(changed, ["value", "flag", "notes", "snapshot", "updated_at"], batch_size=2000)
    Observation.objects.bulk_update(renoted, ["notes", "snapshot"], batch_size=2000)
    ObservationRevision.objects.bulk_create(revisions, batch_size=2000)
    return {"created": len(created), "revised": len(changed), "unchanged": unchanged}
