"""``/healthz`` (the process answers) and ``/readyz`` (database, migrations, data age); never cached."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models import Max
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from pejling.lib.ops.readiness import Check, data_age_check, ready
from pejling.stats.models import SyncRun


@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


@never_cache
def readyz(request: HttpRequest) -> HttpResponse:
    checks = _checks()
    body = {"ready": ready(checks), "checks": [{"name": c.name, "ok": c.ok, "detail": c.detail} for c in checks]}
    return JsonResponse(body, status=200 if body["ready"] else 503)


def _checks() -> list[Check]:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as exc:
        return [Check("database", False, f"{type(exc).__name__}: {exc}")]
    checks = [
        Check("database", True, connection.vendor),
        Check("migrations", not pending, f"{len(pending)} mangler / pending" if pending else "alle / all applied"),
    ]
    if not pending:
        newest = SyncRun.objects.filter(kind="sync", status__in=[SyncRun.Status.OK, SyncRun.Status.PARTIAL]).aggregate(
            t=Max("finished_at")
        )["t"]
        max_age = timedelta(hours=settings.PEJLING_READY_MAX_DATA_AGE_HOURS)
        checks.append(data_age_check(newest, now=timezone.now(), max_age=max_age))
    return checks
