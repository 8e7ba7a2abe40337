"""/healthz answers while the process runs; /readyz says whether database, migrations and data are ready."""

from datetime import timedelta

import pytest
from django.utils import timezone

from pejling.stats.models import SyncRun

pytestmark = pytest.mark.django_db


def test_healthz(client):
    response = client.get("/healthz")
    assert (response.status_code, response.content) == (200, b"ok\n")
    assert "no-store" in response["Cache-Control"]


def test_readyz_without_data_is_not_ready(client):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"][:2] == [
        {"name": "database", "ok": True, "detail": response.json()["checks"][0]["detail"]},
        {"name": "migrations", "ok": True, "detail": "alle / all applied"},
    ]
    assert response.json()["checks"][2] == {
        "name": "data",
        "ok": False,
        "detail": "ingen gennemført synkronisering / no completed sync",
    }


def test_readyz_with_fresh_and_with_stale_data(client, settings):
    settings.PEJLING_READY_MAX_DATA_AGE_HOURS = 24
    finished = timezone.now() - timedelta(hours=2)
    run = SyncRun.objects.create(started_at=finished, finished_at=finished, status=SyncRun.Status.OK)
    fresh = client.get("/readyz")
    assert fresh.status_code == 200 and fresh.json()["ready"] is True
    assert fresh.json()["checks"][2]["detail"] == "2.0 h gamle / old (højst / at most 24 h)"
    run.finished_at = timezone.now() - timedelta(hours=30)
    run.save()
    stale = client.get("/readyz")
    assert stale.status_code == 503
    assert stale.json()["checks"][2]["ok"] is False
