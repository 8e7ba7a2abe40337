"""The Jobindsats part of a sync run: all areas and all periods of a table in one data request."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from django.db import transaction

from pejling.lib.bindings import series_for_binding
from pejling.lib.jobindsats.client import JobindsatsClient, JobindsatsError, latest_periods
from pejling.lib.jobindsats.parser import JobindsatsFormatError, parse_v3
from pejling.lib.periods import PeriodError, parse_period
from pejling.lib.planfile.schema import Binding
from pejling.lib.statbank.client import RawResponse
from pejling.stats.models import Snapshot, SyncRun
from pejling.stats.store import NewCell, save_snapshot, store_cells
from pejling.stats.sync import BindingResult


class JobindsatsSync:
    """Fetch Jobindsats bindings; each binding is written in one transaction."""

    def __init__(
        self, client: JobindsatsClient, run: SyncRun, *, now: Callable[[], datetime], force: bool = False
    ) -> None:
        self.client, self.run, self.now, self.force = client, run, now, force
        self.updated: dict[str, datetime | None] | None = None

    def prepare(self) -> None:
        """Ask once for every table's latest update; without it every binding is fetched."""
        try:
            self.updated = self.client.tables()
        except JobindsatsError as exc:
            self.run.report.append({"binding": "", "table": "*", "error": f"/tables: {exc} (fortsætter / continuing)"})

    def _unchanged(self, series_key: str, binding: Binding, signature: str) -> bool:
        updated = (self.updated or {}).get(binding.table.upper())
        if self.force or updated is None:
            return False
        last = (
            Snapshot.objects.filter(series_key=series_key, kind="data", request_signature=signature)
            .order_by("-retrieved_at")
            .values_list("table_updated", flat=True)
            .first()
        )
        return last == updated

    def sync_binding(self, series_key: str, binding: Binding) -> BindingResult:
        signature = series_for_binding(binding)[0].signature
        if self._unchanged(series_key, binding, signature):
            return BindingResult(series_key, "skipped", "uændret siden sidst / unchanged since last sync")
        try:
            meta, raw_meta = self.client.table(binding.table)
            kind, periods = latest_periods(meta)
            filters = {name: ",".join(codes) for name, codes in binding.select.items()}
            raw = self.client.data(binding.table, kind, periods, filters)
            rows = parse_v3(raw.content, dimension_columns=list(binding.select))
            measure = binding.measure or ""
            if rows and measure not in rows[0].measures:
                raise JobindsatsFormatError(
                    f"tabel {binding.table}: måltallet {measure!r} findes ikke / measure not in the answer "
                    f"(findes / exists: {', '.join(rows[0].measures)})"
                )
            cells = [
                NewCell(r.area, parse_period(r.period).code, r.dims, r.measures.get(measure))
                for r in rows
                if r.area is not None
            ]
            with transaction.atomic():
                self._snapshot(raw_meta, binding.table, "", kind="tableinfo")
                snapshot = self._snapshot(
                    raw,
                    binding.table,
                    series_key,
                    kind="data",
                    signature=signature,
                    table_updated=(self.updated or {}).get(binding.table.upper()),
                )
                counts = store_cells(
                    series_key=series_key,
                    role="value",
                    source="jobindsats",
                    table=binding.table,
                    cells=cells,
                    snapshot=snapshot,
                    now=self.now(),
                )
            counts["skipped_rows"] = sum(r.area is None for r in rows)
            return BindingResult(series_key, "fetched", counts=counts)
        except (JobindsatsError, JobindsatsFormatError, PeriodError) as exc:
            self.run.report.append({"binding": series_key, "table": binding.table, "error": str(exc)})
            return BindingResult(series_key, "failed", str(exc))

    def _snapshot(
        self,
        raw: RawResponse,
        table: str,
        series_key: str,
        *,
        kind: str,
        signature: str = "",
        table_updated: datetime | None = None,
    ) -> Snapshot:
        return save_snapshot(
            content=raw.content,
            sync_run=self.run,
            source="jobindsats",
            table=table,
            series_key=series_key,
            role="value" if series_key else "",
            kind=kind,
            request={"endpoint": raw.endpoint, "params": raw.request},
            content_type=raw.content_type,
            request_signature=signature,
            table_updated=table_updated,
            retrieved_at=raw.retrieved_at,
            origin=str(self.client.http.base_url),
        )
