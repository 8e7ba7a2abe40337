"""Jobindsats as a connector (``pejling.lib.connectors``): one request for every table's update times, then
the table's periods and all areas and periods of a series in one data request (API v2)."""

from __future__ import annotations

from datetime import datetime

from pejling.lib.bindings import SeriesRequest
from pejling.lib.connectors import Answer, Cell, ConnectContext, SourceProblem, TableTimeConnector
from pejling.lib.jobindsats.client import JobindsatsClient, JobindsatsError, periods_of_type
from pejling.lib.jobindsats.parser import JobindsatsFormatError, parse_v2
from pejling.lib.periods import PeriodError, parse_period
from pejling.lib.problems import SOURCE_BAD_ANSWER

NO_KEY = "PEJLING_JOBINDSATS_KEY er ikke sat / is not set — sprunget over / skipped"
PREFERRED = ("M", "Q", "QMAT")


def connect(context: ConnectContext) -> JobindsatsConnector | str:
    client = context.clients.get("jobindsats")
    return NO_KEY if client is None else JobindsatsConnector(client)


class JobindsatsConnector(TableTimeConnector):
    """The Jobindsats part of one sync run."""

    key = "jobindsats"
    client: JobindsatsClient

    def prepare(self) -> list[SourceProblem]:
        try:
            times, raw = self.client.tables()
            self.updated = {table: t.latest for table, t in times.items()}
            self.kept.append(Answer(raw, "*", {"endpoint": raw.endpoint, "body": raw.request}, kind="tables"))
            return []
        except JobindsatsError as exc:
            return [SourceProblem(f"/v2/tables: {exc} (fortsætter / continuing)", table="*", code=exc.code)]

    def fetch(self, request: SeriesRequest) -> list[Answer]:
        try:
            every, raw_periods = self.client.periods(request.table)
            self.kept.append(Answer(raw_periods, request.table, {"endpoint": raw_periods.endpoint}, kind="tableinfo"))
            periods = _periods(every, request.period_type)
            raw = self.client.data(request.table, periods, request.select)
            rows = parse_v2(raw.content)
            measure = request.measure or ""
            if rows and measure not in rows[0].measures:
                raise JobindsatsFormatError(
                    f"tabel {request.table}: måltallet {measure!r} findes ikke / measure not in the answer "
                    f"(findes / exists: {', '.join(rows[0].measures)})"
                )
            cells = [
                Cell(r.area, parse_period(r.period).code, r.dims, r.measures.get(measure))
                for r in rows
                if r.area is not None
            ]
        except JobindsatsError as exc:
            raise SourceProblem(str(exc), table=request.table, code=exc.code) from None
        except (JobindsatsFormatError, PeriodError) as exc:
            raise SourceProblem(str(exc), table=request.table, code=SOURCE_BAD_ANSWER) from None
        return [
            Answer(
                raw,
                request.table,
                {"endpoint": raw.endpoint, "body": raw.request},
                cells=cells,
                skipped_rows=sum(r.area is None for r in rows),
                table_updated=self.table_updated(request.table),
                origin=str(self.client.http.base_url),
            )
        ]

    def table_updated(self, table: str) -> datetime | None:
        return (self.updated or {}).get(table.upper().replace("_", ""))


def _periods(every: list[str], period_type: str | None) -> list[str]:
    """The periods of the binding's type, else of the first type the table has (months, quarters, QMAT)."""
    for kind in (period_type,) if period_type else PREFERRED:
        found = periods_of_type(every, kind)
        if found:
            return found
    raise JobindsatsError(
        f"tabellen har ingen perioder af typen / the table has no periods of type {period_type or PREFERRED}",
        SOURCE_BAD_ANSWER,
    )
