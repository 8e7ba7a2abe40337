"""``/metrics`` in Prometheus' text format: request metrics (django-prometheus, aggregated over gunicorn's
workers in multiprocess mode) and Pejling's own, read from the database at scrape time.

Not public: readable with ``Authorization: Bearer <PEJLING_METRICS_TOKEN>``, or directly (not through the
front, i.e. without ``X-Forwarded-For``) from an address in PEJLING_METRICS_ALLOW.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
from collections.abc import Iterator

import prometheus_client
from django.conf import settings
from django.db.models import Count, Max
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from prometheus_client import multiprocess
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from pejling.plans.queries import latest_versions
from pejling.progress.models import Assessment
from pejling.stats.models import Observation, SyncRun

RESULT_VALUES = ("fetched", "skipped", "failed")


class PejlingCollector(Collector):
    """Age of each table's data, the last sync result per binding, assessments per status."""

    def collect(self) -> Iterator[Metric]:
        now = timezone.now()
        age = GaugeMetricFamily(
            "pejling_table_data_age_seconds", "Seconds since a table's data last changed", labels=["source", "table"]
        )
        for row in Observation.objects.values("source", "table").annotate(t=Max("updated_at")).order_by("table"):
            age.add_metric([row["source"], row["table"]], (now - row["t"]).total_seconds())
        yield age
        result = GaugeMetricFamily(
            "pejling_sync_binding_result",
            "1 for the result of each binding in the last completed sync",
            labels=["binding", "result"],
        )
        last = SyncRun.objects.filter(kind="sync").exclude(status=SyncRun.Status.RUNNING).first()
        for binding, status in sorted(((last.counts.get("results") if last else None) or {}).items()):
            for value in RESULT_VALUES:
                result.add_metric([binding, value], 1.0 if status == value else 0.0)
        yield result
        finished = GaugeMetricFamily("pejling_sync_last_finished_timestamp_seconds", "When the last sync ended")
        if last is not None and last.finished_at is not None:
            finished.add_metric([], last.finished_at.timestamp())
        yield finished
        statuses = GaugeMetricFamily(
            "pejling_assessments", "Assessments at the latest as-of date, per status", labels=["plan", "status"]
        )
        for version in latest_versions():
            rows = Assessment.objects.filter(plan_version=version)
            as_of = rows.aggregate(d=Max("as_of"))["d"]
            for row in rows.filter(as_of=as_of).values("status").annotate(n=Count("id")).order_by("status"):
                statuses.add_metric([version.plan.slug, row["status"]], float(row["n"]))
        yield statuses


def may_read(request: HttpRequest) -> bool:
    token = settings.PEJLING_METRICS_TOKEN
    given = request.headers.get("Authorization", "")
    if token and hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
        return True
    if "X-Forwarded-For" in request.headers:  # came through the front: only the token opens
        return False
    try:
        address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    return any(address in ipaddress.ip_network(allowed, strict=False) for allowed in settings.PEJLING_METRICS_ALLOW)


@never_cache
def metrics(request: HttpRequest) -> HttpResponse:
    if not may_read(request):
        return HttpResponse("forbidden\n", status=403, content_type="text/plain; charset=utf-8")
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = prometheus_client.CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    else:
        registry = prometheus_client.REGISTRY
    own = prometheus_client.CollectorRegistry()
    own.register(PejlingCollector())
    body = prometheus_client.generate_latest(registry) + prometheus_client.generate_latest(own)
    return HttpResponse(body, content_type=prometheus_client.CONTENT_TYPE_LATEST)
