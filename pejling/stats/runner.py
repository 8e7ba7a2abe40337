"""One sync run over many bindings: a registry of source handlers, a run record, a summary."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from pejling.changes import announce
from pejling.lib.jobindsats.client import JobindsatsClient
from pejling.lib.planfile.schema import Binding
from pejling.lib.statbank.client import StatBankClient
from pejling.lib.statbank.planning import CELL_LIMIT
from pejling.stats.models import SyncRun
from pejling.stats.sync import BindingResult, StatBankSync
from pejling.stats.sync_jobindsats import JobindsatsSync

Handler = Callable[[str, Binding], BindingResult]


def skip_with(message: str) -> Handler:
    """A handler for a source that is not fetched in this run, with the reason."""
    return lambda series_key, binding: BindingResult(series_key, "skipped", message)


def run_bindings(
    run: SyncRun,
    bindings: Iterable[tuple[str, Binding]],
    handlers: dict[str, Handler],
    *,
    now: Callable[[], datetime],
    requests: Callable[[], int],
    on_result: Callable[[BindingResult], None] = lambda result: None,
) -> list[BindingResult]:
    """Sync each binding with the handler for its source, then close the run with counts and status."""
    results = []
    for series_key, binding in bindings:
        result = handlers[binding.source](series_key, binding)
        results.append(result)
        on_result(result)
    failed = sum(r.status == "failed" for r in results)
    fetched = sum(r.status == "fetched" for r in results)
    run.counts = {
        "bindings": len(results),
        "fetched": fetched,
        "skipped": sum(r.status == "skipped" for r in results),
        "failed": failed,
        "requests": requests(),
        **{k: sum(r.counts.get(k, 0) for r in results) for k in ("created", "revised", "unchanged", "skipped_rows")},
        "results": {r.series_key: r.status for r in results},  # per binding: fetched, skipped or failed
    }
    if not failed:
        run.status = SyncRun.Status.OK
    elif not fetched:
        run.status = SyncRun.Status.FAILED
    else:
        run.status = SyncRun.Status.PARTIAL
    run.finished_at = now()
    run.sample_data = run.snapshots.filter(sample_data=True).exists()
    run.save()
    announce("data")
    return results


def sync_all(
    bindings: list[tuple[str, Binding]],
    *,
    statbank: StatBankClient,
    jobindsats: JobindsatsClient | None,
    now: Callable[[], datetime],
    force: bool = False,
    source_url: str = "",
    cell_limit: int = CELL_LIMIT,
    on_result: Callable[[BindingResult], None] = lambda result: None,
) -> tuple[SyncRun, list[BindingResult]]:
    """One sync run over ``bindings``: StatBank, Jobindsats (when a client is given) and local (skipped)."""
    run = SyncRun.objects.create(started_at=now(), source_url=source_url)
    statbank_sync = StatBankSync(statbank, run, now=now, force=force, cell_limit=cell_limit)
    if any(b.source == "statbank" for _, b in bindings):
        statbank_sync.prepare()
    jobindsats_sync = JobindsatsSync(jobindsats, run, now=now, force=force) if jobindsats is not None else None
    if jobindsats_sync is not None and any(b.source == "jobindsats" for _, b in bindings):
        jobindsats_sync.prepare()
    handlers: dict[str, Handler] = {
        "statbank": statbank_sync.sync_binding,
        "local": skip_with("lokale data indlæses med / local data are loaded with `pejling data import`"),
        "jobindsats": jobindsats_sync.sync_binding
        if jobindsats_sync is not None
        else skip_with("PEJLING_JOBINDSATS_KEY er ikke sat / is not set — sprunget over / skipped"),
    }
    results = run_bindings(
        run,
        bindings,
        handlers,
        now=now,
        on_result=on_result,
        requests=lambda: statbank.request_count + (jobindsats.request_count if jobindsats else 0),
    )
    return run, results


def mark_interrupted_runs(now: datetime) -> int:
    """Sync runs still "running" when the data lock is free were stopped (killed, machine down): mark them
    failed, saying so. Call only while holding the lock (pejling.operations.lock)."""
    report = [{"binding": "", "table": "", "error": "afbrudt før afslutning / interrupted before it finished"}]
    marked = SyncRun.objects.filter(status=SyncRun.Status.RUNNING, kind="sync").update(
        status=SyncRun.Status.FAILED, finished_at=now, report=report
    )
    if marked:
        announce("data")
    return marked
