"""Django system checks for misconfiguration, with stable ids (pejling.E002 …; E001, the plan file check, is retired).

Run with ``pejling check``; Django also runs them before most commands.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from django.conf import settings
from django.core.checks import CheckMessage, Error, Warning, register


@register("pejling")
def check_source_urls(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """pejling.E002: the statistics API base URLs must be absolute http(s) URLs."""
    problems: list[CheckMessage] = []
    for name in ("PEJLING_STATBANK_URL", "PEJLING_JOBINDSATS_URL"):
        url = getattr(settings, name)
        parsed = urlparse(url)
        if parsed.scheme not in {"http", "https"} or not parsed.netloc:
            problems.append(
                Error(
                    f"{name}={url!r} er ikke en http(s)-adresse / is not an http(s) URL",
                    hint="Use e.g. https://api.statbank.dk/v1",
                    id="pejling.E002",
                )
            )
    return problems


@register("pejling", deploy=True)
def check_secret_key(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """pejling.W001: the development secret key must not be used in production."""
    if settings.SECRET_KEY.startswith("pejling-insecure"):
        return [
            Warning(
                "PEJLING_SECRET_KEY er ikke sat / is not set; the development key is in use",
                id="pejling.W001",
            )
        ]
    return []
