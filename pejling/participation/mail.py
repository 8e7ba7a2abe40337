"""The mails a participant gets: the link that confirms a contribution, and the link to fetch or delete their
data. Each is rendered in the language of the page it was asked for on and sent after the write has committed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from pejling.participation import links
from pejling.participation.models import Contribution, Participant


def _send(template: str, to: str, context: dict[str, Any], language: str) -> None:
    context = {"authority": settings.PEJLING_AUTHORITY, **context}
    with translation.override(language):
        subject = render_to_string(f"participation/mail/{template}_subject.txt", context).strip()
        body = render_to_string(f"participation/mail/{template}.txt", context).strip() + "\n"
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [to])


def send_confirmation(contribution: Contribution, what: str, now: datetime, language: str) -> None:
    """The link that confirms ``contribution`` (about ``what``, the element's text) to its writer's address."""
    participant = contribution.participant
    assert participant is not None
    token = links.make_token(links.CONFIRM, now, c=contribution.pk, p=participant.pk)
    context = {
        "what": what,
        "text": contribution.text,
        "link": links.link_url(links.CONFIRM, token, language),
        "expires": links.expires(now),
        "pseudonym": participant.pseudonym,
    }
    _send("confirm", participant.email, context, language)


def send_my_data_link(participant: Participant, now: datetime, language: str) -> None:
    token = links.make_token(links.MY_DATA, now, p=participant.pk)
    context = {"link": links.link_url(links.MY_DATA, token, language), "expires": links.expires(now)}
    _send("my_data", participant.email, context, language)
