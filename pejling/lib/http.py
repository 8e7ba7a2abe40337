"""The one HTTP layer every online source uses: a polite rate limit, retries with exponential back-off and
jitter, ``Retry-After`` honoured, and the same words for what went wrong.

A source's client gives a ``handle`` function that turns a response into its result, raises ``Retry`` for an
answer worth asking again (429, 5xx, a body cut short) and any other exception for an answer that will not get
better (an unknown code). Timeouts and connection errors are retried here. After the last attempt ``GaveUp``
says how many attempts were made and what the last one met. The clock, the sleep and the random source are
injectable so that tests run without waiting.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

USER_AGENT = "Pejling (https://github.com/pejling)"
T = TypeVar("T")


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


class Retry(Exception):
    """An answer worth asking again; ``retry_after`` (seconds) when the server said so."""

    def __init__(self, detail: str, retry_after: float | None = None) -> None:
        super().__init__(detail)
        self.detail, self.retry_after = detail, retry_after


class GaveUp(Exception):
    """Every attempt failed; ``detail`` is what the last one met."""

    def __init__(self, attempts: int, detail: str) -> None:
        super().__init__(f"opgivet efter {attempts} forsøg / gave up after {attempts} attempts: {detail}")
        self.attempts, self.detail = attempts, detail


def retry_after(response: httpx.Response) -> float | None:
    """The ``Retry-After`` header in seconds, when it is a number."""
    value = response.headers.get("retry-after", "")
    return float(value) if value.isdigit() else None


def retry_on_busy(response: httpx.Response, describe: str) -> None:
    """Raise ``Retry`` for 429 and 5xx answers (the server is busy or failing), with ``describe`` as detail."""
    if response.status_code == 429 or response.status_code >= 500:
        raise Retry(describe, retry_after(response))


class PoliteHttp:
    """An httpx client behind a rate limit and a retry policy; counts the requests it sends."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 30.0,
        requests_per_second: float = 2.0,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self.client = httpx.Client(
            base_url=base_url.rstrip("/") + "/",
            timeout=timeout,
            transport=transport,
            headers={"User-Agent": USER_AGENT, **(headers or {})},
        )
        self.retry = retry or RetryPolicy()
        self.limiter = RateLimiter(requests_per_second, clock, sleep)
        self.sleep = sleep
        self.rng = rng or random.Random(0)
        self.request_count = 0

    @property
    def base_url(self) -> httpx.URL:
        return self.client.base_url

    def close(self) -> None:
        self.client.close()

    def send(
        self,
        method: str,
        path: str,
        handle: Callable[[httpx.Response, int], T],
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
    ) -> T:
        """Send until ``handle`` returns (given the response and the attempt number) or attempts run out."""
        detail = ""
        attempt = 0
        for attempt in range(1, self.retry.max_attempts + 1):
            self.limiter.wait()
            self.request_count += 1
            try:
                response = self.client.request(method, path, json=json, params=params)
                response.read()
            except httpx.TimeoutException:
                detail = "tidsgrænse overskredet / timed out"
            except httpx.TransportError as exc:
                detail = f"forbindelsesfejl / connection error: {type(exc).__name__}"
            else:
                try:
                    return handle(response, attempt)
                except Retry as again:
                    detail = again.detail
                    if again.retry_after is not None and attempt < self.retry.max_attempts:
                        self.sleep(again.retry_after)
                        continue
            if attempt < self.retry.max_attempts:
                self.sleep(self.retry.delay(attempt, self.rng))
        raise GaveUp(attempt, detail)
