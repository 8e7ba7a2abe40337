"""When the source revises a value, the old one is kept with its timestamps."""

import pytest

from pejling.stats.models import Observation, ObservationRevision
from tests.stats.conftest import Clock, run_sync

pytestmark = pytest.mark.django_db


def test_a_revised_value_keeps_its_history(randers, statbank_client, fake):
    clock = Clock()
    run_sync(statbank_client, only={"bu43-udsatte-0-22"}, clock=clock)
    first = Observation.objects.get(table="BU43", area="730", period="2024")
    first_value, first_seen = first.value, first.updated_at
    fake.config.revision = 10  # +10 % on the latest period
    fake.config.updated["BU43"] = "2026-06-01T08:00:00"
    _, [result] = run_sync(statbank_client, only={"bu43-udsatte-0-22"}, clock=clock)
    assert result.counts["revised"] == 99  # every area's 2024 value: the country and 98 municipalities
    assert result.counts["unchanged"] == 99 * 9
    revised = Observation.objects.get(table="BU43", area="730", period="2024")
    assert revised.value == round(first_value * 1.1, 1)
    [history] = ObservationRevision.objects.filter(observation=revised)
    assert (history.value, history.valid_from) == (first_value, first_seen)
    assert history.replaced_at == revised.updated_at > first_seen
    assert history.snapshot_id != revised.snapshot_id
