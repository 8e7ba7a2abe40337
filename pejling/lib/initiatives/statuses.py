"""An initiative's status: the registry (code, Danish label for gettext, whether a reason is required)."""

from __future__ import annotations

from dataclasses import dataclass

from pejling.lib.i18n import gettext_noop

NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
DELAYED = "delayed"
COMPLETED = "completed"
STOPPED = "stopped"


@dataclass(frozen=True)
class InitiativeStatus:
    code: str
    label: str
    needs_reason: bool
    icon: str


STATUSES: dict[str, InitiativeStatus] = {
    s.code: s
    for s in (
        InitiativeStatus(NOT_STARTED, gettext_noop("Ikke startet"), False, "○"),
        InitiativeStatus(IN_PROGRESS, gettext_noop("I gang"), False, "◐"),
        InitiativeStatus(DELAYED, gettext_noop("Forsinket"), True, "◔"),
        InitiativeStatus(COMPLETED, gettext_noop("Afsluttet"), False, "●"),
        InitiativeStatus(STOPPED, gettext_noop("Stoppet"), True, "✖"),
    )
}
CHOICES = [(s.code, s.label) for s in STATUSES.values()]

REASON_REQUIRED = gettext_noop("Angiv en begrundelse, når initiativet er forsinket eller stoppet.")


def status_problems(status: str, reason: str) -> list[str]:
    """The Danish messages (gettext msgids) for what is wrong with a status and its reason."""
    if status not in STATUSES:
        return [gettext_noop("Ukendt status.")]
    if STATUSES[status].needs_reason and not reason.strip():
        return [REASON_REQUIRED]
    return []
