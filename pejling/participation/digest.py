"""The moderators' daily e-mail: how many contributions wait for a moderator (and the oldest one's age), how many
are hidden and how many answers are overdue, with a link to the queue. Sent once a day to everyone whose role
may moderate, and only when there is something to do."""

from __future__ import annotations

from datetime import date, datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from pejling.accounts.rules import may
from pejling.lib import roles
from pejling.participation import queries
from pejling.participation.models import DigestSent
from pejling.plans.models import PlanVersion


def moderators() -> list[tuple[str, str]]:
    """(address, language) of every active user who may moderate."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="").select_related("staff_profile")
    found = []
    for user in users.order_by("email"):
        if may(user, roles.MODERATE_INPUT):
            profile = getattr(user, "staff_profile", None)
            found.append((user.email, profile.language if profile else "da"))
    return found


def send_digest(version: PlanVersion, *, today: date, now: datetime) -> list[str]:
    """Mail today's digest to each moderator not yet sent it; the addresses it went to."""
    state = queries.queue(version, today)
    if not (state["held"] or state["hidden"] or state["overdue"]):
        return []
    context = {
        "held": len(state["held"]),
        "oldest": state["oldest_held_days"],
        "hidden": len(state["hidden"]),
        "overdue": len(state["overdue"]),
        "unanswered": len(state["unanswered"]),
        "authority": settings.PEJLING_AUTHORITY,
        "plan": version.title,
    }
    sent = []
    for address, language in moderators():
        try:
            with transaction.atomic():
                DigestSent.objects.create(day=today, recipient=address)
                with translation.override(language):
                    url = settings.PEJLING_SITE_URL.rstrip("/") + reverse("participation:queue")
                    body = render_to_string("participation/mail/digest.txt", context | {"url": url})
                    subject = render_to_string("participation/mail/digest_subject.txt", context).strip()
                send_mail(subject, body.strip() + "\n", settings.DEFAULT_FROM_EMAIL, [address])
        except IntegrityError:
            continue  # already sent today
        sent.append(address)
    return sent
