"""Writing snapshots and observations: upserts that keep every replaced value as a revision."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pejling.stats.models import Observation, ObservationRevision, Snapshot


@dataclass(frozen=True)
class NewCell:
    """A cell to store."""

    area: str
    period: str
    dims: dict[str, str]
    value: float | None
    flag: str = ""
    notes: dict[str, str] = field(default_factory=dict)  # provenance of the cell, not part of its identity


def dims_key(dims: dict[str, str]) -> str:
    return json.dumps(dims, sort_keys=True, ensure_ascii=False)


def save_snapshot(*, content: bytes, **fields: Any) -> Snapshot:
    """Store a raw answer with its checksum."""
    return Snapshot.objects.create(content=content, sha256=hashlib.sha256(content).hexdigest(), **fields)


def store_cells(
    *,
    series_key: str,
    role: str,
    source: str,
    table: str,
    cells: list[NewCell],
    snapshot: Snapshot,
    now: datetime,
) -> dict[str, int]:
    """Insert new cells, update changed ones (keeping the old value as a revision), count the rest."""
    existing = {(o.area, o.period, o.dims_key): o for o in Observation.objects.filter(series_key=series_key, role=role)}
    created, changed, revisions, renoted = [], [], [], []
    unchanged = 0
    for cell in cells:
        key = (cell.area, cell.period, dims_key(cell.dims))
        current = existing.get(key)
        if current is None:
            created.append(
                Observation(
                    series_key=series_key,
                    role=role,
                    source=source,
                    table=table,
                    area=cell.area,
                    period=cell.period,
                    dims=cell.dims,
                    dims_key=key[2],
                    value=cell.value,
                    flag=cell.flag,
                    notes=cell.notes,
                    snapshot=snapshot,
                    first_seen_at=now,
                    updated_at=now,
                )
            )
        elif current.value != cell.value or current.flag != cell.flag:
            revisions.append(
                ObservationRevision(
                    observation=current,
                    value=current.value,
                    flag=current.flag,
                    snapshot=current.snapshot,
                    valid_from=current.updated_at,
                    replaced_at=now,
                )
            )
            current.value, current.flag, current.notes, current.snapshot, current.updated_at = (
                cell.value,
                cell.flag,
                cell.notes,
                snapshot,
                now,
            )
            changed.append(current)
        else:
            unchanged += 1
            if current.notes != cell.notes:  # same figure, another citation: keep the newest provenance
                current.notes, current.snapshot = cell.notes, snapshot
                renoted.append(current)
    Observation.objects.bulk_create(created, batch_size=2000)
    Observation.objects.bulk_update(changed, ["value", "flag", "notes", "snapshot", "updated_at"], batch_size=2000)
    Observation.objects.bulk_update(renoted, ["notes", "snapshot"], batch_size=2000)
    ObservationRevision.objects.bulk_create(revisions, batch_size=2000)
    return {"created": len(created), "revised": len(changed), "unchanged": unchanged}
