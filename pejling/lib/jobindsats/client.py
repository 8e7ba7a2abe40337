"""Jobindsats API v2 client, as Randers Kommune's own code calls it (dst-tables.md §7, CONFIRMED):

- ``POST /v2/tables/json`` with ``{}``: every table with ``TableID``, ``LatestUpdate`` and ``NextUpdate``;
- ``GET /v2/tables/{id}/json/``: ``[{"Period": [...]}]``, the table's periods of every type;
- ``POST /v2/data/{id}/json`` with ``{"area": "*", "period": [...], "_<dimension>": [labels]}``:
  ``[{"Variables": [{"Label": ...}], "Data": [[...], ...]}]``.

Tables are addressed in lower case, PTVA02 as ``ptv_a02``; the key goes in the ``Authorization`` header;
without a key nothing is fetched. Requests go through the shared polite HTTP layer (``pejling.lib.http``).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from pejling.lib import problems as codes
from pejling.lib.http import GaveUp, PoliteHttp, RetryPolicy, retry_on_busy
from pejling.lib.statbank.client import SAMPLE_DATA_HEADER, RawResponse

DEFAULT_BASE_URL = "https://api.jobindsats.dk"
ADDRESSES = {"PTVA02": "ptv_a02"}  # tables whose address is not their id in lower case
PERIOD_TYPES = {
    "M": re.compile(r"^\d{4}M\d{2}$"),
    "Q": re.compile(r"^\d{4}Q\d$"),
    "QMAT": re.compile(r"^\d{4}QMAT0[1-4]$"),
    "Y": re.compile(r"^\d{4}Y\d{2}$"),
}


class JobindsatsError(Exception):
    """An error answer from Jobindsats, naming the table, with its stable problem code."""

    def __init__(self, message: str, code: str = codes.SOURCE_REFUSED) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class TableTimes:
    """When a table was last updated and when its next update is announced."""

    latest: datetime | None
    next: datetime | None


def address(table: str) -> str:
    """The table as the API addresses it."""
    return ADDRESSES.get(table.upper(), table.lower())


def periods_of_type(periods: list[str], period_type: str) -> list[str]:
    """The periods of one type (``M``, ``Q``, ``QMAT``, ``Y``), oldest first."""
    pattern = PERIOD_TYPES.get(period_type)
    if pattern is None:
        raise JobindsatsError(f"ukendt periodetype / unknown period type {period_type!r}", codes.SOURCE_REFUSED)
    return sorted(p for p in periods if pattern.match(p))


class JobindsatsClient:
    """A small v2 client; counts its requests."""

    def __init__(
        self,
        key: str,
        base_url: str = DEFAULT_BASE_URL,
        *,
        timeout: float = 30.0,
        requests_per_second: float = 2.0,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        if not key:
            raise JobindsatsError("PEJLING_JOBINDSATS_KEY er ikke sat / is not set", codes.SOURCE_NOT_CONFIGURED)
        self.http = PoliteHttp(
            base_url,
            timeout=timeout,
            requests_per_second=requests_per_second,
            retry=retry,
            headers={"Authorization": key, "Content-Type": "application/json"},
            sleep=sleep,
        )
        self.now = now

    @property
    def request_count(self) -> int:
        return self.http.request_count

    def close(self) -> None:
        self.http.close()

    def _send(self, method: str, path: str, body: Any, table: str) -> RawResponse:
        def handle(response: httpx.Response, attempt: int) -> RawResponse:
            retry_on_busy(response, f"HTTP {response.status_code}")
            if response.status_code != 200:
                raise JobindsatsError(f"tabel {table}: HTTP {response.status_code}: {response.text[:200]}")
            return RawResponse(
                path,
                body if isinstance(body, dict) else {},
                response.content,
                response.headers.get("content-type", ""),
                self.now(),
                attempt,
                sample_data=response.headers.get(SAMPLE_DATA_HEADER) == "1",
            )

        options = {"json": body} if body is not None else {}
        try:
            return self.http.send(method, path, handle, **options)
        except GaveUp as exc:
            raise JobindsatsError(f"tabel {table}: {exc}", codes.SOURCE_UNAVAILABLE) from None

    def tables(self) -> tuple[dict[str, TableTimes], RawResponse]:
        """Every table's latest and next update, in one request."""
        raw = self._send("POST", "v2/tables/json", {}, "*")
        try:
            items = json.loads(raw.content)
            return {
                str(item["TableID"]).upper().replace("_", ""): TableTimes(
                    _timestamp(item.get("LatestUpdate")), _timestamp(item.get("NextUpdate"))
                )
                for item in items
            }, raw
        except (ValueError, KeyError, TypeError, AttributeError):
            raise JobindsatsError(
                "tabeloversigten kan ikke læses / unreadable table list", codes.SOURCE_BAD_ANSWER
            ) from None

    def periods(self, table: str) -> tuple[list[str], RawResponse]:
        """The table's periods of every type."""
        raw = self._send("GET", f"v2/tables/{address(table)}/json/", None, table)
        try:
            found = json.loads(raw.content)[0]["Period"]
        except (ValueError, KeyError, TypeError, IndexError):
            raise JobindsatsError(
                f"tabel {table}: perioderne kan ikke læses / unreadable periods", codes.SOURCE_BAD_ANSWER
            ) from None
        return [str(p) for p in found], raw

    def data(self, table: str, periods: list[str], filters: dict[str, list[str]]) -> RawResponse:
        """All areas for the given periods in one request; ``filters`` maps a dimension id to labels."""
        body = {"area": "*", "period": periods, **filters}
        return self._send("POST", f"v2/data/{address(table)}/json", body, table)


def _timestamp(text: str | None) -> datetime | None:
    if not text:
        return None
    parsed = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
