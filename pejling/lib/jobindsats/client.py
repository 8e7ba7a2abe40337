"""Jobindsats API v3 client: ``Authorization: Bearer <key>``; without a key nothing is fetched. Requests go
through the shared polite HTTP layer (``pejling.lib.http``): rate limit, retries of 429, 5xx and timeouts."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx

from pejling.lib import problems as codes
from pejling.lib.http import GaveUp, PoliteHttp, RetryPolicy, retry_on_busy
from pejling.lib.statbank.client import RawResponse

DEFAULT_BASE_URL = "https://api.jobindsats.dk/v3"


class JobindsatsError(Exception):
    """An error answer from Jobindsats, naming the table, with its stable problem code."""

    def __init__(self, message: str, code: str = codes.SOURCE_REFUSED) -> None:
        super().__init__(message)
        self.code = code


class JobindsatsClient:
    """A small v3 client; counts its requests."""

    def __init__(
        self,
        key: str,
        base_url: str = DEFAULT_BASE_URL,
        *,
        timeout: float = 30.0,
        requests_per_second: float = 2.0,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
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
            transport=transport,
            headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
            sleep=sleep,
        )
        self.now = now

    @property
    def request_count(self) -> int:
        return self.http.request_count

    def close(self) -> None:
        self.http.close()

    def _get(self, path: str, params: dict[str, Any], table: str) -> RawResponse:
        def handle(response: httpx.Response, attempt: int) -> RawResponse:
            retry_on_busy(response, f"HTTP {response.status_code}")
            if response.status_code != 200:
                raise JobindsatsError(f"tabel {table}: HTTP {response.status_code}: {response.text[:200]}")
            content_type = response.headers.get("content-type", "")
            return RawResponse(path, params, response.content, content_type, self.now(), attempt)

        try:
            return self.http.send("GET", path, handle, params=params)
        except GaveUp as exc:
            raise JobindsatsError(f"tabel {table}: {exc}", codes.SOURCE_UNAVAILABLE) from None

    def tables(self) -> dict[str, datetime | None]:
        """Every table's latest update (``/v3/tables``), for skipping unchanged tables."""
        raw = self._get("tables", {"format": "json"}, "*")
        try:
            subjects = httpx.Response(200, content=raw.content).json()
            return {
                str(t["table_id"]).upper(): _timestamp(t.get("update_latest"))
                for subject in subjects
                for group in subject.get("table_groups", [])
                for t in group.get("tables", [])
            }
        except (ValueError, KeyError, TypeError, AttributeError):
            raise JobindsatsError(
                "tabeloversigten kan ikke læses / unreadable table list", codes.SOURCE_BAD_ANSWER
            ) from None

    def table(self, table: str) -> tuple[dict[str, Any], RawResponse]:
        """A table's metadata, including its periods by period type."""
        raw = self._get(f"table/{table}", {"format": "json"}, table)
        try:
            meta = httpx.Response(200, content=raw.content).json()
        except ValueError:
            raise JobindsatsError(
                f"tabel {table}: metadata kan ikke læses / unreadable metadata", codes.SOURCE_BAD_ANSWER
            ) from None
        return (meta if isinstance(meta, dict) else {"items": meta}), raw

    def data(self, table: str, period_type: str, periods: list[str], filters: dict[str, str]) -> RawResponse:
        """All areas for the given periods (``area=*``) in one request."""
        params = {f"period.{period_type}": ",".join(periods), "format": "json", "area": "*", **filters}
        return self._get(f"data/{table}", params, table)


def latest_periods(meta: dict[str, Any], preferred: tuple[str, ...] = ("M", "Q", "QMAT", "Y")) -> tuple[str, list[str]]:
    """The period type to use and its period codes, from ``/v3/table`` metadata."""
    by_type = {p["periodtype_id"]: [v["period_id"] for v in p.get("values", [])] for p in meta.get("periods", [])}
    for kind in preferred:
        if by_type.get(kind):
            return kind, by_type[kind]
    raise JobindsatsError("tabellen har ingen perioder / the table lists no periods", codes.SOURCE_BAD_ANSWER)


def _timestamp(text: str | None) -> datetime | None:
    if not text:
        return None
    parsed = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
