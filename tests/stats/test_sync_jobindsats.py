"""Jobindsats bindings: one data request for all areas, skipped when the table is unchanged."""

import json

import httpx
import pytest

from pejling.lib.jobindsats.client import JobindsatsClient
from pejling.plans.queries import current_bindings
from pejling.stats.models import Observation, Snapshot
from pejling.stats.runner import sync_all
from tests.conftest import FIXTURES
from tests.stats.conftest import Clock

pytestmark = pytest.mark.django_db


def _client(update):
    seen = []

    def handler(request):
        seen.append(request.url.path)
        if request.url.path == "/v3/tables":
            return httpx.Response(
                200,
                json=[
                    {
                        "subject_name": "Ydelser",
                        "table_groups": [
                            {
                                "tables": [
                                    {"table_id": "OTIJ01", "table_name": "Ordinære timer", "update_latest": update[0]}
                                ]
                            }
                        ],
                    }
                ],
            )
        name = "OTIJ01__v3_table.json" if "/table/" in request.url.path else "OTIJ01__v3_data.json"
        return httpx.Response(200, content=(FIXTURES / "jobindsats" / name).read_bytes())

    return JobindsatsClient("key", transport=httpx.MockTransport(handler)), seen


def _sync(statbank_client, jobindsats):
    wanted = [(k, b) for k, b in current_bindings() if b.id == "otij01-unge-ordinaere-timer"]
    return sync_all(wanted, statbank=statbank_client, jobindsats=jobindsats, now=Clock())


def test_fetched_once_then_skipped_until_the_table_is_updated(randers, statbank_client):
    update = ["2026-11-01T08:00:00"]
    jobindsats, seen = _client(update)
    _, [result] = _sync(statbank_client, jobindsats)
    assert result.status == "fetched"
    assert sorted(Observation.objects.filter(table="OTIJ01").values_list("area", "period", "value")) == [
        ("000", "2025M01", 12.7),
        ("730", "2025M01", 11.9),
        ("730", "2025M02", 12.5),
    ]
    assert result.counts["skipped_rows"] == 1  # "Uoplyst" is not an area
    assert seen == ["/v3/tables", "/v3/table/OTIJ01", "/v3/data/OTIJ01"]
    _, [again] = _sync(statbank_client, jobindsats)
    assert again.status == "skipped"
    assert seen[3:] == ["/v3/tables"]
    update[0] = "2026-12-01T08:00:00"
    _, [third] = _sync(statbank_client, jobindsats)
    assert third.status == "fetched"
    assert Snapshot.objects.filter(table="OTIJ01", kind="data").count() == 2
    assert json.loads(bytes(Snapshot.objects.filter(kind="data").first().content))["columns"][0] == "Område"
