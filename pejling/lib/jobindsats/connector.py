"""Jobindsats as a connector (``pejling.lib.connectors``): one request for every table's update time, then
the table's metadata and all areas and periods of a series in one data request."""

from __future__ import annotations

from pejling.lib.bindings import SeriesRequest
from pejling.lib.connectors import Answer, Cell, ConnectContext, SourceProblem, TableTimeConnector
from pejling.lib.jobindsats.client import JobindsatsClient, JobindsatsError, latest_periods
from pejling.lib.jobindsats.parser import JobindsatsFormatError, parse_v3
from pejling.lib.periods import PeriodError, parse_period
from pejling.lib.problems import SOURCE_BAD_ANSWER

NO_KEY = "PEJLING_JOBINDSATS_KEY er ikke sat / is not set — sprunget over / skipped"


def connect(context: ConnectContext) -> JobindsatsConnector | str:
    client = context.clients.get("jobindsats")
    return NO_KEY if client is None else JobindsatsConnector(client)


class JobindsatsConnector(TableTimeConnector):
    """The Jobindsats part of one sync run."""

    key = "jobindsats"
    client: JobindsatsClient

    def prepare(self) -> list[SourceProblem]:
        try:
            self.updated = self.client.tables()
            return []
        except JobindsatsError as exc:
            return [SourceProblem(f"/tables: {exc} (fortsætter / continuing)", table="*", code=exc.code)]

    def fetch(self, request: SeriesRequest) -> list[Answer]:
        try:
            meta, raw_meta = self.client.table(request.table)
            kind, periods = latest_periods(meta)
            filters = {name: ",".join(codes) for name, codes in request.select.items()}
            raw = self.client.data(request.table, kind, periods, filters)
            rows = parse_v3(raw.content, dimension_columns=list(request.select))
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
        origin = str(self.client.http.base_url)
        self.kept.append(
            Answer(
                raw_meta, request.table, {"endpoint": raw_meta.endpoint, "params": raw_meta.request}, kind="tableinfo"
            )
        )
        return [
            Answer(
                raw,
                request.table,
                {"endpoint": raw.endpoint, "params": raw.request},
                cells=cells,
                skipped_rows=sum(r.area is None for r in rows),
                table_updated=self.table_updated(request.table),
                origin=origin,
            )
        ]
