"""One sync run over many bindings: each slice (series) fetched once, whichever bindings and plans ask for it,
through the connector its source names in ``pejling.lib.sources``; then the indicators of every changed series
are computed again, and the run is closed with counts and status."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pejling.changes import announce
from pejling.lib.bindings import SeriesRequest, indicator_request
from pejling.lib.connectors import ConnectContext, Connector, SourceProblem, connect
from pejling.lib.planfile.schema import Binding
from pejling.lib.problems import SOURCE_INACTIVE, SOURCE_INTERRUPTED
from pejling.lib.sources import SOURCES
from pejling.lib.statbank.planning import CELL_LIMIT
from pejling.lib.statbank.retired import inactive_message
from pejling.stats.fetching import SeriesResult, keep_side_answers, sync_series
from pejling.stats.indicators import ensure_indicator, refresh_indicators, series_for
from pejling.stats.models import Series, SyncRun, TableState


@dataclass
class BindingResult:
    """What happened to one binding (``plan:binding``): the combined result of its series."""

    series_key: str
    status: str  # fetched, skipped, failed
    message: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    codes: list[str] = field(default_factory=list)  # problem codes: its failed series, then its notices
    notices: list[str] = field(default_factory=list)  # warnings that did not stop it (an inactive table)


COUNTED = ("created", "revised", "unchanged", "skipped_rows")


def _combined(key: str, results: list[SeriesResult]) -> BindingResult:
    notices = [str(notice) for r in results for notice in r.notices]
    for status in ("failed", "fetched"):
        matching = [r for r in results if r.status == status]
        if matching:
            counts = {name: sum(r.counts.get(name, 0) for r in matching) for name in COUNTED}
            message = "; ".join(r.message for r in matching if r.message)
            codes = [r.problem.code for r in matching if r.problem is not None]
            codes += [notice.code for r in results for notice in r.notices]
            return BindingResult(key, status, message, counts, codes, notices)
    codes = [notice.code for r in results for notice in r.notices]
    return BindingResult(key, "skipped", results[0].message if results else "", {}, codes, notices)


class _Connectors:
    """The connector of each source for this run, built on first use; a source without one says why."""

    def __init__(self, run: SyncRun, context: ConnectContext) -> None:
        self.run, self.context = run, context
        self.built: dict[str, Connector | str] = {}
        self.states_recorded: set[tuple[str, str]] = set()

    def get(self, source: str) -> Connector | str:
        if source not in self.built:
            info = SOURCES[source]
            connector = connect(info.connector, self.context) if info.connector else info.not_fetched
            if not isinstance(connector, str):
                self.run.report += [warning.report() for warning in connector.prepare()]
                keep_side_answers(self.run, connector)
            self.built[source] = connector
        return self.built[source]

    @property
    def request_count(self) -> int:
        return sum(c.request_count for c in self.built.values() if not isinstance(c, str))


def sync_bindings(
    bindings: Iterable[tuple[str, Binding]],
    *,
    clients: Mapping[str, Any],
    now: Callable[[], datetime],
    force: bool = False,
    source_url: str = "",
    cell_limit: int = CELL_LIMIT,
    on_result: Callable[[BindingResult], None] = lambda result: None,
    references: Iterable[tuple[str, SeriesRequest]] = (),
) -> tuple[SyncRun, list[BindingResult]]:
    """Sync the series of ``bindings`` (each slice once), compute their indicators again, close the run; also
    fetch the ``references`` (stats/references.py), whose problems go in the run's report."""
    run = SyncRun.objects.create(started_at=now(), source_url=source_url)
    connectors = _Connectors(run, ConnectContext(clients, cell_limit))
    done: dict[str, SeriesResult] = {}
    results = []
    for key, binding in bindings:
        request = indicator_request(binding)
        indicator = ensure_indicator(request, now())
        rows = {"value": indicator.series, "denominator": indicator.denominator}
        mine = []
        for role, series_request in request.series():
            series = rows[role]
            assert series is not None
            if series.key not in done:
                done[series.key] = _sync_one(run, connectors, series, series_request, key, now=now(), force=force)
            mine.append(done[series.key])
        result = _combined(key, mine)
        results.append(result)
        on_result(result)
    for label, series_request in references:
        series = series_for(series_request, now())
        if series.key not in done:
            _sync_one(run, connectors, series, series_request, label, now=now(), force=force)
    changed = [r.series.pk for r in done.values() if r.counts.get("created") or r.counts.get("revised")]
    indicators = refresh_indicators(changed, now())
    _close(run, results, done, indicators, connectors.request_count, now())
    return run, results


