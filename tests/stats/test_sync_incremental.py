"""A second sync with nothing new makes one request; a changed table is fetched again."""

import pytest

from pejling.stats.models import Observation, Snapshot
from tests.stats.conftest import Clock, run_sync

pytestmark = pytest.mark.django_db
FEW = {"bu43-udsatte-0-22", "neet-andel-16-24", "hisbk-middellevetid"}


def test_nothing_new_means_one_request_and_nothing_written(randers, statbank_client):
    run_sync(statbank_client, only=FEW)
    observations = Observation.objects.count()
    before = statbank_client.request_count
    run, results = run_sync(statbank_client, only=FEW)
    assert statbank_client.request_count - before == 1  # only /tables
    assert [r.status for r in results] == ["skipped"] * 3
    assert results[0].message == "uændret siden sidst / unchanged since last sync"
    assert Observation.objects.count() == observations
    assert run.counts["skipped"] == 3


def test_a_table_with_a_new_updated_time_is_fetched_again(randers, statbank_client, fake):
    run_sync(statbank_client, only=FEW)
    fake.config.updated["NEET3"] = "2026-03-01T08:00:00"
    _, results = run_sync(statbank_client, only=FEW)
    assert {r.series_key.split(":")[1]: r.status for r in results} == {
        "bu43-udsatte-0-22": "skipped",
        "neet-andel-16-24": "fetched",
        "hisbk-middellevetid": "skipped",
    }
    assert results[1].counts["unchanged"] == Observation.objects.filter(table="NEET3").count()


def test_force_fetches_everything(randers, statbank_client):
    run_sync(statbank_client, only=FEW)
    _, results = run_sync(statbank_client, only=FEW, force=True)
    assert [r.status for r in results] == ["fetched"] * 3
    assert Snapshot.objects.filter(kind="data").count() == 6


def test_a_changed_binding_is_fetched_even_if_the_table_is_not(randers, statbank_client):
    clock = Clock()
    run_sync(statbank_client, only={"bu43-udsatte-0-22"}, clock=clock)
    Snapshot.objects.filter(kind="data").update(request_signature="an older request")
    _, results = run_sync(statbank_client, only={"bu43-udsatte-0-22"}, clock=clock)
    assert [r.status for r in results] == ["fetched"]
