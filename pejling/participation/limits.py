"""Rate limits on giving input, counted in the cache every server process shares (``CACHES["limits"]``: Redis,
or the database cache). A window is one clock hour; an address is counted only as a keyed hash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.cache import caches
from django.utils.crypto import salted_hmac

WINDOW_SECONDS = 3600


def keyed_hash(kind: str, value: str) -> str:
    """A hash of ``value`` keyed with the site's secret: the same address gives the same hash here only."""
    return salted_hmac(f"pejling.participation.{kind}", value.strip().lower(), algorithm="sha256").hexdigest()[:40]


@dataclass(frozen=True)
class Refusal:
    scope: str  # "email" or "ip"
    limit: int


def _count(scope: str, identity: str, now: datetime) -> int:
    """Count one attempt in this hour's window and return the count so far (atomic on Redis)."""
    cache = caches["limits"]
    key = f"input:{scope}:{keyed_hash(scope, identity)}:{int(now.timestamp()) // WINDOW_SECONDS}"
    cache.add(key, 0, timeout=WINDOW_SECONDS * 2)
    try:
        return int(cache.incr(key))
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=WINDOW_SECONDS * 2)
        return 1


def check_input(email: str, ip: str, now: datetime) -> Refusal | None:
    """Count an attempt to give input from ``ip`` for ``email``; the first limit it goes over, if any."""
    if _count("ip", ip, now) > settings.PEJLING_INPUT_PER_IP_PER_HOUR:
        return Refusal("ip", settings.PEJLING_INPUT_PER_IP_PER_HOUR)
    if _count("email", email, now) > settings.PEJLING_INPUT_PER_EMAIL_PER_HOUR:
        return Refusal("email", settings.PEJLING_INPUT_PER_EMAIL_PER_HOUR)
    return None


def check_flag(ip: str, now: datetime) -> Refusal | None:
    """Flags from one address: as many per hour as contributions."""
    if _count("flag", ip, now) > settings.PEJLING_INPUT_PER_IP_PER_HOUR:
        return Refusal("ip", settings.PEJLING_INPUT_PER_IP_PER_HOUR)
    return None
