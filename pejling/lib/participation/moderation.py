"""Moderation and answer deadlines: a person's first contribution waits for a moderator, enough flags hide a
contribution until a moderator looks, and the municipality answers within a deadline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from pejling.lib.i18n import gettext_noop

DEFAULT_HIDE_AFTER_FLAGS = 3
DEFAULT_ANSWER_DAYS = 30

# A contribution's visibility: waiting for its writer to confirm the e-mail address, held for a moderator,
# published, or hidden (by flags or by a moderator).
UNCONFIRMED, HELD, PUBLISHED, HIDDEN = "unconfirmed", "held", "published", "hidden"
VISIBILITIES = {
    UNCONFIRMED: gettext_noop("Afventer bekræftelse"),
    HELD: gettext_noop("Afventer moderator"),
    PUBLISHED: gettext_noop("Offentliggjort"),
    HIDDEN: gettext_noop("Skjult"),
}


def visibility_on_arrival(earlier_published: int) -> str:
    """A person's first contribution is held for a moderator; once one has been published, the next go out."""
    return PUBLISHED if earlier_published > 0 else HELD


def visibility_after_flag(visibility: str, flags: int, hide_after: int = DEFAULT_HIDE_AFTER_FLAGS) -> str:
    """A published contribution is hidden automatically once it has ``hide_after`` flags (a moderator may
    restore it); held and hidden ones stay as they are."""
    return HIDDEN if visibility == PUBLISHED and flags >= hide_after else visibility


@dataclass(frozen=True)
class Deadline:
    due: date
    overdue: bool
    days_left: int  # negative when overdue


def answer_deadline(received: date, today: date, *, answered: bool, days: int = DEFAULT_ANSWER_DAYS) -> Deadline:
    """When the answer is due (``days`` calendar days after receipt) and whether it is overdue on ``today``."""
    due = received + timedelta(days=days)
    return Deadline(due, overdue=not answered and today > due, days_left=(due - today).days)
