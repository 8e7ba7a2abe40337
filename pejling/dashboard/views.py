"""Public pages. Thin: look up, render."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from pejling.lib.geography import area_name
from pejling.plans.queries import current_plan_files, latest_versions, plan_version_for_display
from pejling.stats.latest import latest_value


def home(request: HttpRequest) -> HttpResponse:
    """The only plan, or a list of plans when there are several."""
    versions = latest_versions()
    if len(versions) == 1:
        return redirect("dashboard:plan", slug=versions[0].plan.slug)
    return render(request, "dashboard/home.html", {"versions": versions}, status=200)


def plan_page(request: HttpRequest, slug: str) -> HttpResponse:
    """The whole plan: målsætninger, Mål with their interpretation and bindings, forudsætninger, groups."""
    version = plan_version_for_display(slug)
    if version is None:
        raise Http404(f"Ingen plan med id {slug!r} / no plan with id {slug!r}")
    municipality = version.plan.municipality_code
    bindings = {
        b.id: b
        for _, plan_file in current_plan_files(slug)
        for g in plan_file.goals
        for t in g.targets
        for b in t.bindings
    }
    latest = {key: latest_value(f"{slug}:{key}", binding, municipality) for key, binding in bindings.items()}
    context = {
        "version": version,
        "municipality": area_name(municipality),
        "latest": latest,
        "sample_data": any(v is not None and v.sample_data for v in latest.values()),
    }
    return render(request, "dashboard/plan.html", context)
