"""The one write of the reports app: building a report into the archive (atomic, audited, permission-checked).
Building the same content again gives the archived report back; a format not yet built is added to it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pejling.accounts.rules import require
from pejling.audit import trail
from pejling.lib import roles
from pejling.lib.reports.fingerprint import file_sha256
from pejling.plans.models import Plan
from pejling.reports.build import compose, render
from pejling.reports.models import Report, ReportFile


@dataclass(frozen=True)
class Built:
    report: Report
    file: ReportFile
    new: bool  # False when this content and format were archived already


def previous_report(plan: Plan, as_of: date) -> Report | None:
    """The newest archived report of the plan before ``as_of`` (the default to compare with)."""
    return Report.objects.filter(plan=plan, as_of__lt=as_of).order_by("-as_of", "-built_at", "-pk").first()


def build_report(
    actor: Any,
    now: datetime,
    plan: Plan,
    as_of: date,
    *,
    language: str = "da",
    file_format: str = "pdf",
    since: Report | None = None,
) -> Built:
    """Compose the report for ``as_of`` (compared with ``since``, else the newest earlier report), render the
    format, and archive both for good."""
    require(actor, roles.BUILD_REPORT)
    previous = since if since is not None else previous_report(plan, as_of)
    content, fingerprint = compose(plan, as_of, language, previous)
    report = Report.objects.filter(fingerprint=fingerprint).first()
    existing = report.files.filter(format=file_format).first() if report else None
    if report is not None and existing is not None:
        return Built(report, existing, new=False)
    built_at = report.built_at if report is not None else now
    data = render(content, fingerprint, built_at, file_format)
    with trail.change(actor, now, "report.build", announce_as="reports") as change:
        if report is None:
            report = Report(
                plan=plan,
                plan_version=plan.versions.get(number=content["data"]["plan"]["version"]),
                as_of=as_of,
                language=language,
                since=previous,
                content=content,
                vintage=[{"target": t["key"], "vintage": t["vintage"]} for t in content["data"]["targets"]],
                fingerprint=fingerprint,
                built_at=now,
                built_by=actor if getattr(actor, "pk", None) else None,
                built_by_label=actor.get_username(),
            )
            change.track(report)
            report.save()
        stored = ReportFile(
            report=report, format=file_format, data=data, sha256=file_sha256(data), size=len(data), built_at=now
        )
        change.track(stored)
        stored.save()
    return Built(report, stored, new=True)
