"""A streamed (BULK) answer leaves out zero cells, as the real API does; sync puts the zeros back, so a
municipality with no cases is stored as 0, exactly as the same data fetched as CSV."""

import pytest

from pejling.lib.fakestat.server import FakeConfig
from pejling.plans.queries import current_bindings
from pejling.stats.models import Observation, Snapshot
from pejling.stats.runner import sync_all
from tests.stats.conftest import Clock

pytestmark = pytest.mark.django_db
LAESOE = "825"


def _sync(statbank_client, limit):
    bindings = [(k, b) for k, b in current_bindings() if b.id == "neet-andel-16-24"]
    return sync_all(bindings, statbank=statbank_client, jobindsats=None, now=Clock(), force=True, cell_limit=limit)


def _stored():
    return sorted(Observation.objects.values_list("area", "period", "dims_key", "value"))


def test_zeros_left_out_of_a_bulk_answer_are_stored_as_zero(randers, statbank_client, fake):
    fake.config = FakeConfig(cell_limit=1_000, zero_areas={LAESOE})
    _, [result] = _sync(statbank_client, 1_000)
    assert result.status == "fetched", result.message
    formats = {s.request["body"]["format"] for s in Snapshot.objects.filter(kind="data")}
    assert formats == {"BULK"}  # 1,610 cells a year: over the limit even for one period
    laesoe = Observation.objects.filter(area=LAESOE)
    assert laesoe.count() == 2 * 17
    assert set(laesoe.values_list("value", flat=True)) == {0.0}
    assert Observation.objects.count() == 104 * 2 * 17


def test_bulk_with_zeros_equals_csv(randers, statbank_client, fake):
    fake.config = FakeConfig(zero_areas={LAESOE})
    _, [csv_result] = _sync(statbank_client, 1_000_000)
    assert csv_result.status == "fetched", csv_result.message
    from_csv = _stored()
    fake.config = FakeConfig(cell_limit=1_000, zero_areas={LAESOE})
    _, [bulk_result] = _sync(statbank_client, 1_000)
    assert bulk_result.counts == {"created": 0, "revised": 0, "unchanged": 104 * 2 * 17, "skipped_rows": 11 * 2 * 17}
    assert _stored() == from_csv
