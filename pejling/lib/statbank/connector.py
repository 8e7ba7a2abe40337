"""StatBank as a connector (``pejling.lib.connectors``): one request for every table's update time, tableinfo
once per table, and one request per period slice for all areas of a series (BULK for large ones)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pejling.lib.bindings import SeriesRequest
from pejling.lib.connectors import Answer, Cell, ConnectContext, SourceProblem, TableTimeConnector
from pejling.lib.geography import BY_CODE
from pejling.lib.periods import PeriodError, parse_period
from pejling.lib.problems import SOURCE_BAD_ANSWER
from pejling.lib.statbank.bulk import fill_absent_zeros, requested_codes
from pejling.lib.statbank.client import RawResponse, StatBankClient
from pejling.lib.statbank.errors import CodesChanged, StatBankError
from pejling.lib.statbank.formats import ParsedTable, parse_csv
from pejling.lib.statbank.planning import CELL_LIMIT, SUM_CODE, PlanningError, SeriesSpec, plan_requests, sum_label
from pejling.lib.statbank.tableinfo import TableInfo

KNOWN_AREAS = set(BY_CODE) | {"411"}


def connect(context: ConnectContext) -> StatBankConnector | str:
    client = context.clients.get("statbank")
    if client is None:
        return "ingen Statistikbank-klient / no StatBank client"
    return StatBankConnector(client, cell_limit=context.cell_limit)


class StatBankConnector(TableTimeConnector):
    """The StatBank part of one sync run."""

    key = "statbank"
    client: StatBankClient

    def __init__(self, client: StatBankClient, *, cell_limit: int = CELL_LIMIT) -> None:
        super().__init__(client)
        self.cell_limit = cell_limit
        self.infos: dict[str, TableInfo] = {}
        self.retired: dict[str, str] = {}  # table → latest period, for tables no longer updated

    def prepare(self) -> list[SourceProblem]:
        try:
            self.updated, raw = self.client.tables()
            self.retired = self.client.inactive_tables(raw)
            self.kept.append(_side(raw, "*", "tables"))
            return []
        except StatBankError as exc:
            self.updated = None
            return [SourceProblem(f"/tables: {exc} (fortsætter / continuing)", table="*", code=exc.code)]

    def changed(self, request: SeriesRequest, fetched_before: bool, last_table_updated: datetime | None) -> bool:
        try:
            return super().changed(request, fetched_before, last_table_updated)
        except StatBankError as exc:
            raise SourceProblem(str(exc), table=request.table, code=exc.code) from None

    def fetch(self, request: SeriesRequest) -> list[Answer]:
        try:
            return self._fetch(request)
        except StatBankError as exc:
            raise SourceProblem(str(exc), table=request.table, code=exc.code) from None
        except (PlanningError, PeriodError, KeyError) as exc:
            raise SourceProblem(str(exc), table=request.table, code=SOURCE_BAD_ANSWER) from None

    def table_updated(self, table: str) -> datetime | None:
        """From the one /tables answer, else from the table's tableinfo (when /tables failed)."""
        if self.updated is not None and table.upper() in self.updated:
            return self.updated[table.upper()]
        return self._info(table).updated

    def _info(self, table: str) -> TableInfo:
        if table.upper() not in self.infos:
            info, raw = self.client.tableinfo(table)
            self.kept.append(_side(raw, info.id, "tableinfo", info.updated))
            self.infos[table.upper()] = info
            time = info.time_variable
            if not info.active:
                self.retired[info.id.upper()] = list(time.values)[-1] if time and time.values else ""
        return self.infos[table.upper()]

    def inactive(self, table: str) -> str | None:
        return self.retired.get(table.upper())

    def _fetch(self, request: SeriesRequest) -> list[Answer]:
        info = self._info(request.table)
        problems = info.selection_problems(request.select)
        if problems:
            raise CodesChanged("; ".join(problems) + " — intet hentet / nothing fetched", table=info.id)
        spec = SeriesSpec(
            info.id, request.area_variable, request.time_variable, request.select, request.keep_split, request.groups
        )
        answers = []
        for planned in plan_requests(spec, info, limit=self.cell_limit):
            parsed, raw = self.client.data(planned.body, parse_csv)
            if planned.body["format"] == "BULK":
                parsed = fill_absent_zeros(parsed, requested_codes(planned.body, info))
            cells, skipped = _cells(parsed, request, planned.body)
            answers.append(
                Answer(
                    raw,
                    info.id,
                    {"endpoint": raw.endpoint, "body": raw.request},
                    cells=cells,
                    skipped_rows=skipped,
                    table_updated=self.table_updated(request.table),
                    origin=str(self.client.http.base_url),
                )
            )
        return answers


def _side(raw: RawResponse, table: str, kind: str, table_updated: datetime | None = None) -> Answer:
    return Answer(raw, table, {"endpoint": raw.endpoint, "body": raw.request}, kind=kind, table_updated=table_updated)


def _cells(parsed: ParsedTable, series: SeriesRequest, body: dict[str, Any]) -> tuple[list[Cell], int]:
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
        cells.append(Cell(area, period, dims, cell.value, cell.flag or ""))
    return cells, skipped
