"""A binding over the cell limit is fetched in period slices, and the result equals one unsplit fetch."""

import pytest

from pejling.lib.fakestat.server import FakeConfig
from pejling.plans.queries import current_bindings
from pejling.stats.models import Observation, Snapshot
from pejling.stats.runner import sync_all
from tests.stats.conftest import Clock

pytestmark = pytest.mark.django_db


def _sync(statbank_client, limit):
    bindings = [(k, b) for k, b in current_bindings() if b.id == "neet-andel-16-24"]
    return sync_all(bindings, statbank=statbank_client, jobindsats=None, now=Clock(), force=True, cell_limit=limit)


def test_splitting_by_period_stays_under_the_servers_limit(randers, statbank_client, fake):
    fake.config = FakeConfig(cell_limit=5_000)
    _, [result] = _sync(statbank_client, 5_000)
    assert result.status == "fetched", result.message
    data = [t for endpoint, t in fake.config.request_log if endpoint == "data"]
    # 115 areas × 2 STATUSNEET codes × 7 columns = 1,610 cells a year: 3 years a slice, 17 years → 6 slices
    assert len(data) == 6
    assert Snapshot.objects.filter(kind="data").count() == 6
    split = sorted(Observation.objects.values_list("area", "period", "dims_key", "value"))
    assert len(split) == 104 * 2 * 17  # the 11 landsdele are not stored
    fake.config = FakeConfig()
    _, [again] = _sync(statbank_client, 1_000_000)
    assert again.counts == {"created": 0, "revised": 0, "unchanged": 104 * 2 * 17, "skipped_rows": 11 * 2 * 17}
    assert sorted(Observation.objects.values_list("area", "period", "dims_key", "value")) == split


def test_without_splitting_the_server_refuses(randers, statbank_client, fake):
    fake.config = FakeConfig(cell_limit=5_000)
    _, [result] = _sync(statbank_client, 1_000_000)
    assert result.status == "failed"
    assert result.message.startswith(
        "tabel NEET3: REQUEST-LIMIT: Forespørgslen på op mod 27.370 celler er over begrænsningen på 5.000 celler"
    )


def test_each_cell_points_at_the_answer_it_came_from(randers, statbank_client, fake):
    fake.config = FakeConfig(cell_limit=5_000)
    _sync(statbank_client, 5_000)
    for snapshot in Snapshot.objects.filter(kind="data"):
        periods = set(snapshot.request["body"]["variables"][-1]["values"])
        stored = set(Observation.objects.filter(snapshot=snapshot).values_list("period", flat=True))
        assert stored == periods
