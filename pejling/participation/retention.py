"""Personal data do not stay for ever: contributions never confirmed go once their link has expired, and a
participant's data go PEJLING_PERSONAL_DATA_DAYS after they were last active, after a warning mail
PEJLING_DELETION_WARNING_DAYS before (``lib/participation/retention``). Run daily (``pejling participation purge``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from pejling.audit.trail import change
from pejling.lib.participation import moderation
from pejling.lib.participation.retention import DELETE, WARN, retention
from pejling.participation import personal_data
from pejling.participation.models import Contribution, Participant


@dataclass
class Purged:
    expired: int = 0  # unconfirmed contributions deleted
    warned: list[str] = field(default_factory=list)  # pseudonyms warned
    erased: int = 0  # participants whose data were deleted


def _warn(participant: Participant, deletes_on: date, now: datetime) -> None:
    context = {"deletes_on": deletes_on, "authority": settings.PEJLING_AUTHORITY}
    with translation.override(participant.language):
        context["url"] = settings.PEJLING_SITE_URL.rstrip("/") + reverse("participation:my_data_ask")
        subject = render_to_string("participation/mail/deletion_warning_subject.txt", context).strip()
        body = render_to_string("participation/mail/deletion_warning.txt", context).strip() + "\n"
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [participant.email])
    participant.deletion_warned_at = now
    participant.save(update_fields=["deletion_warned_at"])


def purge(*, today: date, now: datetime) -> Purged:
    done = Purged()
    stale = Contribution.objects.filter(
        visibility=moderation.UNCONFIRMED, created_at__lt=now - timedelta(hours=settings.PEJLING_CONFIRM_LINK_HOURS)
    )
    with change(None, now, "contribution.expire") as audit:
        for c in list(stale):
            audit.delete(c)
            done.expired += 1
        Participant.objects.filter(confirmed_at=None, contributions=None).delete()
    for participant in Participant.objects.exclude(confirmed_at=None).order_by("pk"):
        found = retention(
            timezone.localdate(participant.last_active_at),
            today,
            warned_on=timezone.localdate(participant.deletion_warned_at) if participant.deletion_warned_at else None,
            keep_days=settings.PEJLING_PERSONAL_DATA_DAYS,
            warning_days=settings.PEJLING_DELETION_WARNING_DAYS,
        )
        if found.step == WARN:
            _warn(participant, found.deletes_on, now)
            done.warned.append(participant.pseudonym)
        elif found.step == DELETE:
            personal_data.erase(now, participant, why="participant.expire")
            done.erased += 1
    return done
