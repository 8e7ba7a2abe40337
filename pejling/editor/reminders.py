"""Reminder mails: to the owner before an update is due and when it is overdue, to the forvaltning's contact
when it stays missing. Each reminder is recorded before its mail goes out, in one transaction, so a second
run sends nothing again and a mail that fails is tried again next time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from pejling.editor import update_links
from pejling.editor.models import InitiativeRecord, ReminderSent
from pejling.editor.queries import current_initiatives, slots_of, work_calendar
from pejling.lib.initiatives.reminders import Reminder, reminders_due
from pejling.lib.initiatives.statuses import COMPLETED, STOPPED
from pejling.plans.models import PlanVersion


@dataclass(frozen=True)
class Sent:
    initiative: str
    reminder: Reminder
    recipient: str


def _recipient(record: InitiativeRecord, reminder: Reminder) -> tuple[str, str] | None:
    """(address, language) of who gets the reminder; None when nobody can."""
    if reminder.kind == "escalation":
        contact = record.forvaltning.contact_email if record.forvaltning else ""
        return (contact, "da") if contact else None
    owner = record.owner
    if owner is None or not owner.email or not owner.is_active:
        return None
    profile = getattr(owner, "staff_profile", None)
    return owner.email, profile.language if profile else "da"


def _mail(record: InitiativeRecord, text: str, reminder: Reminder, language: str, now: datetime) -> tuple[str, str]:
    context: dict[str, Any] = {
        "key": record.entity.key,
        "text": text,
        "reminder": reminder,
        "owner": record.owner,
        "authority": settings.PEJLING_AUTHORITY,
        "page_url": settings.PEJLING_SITE_URL.rstrip("/") + reverse("editor:initiative", args=[record.entity.key]),
    }
    if reminder.kind != "escalation" and record.owner is not None:
        token = update_links.make_token(record, reminder.period, record.owner, now)
        context |= {"link": update_links.link_url(token), "expires": update_links.expires(now)}
    with translation.override(language):
        subject = render_to_string(f"editor/mail/{reminder.kind}_subject.txt", context).strip()
        body = render_to_string(f"editor/mail/{reminder.kind}.txt", context).strip() + "\n"
    return subject, body


def send_reminders(version: PlanVersion, *, today: date, now: datetime) -> list[Sent]:
    """Send every reminder due on ``today`` for the version's initiatives; returns what was sent."""
    texts = {i.entity_id: i.text for i in current_initiatives(version)}
    records = InitiativeRecord.objects.filter(entity_id__in=texts).exclude(status__in=[COMPLETED, STOPPED])
    records = records.select_related("entity", "owner__staff_profile", "forvaltning").prefetch_related("updates")
    sent: list[Sent] = []
    for record in records.order_by("entity__key"):
        already = set(ReminderSent.objects.filter(initiative=record).values_list("period", "kind"))
        due = reminders_due(
            slots_of(record, today),
            today=today,
            work=work_calendar(),
            already_sent=already,
            remind_before=settings.PEJLING_REMIND_BEFORE_DAYS,
            escalate_after=settings.PEJLING_ESCALATE_AFTER_DAYS,
        )
        for reminder in due:
            found = _recipient(record, reminder)
            if found is None:
                continue
            address, language = found
            subject, body = _mail(record, texts[record.entity_id], reminder, language, now)
            try:
                with transaction.atomic():
                    ReminderSent.objects.create(
                        initiative=record, period=reminder.period, kind=reminder.kind, recipient=address, sent_at=now
                    )
                    send_mail(subject, body, None, [address])
            except IntegrityError:
                continue  # another run sent it meanwhile
            sent.append(Sent(record.entity.key, reminder, address))
    return sent
