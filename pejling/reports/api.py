"""The archive in the JSON API: each plan's reports with their fingerprints and files, and one report's content
(the same JSON that is embedded in its PDF, whose SHA-256 is the fingerprint)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.http import Http404, HttpRequest
from django.urls import reverse
from ninja import Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from pejling.plans.models import Plan
from pejling.reports import queries
from pejling.reports.models import Report

router = Router(tags=["byrådsrapporter"])


class ReportFileOut(Schema):
    format: str
    sha256: str
    size: int
    url: str


class ReportOut(Schema):
    id: int
    plan: str
    as_of: date
    language: str
    plan_version: int
    fingerprint: str
    since: int | None
    built_at: datetime
    files: list[ReportFileOut]


class ReportContentOut(ReportOut):
    content: dict[str, Any]


def _out(report: Report) -> dict[str, Any]:
    return {
        "id": report.pk,
        "plan": report.plan.slug,
        "as_of": report.as_of,
        "language": report.language,
        "plan_version": report.plan_version.number,
        "fingerprint": report.fingerprint,
        "since": report.since_id,
        "built_at": report.built_at,
        "files": [
            {
                "format": f.format,
                "sha256": f.sha256,
                "size": f.size,
                "url": reverse("reports:download", args=[report.pk, f.format]),
            }
            for f in report.files.all()
        ],
    }


@router.get("/plans/{slug}/reports", response=list[ReportOut])
@paginate(LimitOffsetPagination)
def reports(request: HttpRequest, slug: str) -> list[dict[str, Any]]:
    plan = Plan.objects.filter(slug=slug).first()
    if plan is None:
        raise Http404(f"ingen plan med id {slug!r} / no plan with id {slug!r}")
    return [_out(r) for r in queries.archive(plan).select_related("plan_version")]


@router.get("/reports/{report_id}", response=ReportContentOut)
def report(request: HttpRequest, report_id: int) -> dict[str, Any]:
    found = Report.objects.select_related("plan", "plan_version").filter(pk=report_id).first()
    if found is None:
        raise Http404(f"ingen rapport {report_id} / no report {report_id}")
    return _out(found) | {"content": found.content}
