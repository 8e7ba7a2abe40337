"""A source that exists only in the tests, to prove that a new source is one module and one registry entry:
it reads ``area;period;value`` lines over HTTP through the shared polite layer."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from pejling.lib.bindings import SeriesRequest
from pejling.lib.connectors import Answer, Cell, ConnectContext, SourceProblem
from pejling.lib.http import GaveUp, PoliteHttp, retry_on_busy
from pejling.lib.problems import SOURCE_UNAVAILABLE
from pejling.lib.sources import SourceInfo
from pejling.lib.statbank.client import RawResponse

INFO = SourceInfo(
    key="testkilde",
    producer="Pejlings testkilde (eksempeldata)",
    licence="Ingen / none",
    citation="Kilde: Pejlings testkilde",
    table_url="",
    needs_area_variable=False,
    connector="tests.stats.source_for_tests:connect",
)


def connect(context: ConnectContext) -> TestSourceConnector | str:
    url = context.clients.get("testkilde")
    return (
        "ingen adresse / no address" if url is None else TestSourceConnector(PoliteHttp(url, requests_per_second=1e6))
    )


class TestSourceConnector:
    key = "testkilde"

    def __init__(self, http: PoliteHttp) -> None:
        self.http = http
        self.kept: list[Answer] = []

    @property
    def request_count(self) -> int:
        return self.http.request_count

    def prepare(self) -> list[SourceProblem]:
        return []

    def changed(self, request: SeriesRequest, fetched_before: bool, last_table_updated: datetime | None) -> bool:
        return True

    def inactive(self, table: str) -> str | None:
        return None  # this source never retires a table

    def fetch(self, request: SeriesRequest) -> list[Answer]:
        def handle(response: httpx.Response, attempt: int) -> RawResponse:
            retry_on_busy(response, f"HTTP {response.status_code}")
            if response.status_code != 200:
                raise SourceProblem(f"tabel {request.table}: HTTP {response.status_code}", table=request.table)
            return RawResponse(f"data/{request.table}", {}, response.content, "text/plain", datetime.now(UTC), attempt)

        try:
            raw = self.http.send("GET", f"data/{request.table}", handle)
        except GaveUp as exc:
            raise SourceProblem(str(exc), table=request.table, code=SOURCE_UNAVAILABLE) from None
        cells = []
        for line in raw.content.decode().splitlines():
            area, period, value = line.split(";")
            cells.append(Cell(area, period, {}, float(value)))
        return [Answer(raw, request.table, {"endpoint": raw.endpoint}, cells=cells, origin=str(self.http.base_url))]
