"""Every staff page: signed in (else to the login page), allowed to see staff pages (else 403), never cached
by anyone, and given the plan it works on (``?plan=<id>``, else the site's default plan)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache

from pejling.accounts.oidc import allow_provider_form_action
from pejling.accounts.rules import may
from pejling.dashboard import pages
from pejling.lib.roles import VIEW_STAFF_PAGES

View = Callable[..., HttpResponse]


def staff_plan(request: HttpRequest) -> pages.Current:
    current = pages.current(request.GET.get("plan") or None)
    if current is None:
        raise Http404("Ingen plan er indlæst / no plan is loaded")
    return current


def staff_page(view: View) -> View:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("editor:login"))
        if not may(request.user, VIEW_STAFF_PAGES):
            raise PermissionDenied("no staff role")
        return allow_provider_form_action(view(request, *args, **kwargs))

    return never_cache(wrapper)
