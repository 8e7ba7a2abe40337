"""Telling people when the initiative their input feeds changes (the notification Decidim never shipped): each
contribution whose writer asked for it and that "indgår i initiativ X" gets one mail per run listing what changed
in X since the last mail — from the audit trail, so nothing is missed between runs. ``pejling participation
notify`` runs it (hourly or daily)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from pejling.audit.models import AuditEntry
from pejling.audit.trail import change
from pejling.lib.participation import kinds
from pejling.lib.participation.changes import TRANSLATED_VALUES, describe
from pejling.participation import links
from pejling.participation.models import Contribution
from pejling.plans.models import Plan
from pejling.plans.queries import current_plan


@dataclass(frozen=True)
class Notified:
    contribution: int
    initiative: str
    changes: int


def _lines(entries: list[AuditEntry]) -> list[str]:
    lines = []
    for entry in entries:
        told = describe(entry.action, entry.before, entry.after)
        if told is not None:
            msgid, values = told
            values = {k: gettext(v) if k in TRANSLATED_VALUES else v for k, v in values.items()}
            lines.append(gettext(msgid) % values)
    return lines


def _page(plan: Plan, key: str) -> str:
    default = current_plan()
    if default is not None and default.pk == plan.pk:
        return reverse("dashboard:initiative", args=[key])
    return reverse("dashboard:plan_initiative", args=[plan.slug, key])


def notify(now: datetime) -> list[Notified]:
    """Mail every follower whose initiative changed since they were last told; returns what was sent."""
    own = ContentType.objects.get_for_model(Contribution)
    followers = Contribution.objects.filter(
        wants_updates=True, status=kinds.IN_INITIATIVE, initiative__isnull=False, participant__isnull=False
    ).select_related("participant", "initiative__plan")
    sent = []
    for c in followers.order_by("pk"):
        assert c.initiative is not None and c.participant is not None
        since = c.notified_until or c.answered_at or c.received_at or c.created_at
        entries = list(
            AuditEntry.objects.filter(subject=c.initiative, at__gt=since, at__lte=now)
            .exclude(content_type=own)
            .order_by("at", "pk")
        )
        if not entries:
            continue
        with translation.override(c.participant.language):
            lines = _lines(entries)
            if lines:
                token = links.make_token(links.STOP, now, c=c.pk, p=c.participant.pk)
                context = {
                    "key": c.initiative.key,
                    "lines": lines,
                    "text": c.text,
                    "page": settings.PEJLING_SITE_URL.rstrip("/") + _page(c.initiative.plan, c.initiative.key),
                    "stop": links.link_url(links.STOP, token, c.participant.language),
                    "authority": settings.PEJLING_AUTHORITY,
                }
                subject = render_to_string("participation/mail/changed_subject.txt", context).strip()
                body = render_to_string("participation/mail/changed.txt", context).strip() + "\n"
                send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [c.participant.email])
                sent.append(Notified(c.pk, c.initiative.key, len(lines)))
        with change(None, now, "contribution.notified") as audit:
            audit.track(c)
            c.notified_until = entries[-1].at
            c.save()
    return sent
