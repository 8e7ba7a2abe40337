"""Imports from files: StatBank CSV files and local data for ``local`` bindings. All or nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.db import transaction

from pejling.changes import announce
from pejling.lib.localdata import read_local_file
from pejling.lib.planfile.schema import Binding
from pejling.lib.statbank.files import read_statbank_file
from pejling.lib.statbank.tableinfo import TableInfo, parse_tableinfo
from pejling.stats.models import Snapshot, SyncRun
from pejling.stats.store import NewCell, save_snapshot, store_cells


@dataclass
class ImportResult:
    """Counts, and the problems that stopped the import (line, message)."""

    table: str
    counts: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    problems: list[tuple[int, str]] = field(default_factory=list)


def import_statbank_file(path: Path, *, table: str, now: datetime) -> ImportResult:
    """Store a saved StatBank CSV as the series ``import:<TABLE>``, or nothing when any row has a problem
    (checked against the table's stored tableinfo when there is one); raises FormatError on damaged files."""
    content = path.read_bytes()
    read = read_statbank_file(content, table=table, tableinfo=stored_tableinfo(table))
    if read.problems:
        return ImportResult(table, skipped=dict(read.skipped_areas), problems=read.problems)
    with transaction.atomic():
        run = SyncRun.objects.create(kind="import", started_at=now, source_url=str(path))
        snapshot = save_snapshot(
            content=content,
            sync_run=run,
            source="statbank",
            table=table,
            series_key=f"import:{table}",
            role="value",
            kind="file",
            request={"file": path.name, "table": table},
            retrieved_at=now,
            origin=str(path),
            content_type="text/csv",
        )
        cells = [NewCell(r.area, r.period, r.dims, r.value, r.flag) for r in read.rows]
        counts = store_cells(
            series_key=f"import:{table}",
            role="value",
            source="statbank",
            table=table,
            cells=cells,
            snapshot=snapshot,
            now=now,
        )
        run.status, run.finished_at = SyncRun.Status.OK, now
        run.counts = {**counts, "rows": len(read.rows), "skipped_rows": sum(read.skipped_areas.values())}
        run.save()
        announce("data")
    return ImportResult(table, counts | {"rows": len(read.rows)}, dict(read.skipped_areas))


def import_local_file(
    path: Path, *, series_key: str, binding: Binding, entered_by: str, citation: str, now: datetime
) -> ImportResult:
    """Validate every row; store all rows in one transaction, or nothing when any row fails."""
    content = path.read_bytes()
    read = read_local_file(path, content)
    result = ImportResult(binding.table, problems=read.problems)
    missing_source = [row.line for row in read.rows if not (row.source or citation)]
    result.problems += [
        (line, "kilde mangler / no source: brug kolonnen 'kilde' eller --source") for line in missing_source
    ]
    if result.problems:
        return result
    with transaction.atomic():
        run = SyncRun.objects.create(kind="local", started_at=now, source_url=str(path))
        snapshot = save_snapshot(
            content=content,
            sync_run=run,
            source="local",
            table=binding.table,
            series_key=series_key,
            role="value",
            kind="file",
            retrieved_at=now,
            origin=str(path),
            content_type="",
            request={"file": path.name, "binding": binding.id, "entered_by": entered_by, "source": citation},
        )
        cells = [
            NewCell(
                r.area,
                r.period,
                {},
                r.value,
                notes={"kilde": r.source or citation} | ({"note": r.note} if r.note else {}),
            )
            for r in read.rows
        ]
        result.counts = store_cells(
            series_key=series_key,
            role="value",
            source="local",
            table=binding.table,
            cells=cells,
            snapshot=snapshot,
            now=now,
        )
        run.status, run.finished_at, run.counts = SyncRun.Status.OK, now, result.counts
        run.save()
        announce("data")
    return result


def _notes(citation: str, note: str) -> dict[str, str]:
    """A local cell's citation and note: provenance, kept beside the value, never part of its identity."""
    return {"kilde": citation} | ({"note": note} if note else {})


def stored_tableinfo(table: str) -> TableInfo | None:
    """The newest tableinfo answer stored for a table by a sync, parsed; None when there is none."""
    snapshot = (
        Snapshot.objects.filter(source="statbank", kind="tableinfo", table__iexact=table)
        .order_by("-retrieved_at")
        .only("content")
        .first()
    )
    if snapshot is None:
        return None
    try:
        return parse_tableinfo(bytes(snapshot.content))
    except (ValueError, KeyError):
        return None
