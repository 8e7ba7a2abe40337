"""Storing what connectors (``pejling.lib.connectors``) return: a series' answers in one transaction (snapshots,
observations with revisions), so a failure leaves earlier data untouched; side answers as snapshots of their own."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import transaction

from pejling.lib.bindings import SeriesRequest
from pejling.lib.connectors import Answer, Connector, SourceProblem
from pejling.lib.statbank.client import RawResponse
from pejling.stats.models import Series, Snapshot, SyncRun
from pejling.stats.store import save_snapshot, store_cells


@dataclass
class SeriesResult:
    """What happened to one series: fetched, skipped or failed, with counts of cells."""

    series: Series
    status: str
    message: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    problem: SourceProblem | None = None
    notices: list[SourceProblem] = field(default_factory=list)  # warnings that did not stop it


def last_fetch(series: Series) -> tuple[bool, datetime | None]:
    """Whether the series has a data answer for its current request, and the table's update time then."""
    found = list(
        Snapshot.objects.filter(series=series, kind="data", request_signature=series.key)
        .order_by("-retrieved_at")
        .values_list("table_updated", flat=True)[:1]
    )
    return (bool(found), found[0] if found else None)


def snapshot_of(run: SyncRun, source: str, raw: RawResponse, **fields: Any) -> Snapshot:
    """Store a raw answer of a sync run."""
    return save_snapshot(
        content=raw.content,
        sync_run=run,
        source=source,
        content_type=raw.content_type,
        retrieved_at=raw.retrieved_at,
        sample_data=raw.sample_data,
        **fields,
    )


def keep_side_answers(run: SyncRun, connector: Connector) -> None:
    """Store the table lists and tableinfo answers a connector kept, then forget them."""
    for answer in connector.kept:
        snapshot_of(
            run,
            connector.key,
            answer.raw,
            table=answer.table,
            kind=answer.kind,
            request=answer.request,
            table_updated=answer.table_updated,
            origin=answer.origin,
        )
    connector.kept.clear()


def write_series(run: SyncRun, source: str, series: Series, answers: list[Answer], now: datetime) -> dict[str, int]:
    """All answers of a series in one transaction; each cell points at the answer it came from."""
    totals = {"created": 0, "revised": 0, "unchanged": 0, "skipped_rows": 0}
    with transaction.atomic():
        for answer in answers:
            snapshot = snapshot_of(
                run,
                source,
                answer.raw,
                table=answer.table,
                series=series,
                kind="data",
                request=answer.request,
                request_signature=series.key,
                table_updated=answer.table_updated,
                origin=answer.origin,
            )
            for name, value in store_cells(series=series, cells=answer.cells, snapshot=snapshot, now=now).items():
                totals[name] += value
            totals["skipped_rows"] += answer.skipped_rows
    return totals


def sync_series(
    run: SyncRun, connector: Connector, series: Series, request: SeriesRequest, *, now: datetime, force: bool
) -> SeriesResult:
    """Fetch and store one series when it changed (or with ``force``); never raises for a source problem."""
    try:
        try:
            if not force and not connector.changed(request, *last_fetch(series)):
                return SeriesResult(series, "skipped", "uændret siden sidst / unchanged since last sync")
            answers = connector.fetch(request)
        finally:
            keep_side_answers(run, connector)
        return SeriesResult(series, "fetched", counts=write_series(run, connector.key, series, answers, now))
    except SourceProblem as exc:
        return SeriesResult(series, "failed", str(exc), problem=exc)
