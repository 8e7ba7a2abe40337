"""How public pages are cached: in Django's shared file cache, in browsers and in a front proxy (nginx).

Every public page and download is the same for every visitor and changes only when a plan is loaded, data
are synced or assessments are made. So a page is rendered once into the file cache (cleared by those
commands), answered with ETag/Last-Modified so that a revalidation costs a 304, and marked
``Cache-Control: public, max-age=B, s-maxage=P``: browsers may keep it for B seconds, a shared cache such as
the nginx front in docs/operations.md for P seconds, after which it revalidates. A new assessment therefore
reaches visitors behind the proxy within P seconds (10 by default).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_page
from django.views.decorators.http import condition

from pejling.dashboard.freshness import etag, last_modified

View = Callable[..., HttpResponseBase]
LANGUAGE_FROM_PATH = "_pejling_language_from_path"
API_PREFIX = "/api/"


def public_page(*, conditional: bool = True) -> Callable[[View], View]:
    """Cache a public view in the file cache and mark its responses as cacheable by browsers and proxies.

    ``conditional`` adds ETag/Last-Modified (and 304 answers); downloads set it off because their bytes
    are produced by a library (openpyxl) that stamps them anew, so an ETag would need the body itself.
    """

    def decorate(view: View) -> View:
        cached = cache_page(settings.PEJLING_CACHE_SECONDS, key_prefix="pages")(view)
        if conditional:
            cached = condition(etag_func=etag, last_modified_func=last_modified)(cached)

        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            response = cached(request, *args, **kwargs)
            if response.status_code in (200, 304):
                mark_public(response)
            return response

        return wrapper

    return decorate


def mark_public(response: HttpResponseBase) -> None:
    """Browser and shared-cache lifetimes from settings; the language comes from the path, not the header."""
    for header in ("Expires", "Cache-Control"):  # set anew: cache_page's own max-age is the file cache's
        if response.has_header(header):
            del response[header]
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PEJLING_BROWSER_MAX_AGE,
        s_maxage=settings.PEJLING_PROXY_MAX_AGE,
    )
    setattr(response, LANGUAGE_FROM_PATH, True)


class PublicApiMiddleware:
    """The read-only JSON API serves public data that change when the pages do, so its GET answers are
    cached the same way (file cache, ETag/Last-Modified, public lifetimes for browsers and the nginx front).
    Errors carry no lifetime and are never stored."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response
        self.cached = public_page()(get_response)

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.method in ("GET", "HEAD") and request.path.startswith(API_PREFIX):
            return self.cached(request)
        return self.get_response(request)


class LanguageFromPathVaryMiddleware:
    """Drop ``Vary: Accept-Language`` from public pages, which Django's LocaleMiddleware adds to every page
    without a language prefix. Pejling's unprefixed pages are always Danish (``/en/`` is English), so the
    header is not true for them, and a proxy that honours it would keep one copy per browser language
    string — in practice no hits. Listed before LocaleMiddleware, so it sees the response after it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if getattr(response, LANGUAGE_FROM_PATH, False) and response.has_header("Vary"):
            kept = [v.strip() for v in response["Vary"].split(",") if v.strip().lower() != "accept-language"]
            if kept:
                response["Vary"] = ", ".join(kept)
            else:
                del response["Vary"]
        return response
