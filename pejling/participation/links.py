"""The signed links mailed to a participant: to confirm a contribution, to fetch or delete their data, and to
stop the mails about an initiative. Each names what it is for, expires, and is refused when tampered with."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from django.conf import settings
from django.core import signing
from django.urls import reverse

CONFIRM, MY_DATA, STOP = "confirm", "my-data", "stop"
_VIEWS = {CONFIRM: "participation:confirm", MY_DATA: "participation:my_data", STOP: "participation:stop"}
LIFETIME_HOURS = {STOP: 24 * 365}  # a stop link in a change mail works for a year; the others for CONFIRM_LINK_HOURS


class LinkRefused(Exception):
    """Why a link does not work: "expired" or "tampered"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _signer(purpose: str) -> signing.Signer:
    return signing.Signer(salt=f"pejling.participation.{purpose}")


def make_token(purpose: str, now: datetime, **ids: int) -> str:
    return _signer(purpose).sign_object({**ids, "t": int(now.timestamp())}, compress=True)


def expires(made: datetime, purpose: str = CONFIRM) -> datetime:
    return made + timedelta(hours=LIFETIME_HOURS.get(purpose, settings.PEJLING_CONFIRM_LINK_HOURS))


def open_token(purpose: str, token: str, now: datetime) -> dict[str, Any]:
    """The ids a token carries; LinkRefused when it was not made for ``purpose``, is altered or has expired."""
    try:
        data = _signer(purpose).unsign_object(token)
    except (signing.BadSignature, ValueError) as bad:
        raise LinkRefused("tampered") from bad
    if not isinstance(data, dict) or now > expires(datetime.fromtimestamp(int(data.get("t", 0)), tz=UTC), purpose):
        raise LinkRefused("expired")
    return data


def link_url(purpose: str, token: str, language: str) -> str:
    from django.utils import translation

    with translation.override(language):
        path = reverse(_VIEWS[purpose], args=[token])
    return settings.PEJLING_SITE_URL.rstrip("/") + path
