"""Locked reporting periods."""

from __future__ import annotations

from pejling.editor.models import PeriodLock
from pejling.lib.initiatives.schedule import ReportingPeriod
from pejling.plans.models import Plan


def is_locked(plan: Plan, period: ReportingPeriod) -> bool:
    """Whether a lock covers the whole period (a locked quarter locks its months)."""
    return PeriodLock.objects.filter(plan=plan, start__lte=period.start, end__gte=period.end).exists()
