"""A fake StatBank on loopback, a client that does not wait, and the Randers plan loaded."""

from datetime import UTC, datetime, timedelta

import pytest

from pejling.lib.fakestat.server import FakeConfig, FakeStatBankServer
from pejling.lib.http import RetryPolicy
from pejling.lib.planfile.validate import check_plan_file
from pejling.lib.statbank.client import StatBankClient
from pejling.plans.loader import plan_load
from pejling.plans.queries import current_bindings
from pejling.stats.runner import sync_all
from tests.conftest import RANDERS_PLAN


class Clock:
    """A clock that moves one minute per reading."""

    def __init__(self) -> None:
        self.current = datetime(2026, 11, 28, 6, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.current += timedelta(minutes=1)
        return self.current


@pytest.fixture
def fake():
    server = FakeStatBankServer(config=FakeConfig())
    server.start_in_thread()
    yield server
    server.stop()


@pytest.fixture
def statbank_client(fake):
    return StatBankClient(
        fake.url,
        timeout=10.0,
        requests_per_second=1e6,
        sleep=lambda s: None,
        retry=RetryPolicy(max_attempts=3, base_seconds=0.0),
        now=Clock(),  # retrieval times are fixed dates, not today's
    )


@pytest.fixture
def randers(db):
    plan = check_plan_file(RANDERS_PLAN).plan
    assert plan is not None
    plan_load(plan, source_text="", source_path="", now=datetime(2026, 11, 1, tzinfo=UTC), commit=True)


def run_sync(client, only=None, force=False, clock=None):
    bindings = [(key, b) for key, b in current_bindings() if only is None or b.id in only]
    return sync_all(
        bindings,
        statbank=client,
        jobindsats=None,
        now=clock or Clock(),
        force=force,
        source_url=str(client.http.base_url),
    )
