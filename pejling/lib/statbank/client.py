"""HTTP client for the StatBank API: POST JSON, polite rate limit, retries with back-off and jitter.

Retried: timeouts and connection errors, HTTP 429 (honouring ``Retry-After``) and 5xx, and bodies that
cannot be parsed completely (truncated). Not retried: API errors such as an unknown code; they raise
the typed exceptions of ``errors.py`` at once. The clock, the sleep and the random source are
injectable so that tests run without waiting.
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


@dataclass
class RetryPolicy:
    """Exponential back-off with jitter: base × 2^(attempt-1), capped, times a factor in [0.5, 1.5)."""

    max_attempts: int = 5
    base_seconds: float = 0.5
    max_seconds: float = 8.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        return float(min(self.max_seconds, self.base_seconds * 2 ** (attempt - 1)) * (0.5 + rng.random()))


class RateLimiter:
    """At most ``per_second`` request starts per second."""

    def __init__(self, per_second: float, clock: Callable[[], float], sleep: Callable[[float], None]) -> None:
        self.interval = 1.0 / per_second
        self.clock, self.sleep = clock, sleep
        self.next_start = 0.0

    def wait(self) -> None:
        now = self.clock()
        if now < self.next_start:
            self.sleep(self.next_start - now)
            now = self.next_start
        self.next_start = now + self.interval


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
        self.http = httpx.Client(
            base_url=base_url.rstrip("/") + "/",
            timeout=timeout,
            transport=transport,
            headers={"User-Agent": "Pejling (https://github.com/pejling)"},
        )
        self.retry = retry or RetryPolicy()
        self.limiter = RateLimiter(requests_per_second, clock, sleep)
        self.sleep, self.now = sleep, now
        self.rng = rng or random.Random(0)
        self.request_count = 0

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

    def tableinfo(self, table: str) -> tuple[TableInfo, RawResponse]:
        """A table's metadata (``/v1/tableinfo``)."""
        raw = self._post("tableinfo", {"table": table, "lang": "da", "format": "JSON"}, table=table)
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
        last: StatBankError | None = None
        for attempt in range(1, self.retry.max_attempts + 1):
            self.limiter.wait()
            self.request_count += 1
            try:
                response = self.http.post(endpoint, json=body)
                content = response.content
            except httpx.TimeoutException:
                last = TransientError("tidsgrænse overskredet / timed out", table=table)
            except httpx.TransportError as exc:
                last = TransientError(f"forbindelsesfejl / connection error: {type(exc).__name__}", table=table)
            else:
                if response.status_code == 200:
                    raw = RawResponse(
                        endpoint,
                        body,
                        content,
                        response.headers.get("content-type", ""),
                        self.now(),
                        attempt,
                        sample_data=response.headers.get(SAMPLE_DATA_HEADER) == "1",
                    )
                    if parse is None:
                        return None, raw
                    try:
                        return parse(content), raw
                    except (FormatError, KeyError, ValueError) as exc:
                        last = TransientError(f"svaret kan ikke læses / unreadable answer: {exc}", table=table)
                else:
                    error = error_from_response(response.status_code, content, table=table)
                    if not error.retryable:
                        raise error
                    last = error
                    retry_after = response.headers.get("retry-after", "")
                    if retry_after.isdigit() and attempt < self.retry.max_attempts:
                        self.sleep(float(retry_after))
                        continue
            if attempt < self.retry.max_attempts:
                self.sleep(self.retry.delay(attempt, self.rng))
        assert last is not None
        raise TransientError(
            f"opgivet efter {attempt} forsøg / gave up after {attempt} attempts: {last.detail}", table=table
        )
