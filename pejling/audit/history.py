"""Reading the past from the audit trail: what an audited object looked like at a given moment."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models

from pejling.audit.models import AuditEntry


def states_at(model: type[models.Model], when: datetime, subjects: Iterable[int]) -> list[tuple[int, dict[str, Any]]]:
    """Every object of ``model`` about the plan entities ``subjects`` as it stood at ``when``: (its subject's
    id, the state its latest audit row at or before then recorded: fields as JSON, related objects by their
    text), in the order they were first recorded; objects deleted by then are left out."""
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=True)
    rows = (
        AuditEntry.objects.filter(content_type=content_type, at__lte=when, subject__in=list(subjects))
        .order_by("at", "pk")
        .values_list("object_id", "subject_id", "after")
    )
    latest: dict[str, tuple[int, dict[str, Any] | None]] = {}
    for object_id, subject_id, after in rows.iterator(chunk_size=2000):
        latest[object_id] = (subject_id, after)
    return [(subject, after) for subject, after in latest.values() if after is not None]


def entries_between(action: str, subjects: Iterable[int], after: datetime | None, until: datetime) -> list[AuditEntry]:
    """The audit rows of one action about the plan entities ``subjects`` recorded after ``after`` (from the
    start when None) up to ``until``."""
    rows = AuditEntry.objects.filter(action=action, at__lte=until, subject__in=list(subjects)).select_related("subject")
    if after is not None:
        rows = rows.filter(at__gt=after)
    return list(rows.order_by("at", "pk"))
