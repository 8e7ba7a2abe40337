"""Every write about input: atomic, given the acting user (None for a member of the public) and "now", checking
the permission for staff, recorded in the audit trail (never with personal data: see models) and announced on
commit when what the public sees changes."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils.translation import gettext, gettext_noop

from pejling.accounts.rules import require
from pejling.audit.trail import change
from pejling.changes import announce
from pejling.lib import roles
from pejling.lib.participation import kinds, moderation
from pejling.lib.participation.pseudonym import pseudonym
from pejling.participation.models import Contribution, Flag, Participant
from pejling.participation.verification import Verified
from pejling.plans.models import PlanEntity

ANNOUNCE = "participation"
PUBLISH, HIDE, RESTORE = "publish", "hide", "restore"
# What a moderator may do from each visibility, and the visibility it leads to.
MODERATION = {
    PUBLISH: ({moderation.HELD}, moderation.PUBLISHED),
    HIDE: ({moderation.HELD, moderation.PUBLISHED}, moderation.HIDDEN),
    RESTORE: ({moderation.HIDDEN}, moderation.PUBLISHED),
}
REASON_NEEDED = gettext_noop("Skriv en begrundelse (den gemmes i historikken).")
NOT_NOW = gettext_noop("Det kan ikke gøres med et bidrag, der er %(visibility)s.")


@dataclass(frozen=True)
class Submission:
    """A contribution as the form cleaned it (plain text, a valid CVR number or none)."""

    kind: str
    giver: str
    text: str
    email: str
    organisation: str = ""
    cvr: str = ""
    age_band: str = ""
    postal_code: str = ""
    wants_updates: bool = False
    language: str = "da"  # the page's: mails to the person are written in it
    verified: Verified | None = None  # "verificeret borger" through the MitID broker, when the person chose it


def _participant(email: str, now: datetime, language: str) -> Participant:
    found = Participant.objects.select_for_update().filter(email=email).first()
    if found is None:
        name = pseudonym(secrets.token_bytes(6))
        while Participant.objects.filter(pseudonym=name).exists():
            name = pseudonym(secrets.token_bytes(6))
        found = Participant(email=email, pseudonym=name, created_at=now, last_active_at=now)
    found.last_active_at, found.language = now, language
    found.save()
    return found


def submit(now: datetime, entity: PlanEntity, given: Submission) -> Contribution:
    """Store a contribution that waits for its writer to confirm the e-mail address (nothing is public yet)."""
    fields = {name: getattr(given, name) for name in ("kind", "giver", "text", "organisation", "cvr", "age_band")}
    if given.verified is not None and given.verified.age_band:
        fields["age_band"] = given.verified.age_band  # the verified band, not the stated one
    with change(None, now, "contribution.submit") as audit:
        participant = _participant(given.email.strip().lower(), now, given.language)
        if given.verified is not None:
            participant.verified_resident = given.verified.resident
            participant.verified_age_band = given.verified.age_band
            participant.save()
        contribution = Contribution(
            entity=entity,
            participant=participant,
            postal_code=given.postal_code,
            wants_updates=given.wants_updates,
            verified_resident=given.verified.resident if given.verified else None,
            created_at=now,
            **fields,
        )
        audit.track(contribution)
        contribution.save()
    return contribution


def confirm(now: datetime, contribution: Contribution) -> Contribution:
    """The writer opened the mailed link: the contribution is received (its answer deadline starts) and goes
    out, or waits for a moderator when it is the person's first. Confirming twice changes nothing."""
    if contribution.visibility != moderation.UNCONFIRMED or contribution.participant is None:
        return contribution
    participant = contribution.participant
    earlier = participant.contributions.filter(visibility=moderation.PUBLISHED).exclude(pk=contribution.pk).count()
    visibility = moderation.visibility_on_arrival(earlier)
    announce_as = ANNOUNCE if visibility == moderation.PUBLISHED else None
    with change(None, now, "contribution.confirm", announce_as=announce_as) as audit:
        audit.track(contribution)
        contribution.visibility, contribution.received_at = visibility, now
        contribution.save()
        participant.confirmed_at = participant.confirmed_at or now
        participant.last_active_at = now
        participant.save()
    return contribution


def flag(now: datetime, contribution: Contribution, reason: str, reporter: str) -> bool:
    """Someone reports a published contribution (``reporter`` is their keyed hash); enough reports from
    different addresses hide it until a moderator looks. False when this address had already reported it."""
    hide_after = settings.PEJLING_FLAGS_TO_HIDE
    try:
        with change(None, now, "contribution.flag") as audit:
            Flag.objects.create(contribution=contribution, reason=reason, at=now, reporter=reporter)
            audit.track(contribution)
            contribution.flag_count += 1
            hidden = moderation.visibility_after_flag(contribution.visibility, contribution.flag_count, hide_after)
            if hidden != contribution.visibility:
                contribution.visibility = hidden
                contribution.moderation_note = f"automatisk skjult efter {contribution.flag_count} anmeldelser"
                announce(ANNOUNCE)
            contribution.save()
    except IntegrityError:
        return False
    return True


def moderate(actor: Any, now: datetime, contribution: Contribution, step: str, reason: str = "") -> Contribution:
    """Publish a held contribution, hide one, or restore a hidden one (which starts its flag count anew)."""
    require(actor, roles.MODERATE_INPUT)
    allowed_from, to = MODERATION[step]
    if contribution.visibility not in allowed_from:
        label = gettext(moderation.VISIBILITIES[contribution.visibility]).lower()
        raise ValidationError(gettext(NOT_NOW) % {"visibility": label})
    if step != PUBLISH and not reason.strip():
        raise ValidationError(gettext(REASON_NEEDED))
    with change(actor, now, f"contribution.{step}", announce_as=ANNOUNCE) as audit:
        audit.track(contribution)
        contribution.visibility = to
        contribution.moderation_note = reason.strip()
        if step == RESTORE:
            contribution.flag_count = 0
        contribution.save()
    return contribution


def answer(
    actor: Any,
    now: datetime,
    contribution: Contribution,
    *,
    status: str,
    text: str,
    reason: str = "",
    initiative: PlanEntity | None = None,
) -> Contribution:
    """The municipality's answer and the contribution's status (an initiative it feeds, or why it is not
    followed); every problem is reported at once."""
    require(actor, roles.ANSWER_INPUT)
    problems = kinds.answer_problems(
        status, answer=text, reason=reason, initiative=initiative.key if initiative else None
    )
    if initiative is not None and (
        initiative.kind != PlanEntity.Kind.INITIATIVE or initiative.plan_id != contribution.entity.plan_id
    ):
        problems.append(gettext_noop("Initiativet hører ikke til planen."))
    if problems:
        raise ValidationError([gettext(p) for p in problems])
    found = kinds.STATUSES[status]
    with change(actor, now, "contribution.answer", announce_as=ANNOUNCE) as audit:
        audit.track(contribution)
        contribution.status, contribution.answer = status, text.strip()
        contribution.status_reason = reason.strip() if found.needs_reason else ""
        contribution.initiative = initiative if found.needs_initiative else None
        if found.answered and contribution.answered_at is None:
            contribution.answered_at, contribution.answered_by = now, actor
        contribution.save()
    return contribution


def stop_updates(now: datetime, contribution: Contribution) -> Contribution:
    """The writer no longer wants mails about the initiative their contribution feeds."""
    with change(None, now, "contribution.stop_updates") as audit:
        audit.track(contribution)
        contribution.wants_updates = False
        contribution.save()
    return contribution
