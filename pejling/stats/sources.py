"""Choosing where StatBank and Jobindsats data come from: the configured APIs, or the fake servers (with
``--fake``, or for StatBank when it does not answer; Jobindsats then uses its fake too)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass

from django.conf import settings

from pejling.lib.fakejob.server import FakeJobindsatsServer
from pejling.lib.fakestat.server import FakeStatBankServer
from pejling.lib.http import RetryPolicy
from pejling.lib.jobindsats.client import JobindsatsClient
from pejling.lib.sources import SOURCES
from pejling.lib.statbank.client import StatBankClient
from pejling.lib.statbank.errors import StatBankError

SAMPLE_NOTE = SOURCES["statbank"].sample_citation


@dataclass(frozen=True)
class StatBankSource:
    """A client and a sentence saying where it points."""

    client: StatBankClient
    url: str
    note: str
    fake: bool = False


def make_client(url: str, **overrides: object) -> StatBankClient:
    options: dict[str, object] = {
        "timeout": settings.PEJLING_HTTP_TIMEOUT,
        "requests_per_second": settings.PEJLING_REQUESTS_PER_SECOND,
        "retry": RetryPolicy(max_attempts=settings.PEJLING_HTTP_ATTEMPTS, base_seconds=settings.PEJLING_HTTP_BACKOFF),
    } | overrides
    return StatBankClient(url, **options)  # type: ignore[arg-type]


def answers(url: str) -> bool:
    """True when the StatBank at ``url`` answers a /tables request within a few seconds."""
    probe = StatBankClient(url, timeout=5.0, retry=RetryPolicy(max_attempts=1))
    try:
        probe.tables()
        return True
    except StatBankError:
        return False
    finally:
        probe.close()


@contextmanager
def statbank_source(*, fake: bool, offline_fallback: bool, say: Callable[[str], None]) -> Iterator[StatBankSource]:
    """The configured StatBank, or an in-process fake server (with ``fake``, or when offline)."""
    url = settings.PEJLING_STATBANK_URL
    if not fake and offline_fallback and not answers(url):
        say(
            f"Statistikbanken ({url}) svarer ikke — bruger den indbyggede testserver. "
            f"{SAMPLE_NOTE}. / StatBank does not answer; using the built-in fake server: sample data, not figures "
            "from Statistics Denmark."
        )
        fake = True
    if not fake:
        client = make_client(url)
        try:
            yield StatBankSource(client, url, f"Statistikbanken: {url}")
        finally:
            client.close()
        return
    server = FakeStatBankServer()
    server.start_in_thread()
    client = make_client(server.url, requests_per_second=1000.0)
    try:
        yield StatBankSource(client, server.url, SAMPLE_NOTE, fake=True)
    finally:
        client.close()
        with suppress(OSError):
            server.stop()


@contextmanager
def jobindsats_source(*, fake: bool) -> Iterator[JobindsatsClient | None]:
    """The configured Jobindsats (when a key is set), the built-in fake with ``fake``, else None: Jobindsats
    bindings are then skipped with a note."""
    if not fake:
        key = settings.PEJLING_JOBINDSATS_KEY
        client = JobindsatsClient(key, settings.PEJLING_JOBINDSATS_URL) if key else None
        try:
            yield client
        finally:
            if client is not None:
                client.close()
        return
    server = FakeJobindsatsServer()
    server.start_in_thread()
    fake_client = JobindsatsClient("testserver", server.url, requests_per_second=1000.0)
    try:
        yield fake_client
    finally:
        fake_client.close()
        with suppress(OSError):
            server.stop()
