"""The report pages: the public archive, downloads and the verify page; the staff page that builds a report
(role strategi og analyse) and its preview. Thin: parse, call one function, render."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from pejling.accounts.rules import may
from pejling.dashboard import pages
from pejling.dashboard.caching import public_page
from pejling.editor.access import staff_page, staff_plan
from pejling.lib import roles
from pejling.reports import queries
from pejling.reports.actions import build_report, previous_report
from pejling.reports.build import MEDIA_TYPES, compose
from pejling.reports.forms import ReportForm
from pejling.reports.models import Report
from pejling.reports.pdf import html


def _public(request: HttpRequest, template: str, context: dict[str, Any]) -> HttpResponse:
    return render(request, template, pages.page_context(pages.current(None)) | context)


@public_page()
def archive(request: HttpRequest) -> HttpResponse:
    return _public(request, "reports/archive.html", {"reports": list(queries.archive())})


def download(request: HttpRequest, pk: str, file_format: str) -> HttpResponse:
    found = queries.report_file(int(pk), file_format)
    if found is None:
        raise Http404(f"Ingen rapport {pk} som {file_format} / no such report file")
    report = found.report
    name = f"byraadsrapport-{report.plan.slug}-{report.as_of}-{report.language}.{file_format}"
    response = HttpResponse(bytes(found.data), content_type=MEDIA_TYPES[file_format])
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "public, max-age=31536000, immutable"  # an archived file never changes
    return response


@csrf_exempt  # reads an upload and changes nothing; the public pages set no cookies
def verify(request: HttpRequest) -> HttpResponse:
    verdict, status = None, 200
    if request.method == "POST":
        upload = request.FILES.get("file")
        if upload is None:
            status = 400
        else:
            verdict = queries.verify(upload.chunks())
            status = 413 if verdict.too_large else 200
    response = _public(request, "reports/verify.html", {"verdict": verdict, "missing_file": status == 400})
    response.status_code = status
    return response


def _form(request: HttpRequest, data: Any, reports: list[Report]) -> ReportForm:
    initial = {"as_of": timezone.localdate(), "language": "da", "file_format": "pdf"}
    return ReportForm(data, reports=reports, initial=initial)


@staff_page
def staff_reports(request: HttpRequest) -> HttpResponse:
    c = staff_plan(request)
    reports = list(queries.archive(c.plan))
    form = _form(request, request.POST if request.method == "POST" else None, reports)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            since = next((r for r in reports if r.pk == form.cleaned_data["since"]), None)
            built = build_report(
                request.user,
                timezone.now(),
                c.plan,
                form.cleaned_data["as_of"],
                language=form.cleaned_data["language"],
                file_format=form.cleaned_data["file_format"],
                since=since,
            )
            text = _("Rapporten er dannet og arkiveret.") if built.new else _("Rapporten fandtes allerede i arkivet.")
            messages.success(request, text)
            query = "" if c.is_default else f"?plan={c.plan.slug}"
            return HttpResponseRedirect(reverse("reports:staff") + query)
        status = 400
    context = {
        "plan": c.version,
        "current": c,
        "plan_query": "" if c.is_default else f"?plan={c.plan.slug}",
        "form": form,
        "reports": reports,
        "may_build": may(request.user, roles.BUILD_REPORT),
    }
    return render(request, "reports/staff.html", context, status=status)


@staff_page
def preview(request: HttpRequest) -> HttpResponse:
    """The report as it would be built now, as one HTML page in the report's language; nothing is archived."""
    c = staff_plan(request)
    asked = request.POST if request.method == "POST" else request.GET
    try:
        as_of = date.fromisoformat(asked.get("as_of", ""))
    except ValueError:
        as_of = timezone.localdate()
    language = str(asked.get("language")) if asked.get("language") in ("da", "en") else "da"
    since_id = asked.get("since", "")
    since = Report.objects.filter(plan=c.plan, pk=int(since_id)).first() if since_id.isdigit() else None
    previous = since or previous_report(c.plan, as_of)
    content, fingerprint = compose(c.plan, as_of, language, previous)
    page = html(content, fingerprint, timezone.now(), stylesheet=static("reports/report.css"), preview=True)
    return HttpResponse(page)
