"""Writing snapshots and observations: upserts that keep every replaced value as a revision."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from django.db.models import TextField
from django.db.models.functions import Cast

from pejling.lib.connectors import Cell
from pejling.rows import BATCH, insert_rows
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


def _insert(series: Series, snapshot: Snapshot, cells: list[tuple[Cell, str]], now: datetime) -> None:
    """Insert new observations without model objects (a first sync stores about 80,000 cells)."""
    rows = (
        (
            series.pk,
            series.source,
            series.table,
            cell.area,
            cell.period,
            cell.dims,
            key,
            cell.value,
            cell.flag,
            cell.notes,
            snapshot.pk,
            now,
            now,
        )
        for cell, key in cells
    )
    insert_rows(Observation, INSERTED, rows)


def _valid_from(revisions: list[ObservationRevision]) -> None:
    """A revision is valid from when the replaced value was stored (read only for the few cells that change)."""
    ids = [r.observation_id for r in revisions]
    since: dict[int, datetime] = {}
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        since.update(Observation.objects.filter(pk__in=chunk).values_list("pk", "updated_at"))
    for revision in revisions:
        revision.valid_from = since[revision.observation_id]


def _same_notes(stored_text: str | None, notes: dict[str, Any]) -> bool:
    """Stored notes (read as text: decoding 80,000 empty objects costs more than the comparison) equal these."""
    if stored_text is None or stored_text == "{}":
        return not notes
    return bool(json.loads(stored_text) == notes)


def store_cells(*, series: Series, cells: list[NewCell], snapshot: Snapshot, now: datetime) -> dict[str, int]:
    """Insert new cells, update changed ones (keeping the old value as a revision), count the rest. What is
    stored is compared as plain values; model objects are built only for cells that change."""
    stored = (
        Observation.objects.filter(series=series)
        .annotate(notes_text=Cast("notes", output_field=TextField()))
        .values_list("pk", "area", "period", "dims_key", "value", "flag", "notes_text", "snapshot_id")
    )
    existing = {
        (area, period, key): (pk, value, flag, notes, snap)
        for pk, area, period, key, value, flag, notes, snap in stored
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
        pk, value, flag, notes, old_snapshot = current
        if value != cell.value or flag != cell.flag:
            revisions.append(
                ObservationRevision(
                    observation_id=pk, value=value, flag=flag, snapshot_id=old_snapshot, replaced_at=now
                )
            )
            changed.append(
                Observation(
                    pk=pk, value=cell.value, flag=cell.flag, notes=cell.notes, snapshot=snapshot, updated_at=now
                )
            )
        else:
            unchanged += 1
            if not _same_notes(notes, cell.notes):  # same figure, another citation: keep the newest provenance
                renoted.append(Observation(pk=pk, notes=cell.notes, snapshot=snapshot))
    _valid_from(revisions)
    _insert(series, snapshot, created, now)
    Observation.objects.bulk_update(changed, ["value", "flag", "notes", "snapshot", "updated_at"], batch_size=BATCH)
    Observation.objects.bulk_update(renoted, ["notes", "snapshot"], batch_size=BATCH)
    ObservationRevision.objects.bulk_create(revisions, batch_size=BATCH)
    return {"created": len(created), "revised": len(changed), "unchanged": unchanged}
