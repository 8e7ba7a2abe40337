"""Public pages. Thin: look up, render. Pages read precomputed assessments and are cached."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.cache import cache_page
from django.views.decorators.http import condition
from markdown_it import MarkdownIt

from pejling.dashboard import downloads, pages
from pejling.dashboard.freshness import etag, last_modified
from pejling.lib.geography import area_name

CACHE_SECONDS = 600


def _current() -> pages.Current:
    c = pages.current()
    if c is None:
        raise Http404("Ingen plan er indlæst / no plan has been loaded")
    return c


def _page(request: HttpRequest, c: pages.Current, template: str, context: dict[str, object]) -> HttpResponse:
    base = {"plan": c.version, "municipality": area_name(c.area), "freshness": pages.freshness()}
    return render(request, template, base | context)


@condition(etag_func=etag, last_modified_func=last_modified)
@cache_page(CACHE_SECONDS, key_prefix="pages")
def home(request: HttpRequest) -> HttpResponse:
    c = pages.current()
    if c is None:
        return render(request, "dashboard/empty.html")
    return _page(request, c, "dashboard/forside.html", pages.forside(c))


@condition(etag_func=etag, last_modified_func=last_modified)
@cache_page(CACHE_SECONDS, key_prefix="pages")
def goal(request: HttpRequest, goal_key: str) -> HttpResponse:
    c = _current()
    context = pages.goal_page(c, goal_key)
    if context is None:
        raise Http404(f"Ingen målsætning {goal_key!r} / no such goal")
    return _page(request, c, "dashboard/maalsaetning.html", context)


@condition(etag_func=etag, last_modified_func=last_modified)
@cache_page(CACHE_SECONDS, key_prefix="pages")
def target(request: HttpRequest, target_key: str) -> HttpResponse:
    c = _current()
    context = pages.target_page(c, target_key)
    if context is None:
        raise Http404(f"Intet mål {target_key!r} / no such target")
    return _page(request, c, "dashboard/maal.html", context)


@condition(etag_func=etag, last_modified_func=last_modified)
@cache_page(CACHE_SECONDS, key_prefix="pages")
def comparison(request: HttpRequest) -> HttpResponse:
    c = _current()
    return _page(request, c, "dashboard/sammenligning.html", pages.comparison_page(c, request.GET.get("gruppe")))


def target_download(request: HttpRequest, target_key: str, fmt: str) -> HttpResponse:
    data = downloads.rows(_current(), target_key)
    if data is None:
        raise Http404(f"Intet mål {target_key!r} / no such target")
    return downloads.respond(data, target_key, fmt)


@cache_page(CACHE_SECONDS, key_prefix="pages")
def method(request: HttpRequest) -> HttpResponse:
    text = (Path(settings.BASE_DIR) / "docs" / "method.md").read_text(encoding="utf-8")
    html = MarkdownIt("commonmark").enable("table").render(text)
    return _page(request, _current(), "dashboard/metode.html", {"method_html": html})


def geojson(request: HttpRequest) -> FileResponse:
    path = settings.PEJLING_GEOJSON
    if not path.is_file():
        raise Http404("Ingen kommunegrænser / no municipality boundaries; see `pejling geo fetch`")
    return FileResponse(path.open("rb"), content_type="application/geo+json")


def was(request: HttpRequest) -> HttpResponseRedirect:
    """/was → the accessibility statement (tilgængelighedserklæring)."""
    return HttpResponseRedirect(settings.PEJLING_WAS_URL)
