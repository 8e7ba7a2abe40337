"""The client's address for login throttling: behind the nginx front, the address nginx saw."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """REMOTE_ADDR; behind a trusted front (PEJLING_BEHIND_TLS_PROXY) the last X-Forwarded-For entry, which
    nginx' ``$proxy_add_x_forwarded_for`` appends and a client cannot forge."""
    if settings.PEJLING_BEHIND_TLS_PROXY:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if forwarded:
            return str(forwarded[-1])
    return str(request.META.get("REMOTE_ADDR", ""))
