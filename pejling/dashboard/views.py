"""Public pages. Thin: look up, render. Pages read precomputed assessments and are cached."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from markdown_it import MarkdownIt

from pejling.dashboard import api_initiatives, downloads, initiative_pages, pages
from pejling.dashboard.caching import public_page
from pejling.dashboard.comparison_page import comparison_page
from pejling.dashboard.geodata import served
from pejling.dashboard.target_page import target_page
from pejling.participation.queries import GOAL, INITIATIVE, TARGET, input_block


def _current(plan_slug: str | None) -> pages.Current:
    c = pages.current(plan_slug)
    if c is None:
        raise Http404(f"Ingen plan {plan_slug!r} er indlæst / no such plan" if plan_slug else "Ingen plan er indlæst")
    return c


def _page(request: HttpRequest, c: pages.Current, template: str, context: dict[str, object]) -> HttpResponse:
    return render(request, template, pages.page_context(c) | context)


@public_page()
def home(request: HttpRequest, plan_slug: str | None = None) -> HttpResponse:
    c = pages.current(plan_slug)
    if c is None and plan_slug is not None:
        raise Http404(f"Ingen plan {plan_slug!r} / no such plan")
    if c is None:
        return render(request, "dashboard/empty.html")
    return _page(request, c, "dashboard/forside.html", pages.forside(c))


@public_page()
def goal(request: HttpRequest, goal_key: str, plan_slug: str | None = None) -> HttpResponse:
    c = _current(plan_slug)
    context = pages.goal_page(c, goal_key)
    if context is None:
        raise Http404(f"Ingen målsætning {goal_key!r} / no such goal")
    today, now = timezone.localdate(), timezone.now()
    items = initiative_pages.public_initiatives(c, today, goal_key=goal_key)
    context |= {"public_initiatives": items, "grid": initiative_pages.delivery_grid(items), "today": today, "now": now}
    context["input"] = input_block(c.version, GOAL, goal_key, plan_is_default=c.is_default)
    return _page(request, c, "dashboard/maalsaetning.html", context)


@public_page(conditional=False)
def initiatives_download(request: HttpRequest, fmt: str, plan_slug: str | None = None) -> HttpResponse:
    c = _current(plan_slug)
    data = api_initiatives.plan_initiatives(c.plan.slug, timezone.localdate()) or []
    return downloads.initiatives_response(data, fmt)


@public_page()
def initiative(request: HttpRequest, initiative_key: str, plan_slug: str | None = None) -> HttpResponse:
    c = _current(plan_slug)
    today, now = timezone.localdate(), timezone.now()
    context = initiative_pages.initiative_page(c, initiative_key, today, now)
    if context is None:
        raise Http404(f"Intet initiativ {initiative_key!r} / no such initiative")
    context["input"] = input_block(c.version, INITIATIVE, initiative_key, plan_is_default=c.is_default)
    return _page(request, c, "dashboard/initiativ.html", context | {"today": today})


@public_page()
def target(request: HttpRequest, target_key: str, plan_slug: str | None = None) -> HttpResponse:
    c = _current(plan_slug)
    context = target_page(c, target_key)
    if context is None:
        raise Http404(f"Intet mål {target_key!r} / no such target")
    context["input"] = input_block(c.version, TARGET, target_key, plan_is_default=c.is_default)
    return _page(request, c, "dashboard/maal.html", context)


@public_page()
def comparison(request: HttpRequest, plan_slug: str | None = None) -> HttpResponse:
    c = _current(plan_slug)
    return _page(request, c, "dashboard/sammenligning.html", comparison_page(c, request.GET.get("gruppe")))


@public_page(conditional=False)
def target_download(request: HttpRequest, target_key: str, fmt: str, plan_slug: str | None = None) -> HttpResponse:
    data = downloads.rows(_current(plan_slug), target_key)
    if data is None:
        raise Http404(f"Intet mål {target_key!r} / no such target")
    return downloads.respond(data, target_key, fmt)


@public_page()
def method(request: HttpRequest, plan_slug: str | None = None) -> HttpResponse:
    text = (Path(settings.BASE_DIR) / "docs" / "method.md").read_text(encoding="utf-8")
    html = MarkdownIt("commonmark").enable("table").render(method_part(text, get_language() or "da"))
    return _page(request, _current(plan_slug), "dashboard/metode.html", {"method_html": html})


def method_part(text: str, language: str) -> str:
    """The part of docs/method.md in the page's language: "## Dansk" or "## English", without its heading."""
    danish, _, english = text.partition("\n## English\n")
    part = english if language.startswith("en") else danish.partition("\n## Dansk\n")[2]
    return re.sub(r"^### ", "## ", part, flags=re.MULTILINE)  # the page's h1 is its title


def geojson(request: HttpRequest) -> HttpResponse | FileResponse:
    path = settings.PEJLING_GEOJSON
    if not path.is_file():
        raise Http404("Ingen kommunegrænser / no municipality boundaries; see `pejling geo fetch`")
    content = served(path)
    if content is None:
        return FileResponse(path.open("rb"), content_type="application/geo+json")
    return HttpResponse(content, content_type="application/geo+json")


def was(request: HttpRequest) -> HttpResponseRedirect:
    """/was → the accessibility statement (tilgængelighedserklæring)."""
    return HttpResponseRedirect(settings.PEJLING_WAS_URL)


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page in the request's language (DKFDS look), rendered without touching the database."""
    return render(request, "500.html", status=500)
