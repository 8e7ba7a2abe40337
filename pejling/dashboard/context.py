"""Site-wide template context: the responsible authority and the footer links (from settings)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict[str, Any]:
    return {
        "authority": settings.PEJLING_AUTHORITY,
        "authority_url": settings.PEJLING_AUTHORITY_URL,
        "was_url": settings.PEJLING_WAS_URL,
        "privacy_url": settings.PEJLING_PRIVACY_URL,
    }
