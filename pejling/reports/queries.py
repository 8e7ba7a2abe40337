"""Reading the archive: the reports of a plan with their files, one file for download, and which archived file
(if any) an uploaded file is."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from pejling.plans.models import Plan
from pejling.reports.models import Report, ReportFile

MAX_VERIFIED_BYTES = 50 * 1024 * 1024  # no archived report comes near this


def archive(plan: Plan | None = None) -> QuerySet[Report]:
    """The archived reports, newest as-of date first, with their files (never their content or bytes)."""
    rows = Report.objects.select_related("plan").defer("content").order_by("-as_of", "-built_at", "-pk")
    if plan is not None:
        rows = rows.filter(plan=plan)
    return rows.prefetch_related(Prefetch("files", queryset=ReportFile.objects.defer("data").order_by("format")))


def report_file(pk: int, file_format: str) -> ReportFile | None:
    return ReportFile.objects.select_related("report__plan").filter(report_id=pk, format=file_format).first()


@dataclass(frozen=True)
class Verdict:
    sha256: str
    size: int
    match: ReportFile | None
    too_large: bool = False


def verify(chunks: Iterable[bytes]) -> Verdict:
    """The SHA-256 of an uploaded file (read in chunks, never more than ``MAX_VERIFIED_BYTES``) and the archived
    file it is, if any: a single changed byte makes it no archived file."""
    digest = hashlib.sha256()
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_VERIFIED_BYTES:
            return Verdict("", size, None, too_large=True)
        digest.update(chunk)
    sha256 = digest.hexdigest()
    match = ReportFile.objects.select_related("report__plan").defer("data").filter(sha256=sha256).first()
    return Verdict(sha256, size, match)
