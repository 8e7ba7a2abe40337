"""ETag and Last-Modified for the public pages: they change only when data are synced or assessed, a plan is
loaded, a report is archived or an audited write (an initiative, a contribution) is made."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from django.core.cache import cache
from django.db.models import Max
from django.http import HttpRequest
from django.utils.translation import get_language

from pejling.audit.models import AuditEntry
from pejling.plans.models import PlanVersion
from pejling.progress.models import Assessment
from pejling.reports.models import Report
from pejling.stats.models import SyncRun

STAMP_KEY = "pejling:last-modified"
STAMP_ATTRIBUTE = "_pejling_last_modified"


def last_modified(request: HttpRequest, *args: Any, **kwargs: Any) -> datetime | None:
    """The newest plan load, sync, assessment or archived report; cached until the next one clears the cache,
    and read once per request (the ETag and Last-Modified both need it)."""
    if hasattr(request, STAMP_ATTRIBUTE):
        return getattr(request, STAMP_ATTRIBUTE)  # type: ignore[no-any-return]
    stamp = cache.get(STAMP_KEY)
    if stamp is None:
        stamp = _newest() or False
        cache.set(STAMP_KEY, stamp, timeout=None)
    setattr(request, STAMP_ATTRIBUTE, stamp or None)
    return stamp or None


def _newest() -> datetime | None:
    stamps = [
        Assessment.objects.aggregate(t=Max("computed_at"))["t"],
        SyncRun.objects.aggregate(t=Max("finished_at"))["t"],
        PlanVersion.objects.aggregate(t=Max("loaded_at"))["t"],
        Report.objects.aggregate(t=Max("built_at"))["t"],
        AuditEntry.objects.aggregate(t=Max("at"))["t"],  # initiatives, contributions: every audited write
    ]
    present = [s for s in stamps if s is not None]
    return max(present) if present else None


def etag(request: HttpRequest, *args: Any, **kwargs: Any) -> str:
    stamp = last_modified(request)
    key = f"{request.get_full_path()}|{get_language()}|{stamp.isoformat() if stamp else '-'}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]
