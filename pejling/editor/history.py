"""Historik: the audit trail of a plan (or of one initiative), paged for the page and exported as CSV or XLSX
with one row per changed field."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Q, QuerySet
from django.http import HttpResponse
from django.utils import timezone

from pejling.audit.models import AuditEntry
from pejling.plans.models import Plan, PlanEntity
from pejling.spreadsheets import table_response

PAGE_SIZE = 50
EXPORTS = ("csv", "xlsx")
COLUMNS = ["tidspunkt", "bruger", "handling", "slags", "objekt-id", "objekt", "planelement", "felt", "før", "efter"]


def entries(*, subject: PlanEntity | None, plan: Plan) -> QuerySet[AuditEntry]:
    """One initiative's entries, or the plan's: those about its elements and those about no element (staff,
    forvaltninger, period locks)."""
    found = AuditEntry.objects.select_related("content_type", "subject")
    if subject is not None:
        return found.filter(subject=subject)
    return found.filter(Q(subject__plan=plan) | Q(subject__isnull=True))


def page(found: QuerySet[AuditEntry], number: str | None) -> Page[AuditEntry]:
    return Paginator(found, PAGE_SIZE).get_page(number)


def _value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def rows(found: QuerySet[AuditEntry]) -> Iterator[list[str]]:
    for entry in found.order_by("at", "pk").iterator(chunk_size=500):
        at = timezone.localtime(entry.at).isoformat(timespec="seconds")
        head = [at, entry.actor_label, entry.action, entry.content_type.model, entry.object_id, entry.object_label]
        head.append(entry.subject.key if entry.subject else "")
        for name, before, after in entry.changed_fields():
            yield [*head, name, _value(before), _value(after)]


def export(found: QuerySet[AuditEntry], fmt: str, *, subject_key: str | None) -> HttpResponse:
    name = f"pejling-historik-{subject_key}" if subject_key else "pejling-historik"
    return table_response(COLUMNS, rows(found), fmt, name=name, title="Historik")
