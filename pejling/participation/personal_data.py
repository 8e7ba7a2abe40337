"""A participant's personal data (GDPR): everything kept about them as one JSON document, and its deletion —
the participant goes, their contributions stay, anonymised (no address, pseudonym, organisation, CVR number,
age band or postal code). The audit trail never held those fields (``models.PERSONAL_FIELDS``), and the
deletion's own audit rows hold none either."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.utils.translation import gettext

from pejling.audit.trail import change
from pejling.lib.participation import kinds, moderation
from pejling.participation.models import Participant

ANNOUNCE = "participation"


def _when(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def export(participant: Participant) -> dict[str, Any]:
    """Everything about the participant, in the order a person reads it (field names in English)."""
    contributions = []
    for c in participant.contributions.select_related("entity", "initiative").order_by("created_at", "pk"):
        contributions.append(
            {
                "id": c.pk,
                "about": f"{c.entity.kind}:{c.entity.key}",
                "kind": c.kind,
                "as": c.giver,
                "organisation": c.organisation,
                "cvr": c.cvr,
                "age_band": c.age_band,
                "postal_code": c.postal_code,
                "text": c.text,
                "wants_updates": c.wants_updates,
                "verified_resident": c.verified_resident,
                "sent_at": _when(c.created_at),
                "received_at": _when(c.received_at),
                "visibility": c.visibility,
                "status": c.status,
                "status_text": gettext(kinds.STATUSES[c.status].label)
                % {"initiative": c.initiative.key if c.initiative else ""},
                "answer": c.answer,
                "answered_at": _when(c.answered_at),
            }
        )
    return {
        "email": participant.email,
        "display_name": participant.pseudonym,
        "created_at": _when(participant.created_at),
        "email_confirmed_at": _when(participant.confirmed_at),
        "last_active_at": _when(participant.last_active_at),
        "deletion_warned_at": _when(participant.deletion_warned_at),
        "verified_resident": participant.verified_resident,
        "verified_age_band": participant.verified_age_band,
        "language": participant.language,
        "contributions": contributions,
    }


def erase(now: datetime, participant: Participant, *, why: str = "participant.erase") -> int:
    """Delete the participant; anonymise their contributions (those never confirmed are deleted). Returns how
    many contributions stay, anonymised."""
    kept = 0
    with change(None, now, why, announce_as=ANNOUNCE) as audit:
        for c in list(participant.contributions.all()):
            if c.visibility == moderation.UNCONFIRMED:
                audit.delete(c)
                continue
            audit.track(c)
            c.participant = None
            c.organisation = c.cvr = c.age_band = c.postal_code = ""
            c.wants_updates, c.verified_resident = False, None
            c.anonymised_at = now
            c.save()
            kept += 1
        participant.delete()
    return kept
