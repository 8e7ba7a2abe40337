"""Imports from files, all or nothing: StatBank CSV files into the series bindings read, and local data for
``local`` bindings. Every import computes the indicators of the series it changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.db import transaction

from pejling.changes import announce
from pejling.lib.bindings import SeriesRequest, indicator_request
from pejling.lib.localdata import LocalFile, read_local_file
from pejling.lib.planfile.schema import Binding
from pejling.lib.problems import DATA_NO_SOURCE, Problem
from pejling.lib.statbank.filematch import cells_for_series, file_request, to_codes
from pejling.lib.statbank.files import read_statbank_file
from pejling.lib.statbank.tableinfo import TableInfo, parse_tableinfo
from pejling.stats.indicators import ensure_indicator, refresh_indicators, series_for
from pejling.stats.models import Series, Snapshot, SyncRun
from pejling.stats.store import NewCell, save_snapshot, store_cells


@dataclass
class ImportResult:
    """Counts, the series fed, and the problems that stopped the import."""

    table: str
    counts: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    series: list[str] = field(default_factory=list)  # labels of the series written
    read_by_bindings: bool = False  # False: no binding reads this slice; stored as a series of its own
    warnings: list[str] = field(default_factory=list)


def _bound_requests(table: str) -> list[tuple[Series, SeriesRequest]]:
    """The StatBank series of a table that bindings ask for (those with a canonical selection)."""
    found = []
    for series in Series.objects.filter(source="statbank", table__iexact=table).order_by("pk"):
        if "select" in series.selection and series.indicators.exists():
            found.append((series, SeriesRequest.from_canonical(series.selection)))
    return found


def import_statbank_file(path: Path, *, table: str, now: datetime, tableinfo: TableInfo | None = None) -> ImportResult:
    """Store a saved StatBank CSV (codes or labels) in every series a binding reads from that table, labels
    mapped to codes through the table's tableinfo (given, or the newest a sync stored); when no binding reads
    the file's slice, as a series of its own. Nothing is stored when any row has a problem; raises FormatError
    on damaged files."""
    content = path.read_bytes()
    info = tableinfo or stored_tableinfo(table)
    read = read_statbank_file(content, table=table, tableinfo=info)
    result = ImportResult(table, skipped=dict(read.skipped_areas), problems=read.problems)
    if read.problems:
        return result
    rows = to_codes(read.rows, info)
    bound = _bound_requests(table)
    fed = ((series, cells_for_series(rows, request)) for series, request in bound)
    targets = [(series, cells) for series, cells in fed if cells]
    result.read_by_bindings = bool(targets)
    if bound and not targets and info is None:
        result.warnings.append(
            f"bindinger læser tabel {table}, men filens etiketter kan ikke oversættes til koder uden tabellens "
            "tableinfo: kør `pejling sync` eller giv --tableinfo / bindings read this table, but labels need the "
            "table's tableinfo to become codes: run `pejling sync` or give --tableinfo"
        )
    with transaction.atomic():
        if not targets:
            targets = [(series_for(file_request(table, read, rows), now), rows)]
        run = SyncRun.objects.create(kind="import", started_at=now, source_url=str(path))
        totals = {"created": 0, "revised": 0, "unchanged": 0}
        for series, cells in targets:
            snapshot = save_snapshot(
                content=content,
                sync_run=run,
                source="statbank",
                table=table,
                series=series,
                kind="file",
                request={"file": path.name, "table": table},
                retrieved_at=now,
                origin=str(path),
                content_type="text/csv",
            )
            counts = store_cells(series=series, cells=cells, snapshot=snapshot, now=now)
            totals = {name: totals[name] + counts[name] for name in totals}
            result.series.append(series.label)
        refresh_indicators([series.pk for series, _ in targets], now)
        result.counts = totals | {"rows": len(read.rows)}
        run.status, run.finished_at = SyncRun.Status.OK, now
        run.counts = {**result.counts, "series": len(targets), "skipped_rows": sum(read.skipped_areas.values())}
        run.save()
        announce("data")
    return result


NO_SOURCE = "kilde mangler: brug kolonnen 'kilde' eller --source / no source: use the 'kilde' column or --source"


def check_local_file(path: Path, content: bytes, *, citation: str) -> LocalFile:
    """The local-data validator the CLI and the browser share: every row's problems with its line, and a
    source for every row (its own 'kilde' column or the citation given for the file)."""
    read = read_local_file(path, content)
    read.problems += [
        Problem(row.line, "kilde", NO_SOURCE, DATA_NO_SOURCE) for row in read.rows if not (row.source or citation)
    ]
    return read


def import_local_file(
    path: Path, *, binding: Binding, entered_by: str, citation: str, now: datetime, name: str | None = None
) -> ImportResult:
    """Validate every row; store all rows in the binding's series in one transaction, or nothing when any row
    fails."""
    content = path.read_bytes()
    read = check_local_file(path, content, citation=citation)
    result = ImportResult(binding.table, problems=read.problems)
    if result.problems:
        return result
    with transaction.atomic():
        series = ensure_indicator(indicator_request(binding), now).series
        run = SyncRun.objects.create(kind="local", started_at=now, source_url=str(path))
        snapshot = save_snapshot(
            content=content,
            sync_run=run,
            source="local",
            table=binding.table,
            series=series,
            kind="file",
            retrieved_at=now,
            origin=str(path),
            content_type="",
            request={"file": name or path.name, "binding": binding.id, "entered_by": entered_by, "source": citation},
        )
        cells = [NewCell(r.area, r.period, {}, r.value, notes=_notes(r.source or citation, r.note)) for r in read.rows]
        result.counts = store_cells(series=series, cells=cells, snapshot=snapshot, now=now)
        result.series = [series.label]
        refresh_indicators([series.pk], now)
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
