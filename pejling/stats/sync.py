"""`pejling sync`: fetch every binding's series, one request per binding and period slice for all areas.

A binding whose tables are unchanged since its last snapshot (StatBank's ``updated``) is skipped.
Each binding is written in one transaction, so a failure leaves earlier data untouched; the failure is
recorded and the sync goes on with the other bindings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import transaction

from pejling.lib.bindings import SeriesRequest, series_for_binding
from pejling.lib.geography import BY_CODE
from pejling.lib.periods import PeriodError, parse_period
from pejling.lib.planfile.schema import Binding
from pejling.lib.statbank.bulk import fill_absent_zeros, requested_codes
from pejling.lib.statbank.client import RawResponse, StatBankClient
from pejling.lib.statbank.errors import CodesChanged, StatBankError
from pejling.lib.statbank.formats import ParsedTable, parse_csv
from pejling.lib.statbank.planning import CELL_LIMIT, SUM_CODE, PlanningError, SeriesSpec, plan_requests, sum_label
from pejling.lib.statbank.tableinfo import TableInfo
from pejling.stats.models import Snapshot, SyncRun
from pejling.stats.store import NewCell, save_snapshot, store_cells

KNOWN_AREAS = set(BY_CODE) | {"411"}


@dataclass
class BindingResult:
    """What happened to one binding."""

    series_key: str
    status: str  # fetched, skipped, failed
    message: str = ""
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class _Fetched:
    series: SeriesRequest
    info: TableInfo
    answers: list[tuple[dict[str, Any], ParsedTable, RawResponse]]


class StatBankSync:
    """The StatBank part of one sync run."""

    def __init__(
        self,
        client: StatBankClient,
        run: SyncRun,
        *,
        now: Callable[[], datetime],
        force: bool,
        cell_limit: int = CELL_LIMIT,
    ) -> None:
        self.client, self.run, self.now, self.force = client, run, now, force
        self.cell_limit = cell_limit
        self.infos: dict[str, TableInfo] = {}
        self.updated: dict[str, datetime | None] | None = None

    def prepare(self) -> None:
        """Ask once for every table's ``updated`` time (one request for all tables)."""
        try:
            self.updated, raw = self.client.tables()
            self._snapshot(raw, table="*", kind="tables")
        except StatBankError as exc:
            self.updated = None
            self.run.report.append({"binding": "", "table": "*", "error": f"/tables: {exc} (fortsætter / continuing)"})

    def sync_binding(self, series_key: str, binding: Binding) -> BindingResult:
        """Fetch and store one binding; never raises for a source problem."""
        try:
            wanted = [s for s in series_for_binding(binding) if self._needs_fetch(series_key, s)]
            if not wanted:
                return BindingResult(series_key, "skipped", "uændret siden sidst / unchanged since last sync")
            fetched = [self._fetch(series) for series in wanted]
            counts = self._write(series_key, fetched)
            return BindingResult(series_key, "fetched", counts=counts)
        except (StatBankError, PlanningError, PeriodError, KeyError) as exc:
            message = str(exc)
            self.run.report.append({"binding": series_key, "table": binding.table, "error": message})
            return BindingResult(series_key, "failed", message)

    def _table_updated(self, table: str) -> datetime | None:
        if self.updated is not None and table.upper() in self.updated:
            return self.updated[table.upper()]
        return self._info(table).updated

    def _needs_fetch(self, series_key: str, series: SeriesRequest) -> bool:
        if self.force:
            return True
        last = (
            Snapshot.objects.filter(
                series_key=series_key, role=series.role, kind="data", request_signature=series.signature
            )
            .order_by("-retrieved_at")
            .values_list("table_updated", flat=True)
            .first()
        )
        updated = self._table_updated(series.table)
        return last is None or updated is None or last != updated

    def _info(self, table: str) -> TableInfo:
        if table.upper() not in self.infos:
            info, raw = self.client.tableinfo(table)
            self._snapshot(raw, table=info.id, kind="tableinfo", table_updated=info.updated)
            self.infos[table.upper()] = info
        return self.infos[table.upper()]

    def _fetch(self, series: SeriesRequest) -> _Fetched:
        info = self._info(series.table)
        problems = info.selection_problems(series.select)
        if problems:
            raise CodesChanged("; ".join(problems) + " — intet hentet / nothing fetched", table=info.id)
        spec = SeriesSpec(info.id, series.area_variable, series.time_variable, series.select, series.keep_split)
        answers = []
        for planned in plan_requests(spec, info, limit=self.cell_limit):
            parsed, raw = self.client.data(planned.body, parse_csv)
            if planned.body["format"] == "BULK":
                parsed = fill_absent_zeros(parsed, requested_codes(planned.body, info))
            answers.append((planned.body, parsed, raw))
        return _Fetched(series, info, answers)

    def _write(self, series_key: str, fetched: list[_Fetched]) -> dict[str, int]:
        """All answers of a binding in one transaction; each cell points at the answer it came from."""
        totals: dict[str, int] = {"created": 0, "revised": 0, "unchanged": 0, "skipped_rows": 0}
        now = self.now()
        with transaction.atomic():
            for item in fetched:
                series = item.series
                for body, parsed, raw in item.answers:
                    snapshot = self._snapshot(
                        raw,
                        table=item.info.id,
                        kind="data",
                        series_key=series_key,
                        role=series.role,
                        signature=series.signature,
                        table_updated=self._table_updated(series.table),
                    )
                    cells, skipped = _cells(parsed, series, body)
                    totals["skipped_rows"] += skipped
                    counts = store_cells(
                        series_key=series_key,
                        role=series.role,
                        source=series.source,
                        table=item.info.id,
                        cells=cells,
                        snapshot=snapshot,
                        now=now,
                    )
                    for name, value in counts.items():
                        totals[name] += value
        return totals

    def _snapshot(
        self,
        raw: RawResponse,
        *,
        table: str,
        kind: str,
        series_key: str = "",
        role: str = "",
        signature: str = "",
        table_updated: datetime | None = None,
    ) -> Snapshot:
        return save_snapshot(
            content=raw.content,
            sync_run=self.run,
            source="statbank",
            table=table,
            series_key=series_key,
            role=role,
            kind=kind,
            request={"endpoint": raw.endpoint, "body": raw.request},
            request_signature=signature,
            content_type=raw.content_type,
            retrieved_at=raw.retrieved_at,
            table_updated=table_updated,
            origin=self.run.source_url,
            sample_data=raw.sample_data,
        )


def _cells(parsed: ParsedTable, series: SeriesRequest, body: dict[str, Any]) -> tuple[list[NewCell], int]:
    """Cells of an answer, with summed codes written out and unknown areas (landsdele …) counted."""
    sums = {}
    for item in body.get("variables", []):
        for value in item.get("values", []):
            if str(value).startswith(f"sum({SUM_CODE}|"):
                sums[str(item["code"]).upper()] = sum_label(str(value).split("=", 1)[1].rstrip(")").split(";"))
    cells, skipped = [], 0
    area_name, time_name = series.area_variable.upper(), series.time_variable.upper()
    for cell in parsed.cells:
        area = cell.code(series.area_variable)
        if area not in KNOWN_AREAS:
            skipped += 1
            continue
        dims = {}
        for name, code in cell.codes:
            upper = name.upper()
            if upper in (area_name, time_name):
                continue
            dims[name] = sums[upper] if code == SUM_CODE and upper in sums else code
        period = parse_period(cell.code(series.time_variable)).code
        cells.append(NewCell(area, period, dims, cell.value, cell.flag or ""))
    return cells, skipped
