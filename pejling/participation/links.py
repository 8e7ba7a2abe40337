"""The signed links mailed to a participant: to confirm a contribution, and to fetch or delete their data. Each
names what it is for, expires after PEJLING_CONFIRM_LINK_HOURS, and is refused when tampered with."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from django.conf import settings
from django.core import signing
from django.urls import reverse

CONFIRM, MY_DATA = "confirm", "my-data"
_VIEWS = {CONFIRM: "participation:confirm", MY_DATA: "participation:my_data"}


class LinkRefused(Exception):
    """Why a link does not work: "expired" or "tampered"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _signer(purpose: str) -> signing.Signer:
    return signing.Signer(salt=f"pejling.participation.{purpose}")


def make_token(purpose: str, now: datetime, **ids: int) -> str:
    return _signer(purpose).sign_object({**ids, "t": int(now.timestamp())}, compress=True)


def expires(made: datetime) -> datetime:
    return made + timedelta(hours=settings.PEJLING_CONFIRM_LINK_HOURS)


def open_token(purpose: str, token: str, now: datetime) -> dict[str, Any]:
    """The ids a token carries; LinkRefused when it was not made for ``purpose``, is altered or has expired."""
    try:
        data = _signer(purpose).unsign_object(token)
    except (signing.BadSignature, ValueError) as bad:
        raise LinkRefused("tampered") from bad
    if not isinstance(data, dict) or now > expires(datetime.fromtimestamp(int(data.get("t", 0)), tz=UTC)):
        raise LinkRefused("expired")
    return data


def link_url(purpose: str, token: str, language: str) -> str:
    from django.utils import translation

    with translation.override(language):
        path = reverse(_VIEWS[purpose], args=[token])
    return settings.PEJLING_SITE_URL.rstrip("/") + path
