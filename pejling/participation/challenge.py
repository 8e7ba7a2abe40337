"""The proof of work in front of the input form (ALTCHA, self-hosted: the widget is in our static files and the
challenge is made and checked here). A solved challenge counts once: its signature is remembered in the limits
cache until it expires."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import altcha
from django.conf import settings
from django.core.cache import caches

ALGORITHM = "PBKDF2/SHA-256"


def _secret() -> str:
    return f"altcha:{settings.SECRET_KEY}"


def new_challenge(now: datetime) -> dict[str, Any]:
    """A signed challenge that expires after PEJLING_ALTCHA_MINUTES, as the widget fetches it (JSON)."""
    expires = now + timedelta(minutes=settings.PEJLING_ALTCHA_MINUTES)
    found = altcha.create_challenge(ALGORITHM, settings.PEJLING_ALTCHA_COST, expires_at=expires, hmac_secret=_secret())
    return found.to_dict()


def solved(payload: str, now: datetime) -> bool:
    """Whether ``payload`` (the widget's form field) solves a challenge of ours that is unexpired and unused."""
    if not payload or len(payload) > 4000:
        return False
    try:
        result = altcha.verify_solution(payload, _secret())
    except (ValueError, TypeError, KeyError):
        return False
    if not result.verified:
        return False
    used = "altcha-used:" + altcha.hash_hex("SHA-256", payload.encode())
    return bool(caches["limits"].add(used, 1, timeout=settings.PEJLING_ALTCHA_MINUTES * 60 + 60))
