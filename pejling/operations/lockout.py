"""The answer to a locked-out login (django-axes' AXES_LOCKOUT_CALLABLE): the login page with a message
saying how long the lockout lasts, status 429."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def lockout(request: HttpRequest, credentials: Any = None, *args: Any, **kwargs: Any) -> HttpResponse:
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    if "/redaktion/" in request.path:
        return render(request, "editor/login.html", {"locked_minutes": minutes}, status=429)
    context = {"minutes": minutes, "title": "Log ind", "site_header": "Pejling — administration"}
    return render(request, "operations/lockout.html", context, status=429)