def _sync_one(
    run: SyncRun,
    connectors: _Connectors,
    series: Series,
    request: SeriesRequest,
    binding_key: str,
    *,
    now: datetime,
    force: bool,
) -> SeriesResult:
    connector = connectors.get(request.source)
    if isinstance(connector, str):
        return SeriesResult(series, "skipped", connector)
    result = sync_series(run, connector, series, request, now=now, force=force)
    if result.problem is not None:
        run.report.append(result.problem.report(binding_key, series.label))
    latest = connector.inactive(request.table)
    if (connector.key, request.table.upper()) not in connectors.states_recorded:  # once per table and run
        record_table_state(connector.key, request.table, latest, now)
        connectors.states_recorded.add((connector.key, request.table.upper()))
    if latest is not None:
        notice = SourceProblem(inactive_message(request.table, latest), table=request.table, code=SOURCE_INACTIVE)
        result.notices.append(notice)
        run.report.append(notice.report(binding_key, series.label))
    return result


def record_table_state(source: str, table: str, inactive_since: str | None, now: datetime) -> None:
    """Keep whether the source still updates the table (and its latest period when it does not)."""
    TableState.objects.update_or_create(
        source=source,
        table=table.upper(),
        defaults={"active": inactive_since is None, "latest_period": inactive_since or "", "checked_at": now},
    )


def _close(
    run: SyncRun,
    results: list[BindingResult],
    series: dict[str, SeriesResult],
    indicators: int,
    requests: int,
    now: datetime,
) -> None:
    failed = sum(r.status == "failed" for r in results)
    fetched = sum(r.status == "fetched" for r in results)
    run.counts = {
        "bindings": len(results),
        "fetched": fetched,
        "skipped": sum(r.status == "skipped" for r in results),
        "failed": failed,
        "requests": requests,
        "series": len(series),
        "series_fetched": sum(r.status == "fetched" for r in series.values()),
        "indicators_computed": indicators,
        **{name: sum(r.counts.get(name, 0) for r in series.values()) for name in COUNTED},
        "results": {r.series_key: r.status for r in results},  # per binding: fetched, skipped or failed
    }
    if not failed:
        run.status = SyncRun.Status.OK
    elif not fetched:
        run.status = SyncRun.Status.FAILED
    else:
        run.status = SyncRun.Status.PARTIAL
    run.finished_at = now
    run.sample_data = run.snapshots.filter(sample_data=True).exists()
    run.save()
    announce("data")


def sync_all(
    bindings: list[tuple[str, Binding]],
    *,
    statbank: Any,
    jobindsats: Any | None,
    now: Callable[[], datetime],
    force: bool = False,
    source_url: str = "",
    cell_limit: int = CELL_LIMIT,
    on_result: Callable[[BindingResult], None] = lambda result: None,
    references: Iterable[tuple[str, SeriesRequest]] = (),
) -> tuple[SyncRun, list[BindingResult]]:
    """One sync run over ``bindings`` with a StatBank client and, when given, a Jobindsats client."""
    clients = {"statbank": statbank} | ({"jobindsats": jobindsats} if jobindsats is not None else {})
    return sync_bindings(
        bindings,
        clients=clients,
        now=now,
        force=force,
        source_url=source_url,
        cell_limit=cell_limit,
        on_result=on_result,
        references=references,
    )


def mark_interrupted_runs(now: datetime) -> int:
    """Sync runs still "running" when the data lock is free were stopped (killed, machine down): mark them
    failed, saying so. Call only while holding the lock (pejling.operations.lock)."""
    report = [
        SourceProblem("afbrudt før afslutning / interrupted before it finished", code=SOURCE_INTERRUPTED).report()
    ]
    marked = SyncRun.objects.filter(status=SyncRun.Status.RUNNING, kind="sync").update(
        status=SyncRun.Status.FAILED, finished_at=now, report=report
    )
    if marked:
        announce("data")
    return marked
