"""HTTP client for the StatBank API: POST JSON through the shared polite HTTP layer (``pejling.lib.http``).

Retried: timeouts and connection errors, HTTP 429 (honouring ``Retry-After``) and 5xx, and bodies that
cannot be parsed completely (truncated). Not retried: API errors such as an unknown code; they raise
the typed exceptions of ``errors.py`` at once.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from pejling.lib.http import GaveUp, PoliteHttp, Retry, RetryPolicy, retry_after
from pejling.lib.statbank.errors import StatBankError, TransientError, error_from_response
from pejling.lib.statbank.formats import FormatError, ParsedTable
from pejling.lib.statbank.tableinfo import TableInfo, parse_tableinfo, parse_timestamp

DEFAULT_BASE_URL = "https://api.statbank.dk/v1"
SAMPLE_DATA_HEADER = "X-Pejling-Sample-Data"


@dataclass(frozen=True)
class RawResponse:
    """A successful answer, kept verbatim for the snapshot."""

    endpoint: str
    request: dict[str, Any]
    content: bytes
    content_type: str
    retrieved_at: datetime
    attempts: int
    sample_data: bool = False  # the fake StatBank marks its answers "Eksempeldata — ikke officielle tal"


class StatBankClient:
    """The StatBank v1 API; counts the requests it sends (``request_count``)."""

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        timeout: float = 30.0,
        requests_per_second: float = 2.0,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        rng: random.Random | None = None,
    ) -> None:
        self.http = PoliteHttp(
            base_url,
            timeout=timeout,
            requests_per_second=requests_per_second,
            retry=retry,
            transport=transport,
            sleep=sleep,
            clock=clock,
            rng=rng,
        )
        self.now = now

    @property
    def request_count(self) -> int:
        return self.http.request_count

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> StatBankClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def tables(self) -> tuple[dict[str, datetime | None], RawResponse]:
        """Every table's ``updated`` time in one request (``/v1/tables``)."""
        raw = self._post("tables", {"lang": "da", "format": "JSON", "includeinactive": True}, table="")
        try:
            items = json.loads(raw.content.decode("utf-8-sig"))
            updated = {str(item["id"]).upper(): parse_timestamp(item.get("updated")) for item in items}
        except (ValueError, KeyError, TypeError) as exc:
            raise StatBankError(f"/tables-svaret kan ikke læses / unreadable /tables answer: {exc}") from None
        return updated, raw

    @staticmethod
    def inactive_tables(raw: RawResponse) -> dict[str, str]:
        """The tables of a /tables answer that are no longer updated (``active: false``), with their latest
        period; an answer that cannot be read gives none (``tables()`` has already refused it)."""
        try:
            items = json.loads(raw.content.decode("utf-8-sig"))
            return {
                str(item["id"]).upper(): str(item.get("latestPeriod", ""))
                for item in items
                if item.get("active", True) is False
            }
        except (ValueError, KeyError, TypeError, AttributeError):
            return {}

    def tableinfo(self, table: str, *, lang: str = "da") -> tuple[TableInfo, RawResponse]:
        """A table's metadata (``/v1/tableinfo``), labels in Danish or English."""
        raw = self._post("tableinfo", {"table": table, "lang": lang, "format": "JSON"}, table=table)
        try:
            return parse_tableinfo(raw.content), raw
        except (ValueError, KeyError, TypeError) as exc:
            raise StatBankError(f"tableinfo kan ikke læses / unreadable tableinfo: {exc}", table=table) from None

    def data(self, body: dict[str, Any], parse: Callable[[bytes], ParsedTable]) -> tuple[ParsedTable, RawResponse]:
        """A data answer, parsed; a body that does not parse completely is retried like a 5xx."""
        parsed, raw = self._send("data", body, table=str(body.get("table", "")), parse=parse)
        assert parsed is not None
        return parsed, raw

    def _post(self, endpoint: str, body: dict[str, Any], *, table: str) -> RawResponse:
        return self._send(endpoint, body, table=table, parse=None)[1]

    def _send(
        self,
        endpoint: str,
        body: dict[str, Any],
        *,
        table: str,
        parse: Callable[[bytes], ParsedTable] | None,
    ) -> tuple[ParsedTable | None, RawResponse]:
        def handle(response: httpx.Response, attempt: int) -> tuple[ParsedTable | None, RawResponse]:
            if response.status_code != 200:
                error = error_from_response(response.status_code, response.content, table=table)
                if not error.retryable:
                    raise error
                raise Retry(error.detail, retry_after(response))
            raw = RawResponse(
                endpoint,
                body,
                response.content,
                response.headers.get("content-type", ""),
                self.now(),
                attempt,
                sample_data=response.headers.get(SAMPLE_DATA_HEADER) == "1",
            )
            if parse is None:
                return None, raw
            try:
                return parse(response.content), raw
            except (FormatError, KeyError, ValueError) as exc:
                raise Retry(f"svaret kan ikke læses / unreadable answer: {exc}") from None

        try:
            return self.http.send("POST", endpoint, handle, json=body)
        except GaveUp as exc:
            raise TransientError(str(exc), table=table) from None
