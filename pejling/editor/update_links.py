"""The signed link in a reminder: it opens the update form for one initiative and one period, as the owner it
was sent to, without a password. It expires, is refused when tampered with, and is used up once an update
for that period exists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse

from pejling.editor.models import InitiativeRecord, InitiativeUpdate

SALT = "pejling.editor.update-link"


class LinkRefused(Exception):
    """Why a link does not open the form: "expired", "tampered", "used" or "gone"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class UpdateLink:
    record: InitiativeRecord
    period: str
    user: Any


def make_token(record: InitiativeRecord, period: str, user: Any, now: datetime) -> str:
    """A signed token naming the initiative, the period, the owner and when it was made."""
    payload = {"i": record.pk, "p": period, "u": user.pk, "t": int(now.timestamp())}
    return signing.Signer(salt=SALT).sign_object(payload, compress=True)


def link_url(token: str) -> str:
    return settings.PEJLING_SITE_URL.rstrip("/") + reverse("editor:update_link", args=[token])


def expires(now: datetime) -> datetime:
    return now + timedelta(days=settings.PEJLING_UPDATE_LINK_DAYS)


def open_link(token: str, now: datetime) -> UpdateLink:
    """The initiative, period and owner a token names; LinkRefused when it cannot be used."""
    try:
        data = signing.Signer(salt=SALT).unsign_object(token)
    except (signing.BadSignature, ValueError) as bad:
        raise LinkRefused("tampered") from bad
    made = datetime.fromtimestamp(int(data.get("t", 0)), tz=UTC)
    if now > expires(made):
        raise LinkRefused("expired")
    record = InitiativeRecord.objects.filter(pk=data.get("i")).select_related("entity").first()
    user = get_user_model().objects.filter(pk=data.get("u"), is_active=True).first()
    if record is None or user is None:
        raise LinkRefused("gone")
    if InitiativeUpdate.objects.filter(initiative=record, period=data.get("p")).exists():
        raise LinkRefused("used")
    return UpdateLink(record, str(data["p"]), user)
