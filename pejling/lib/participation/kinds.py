"""What a contribution is (an idea, a concern, local knowledge, an offer to help) and who gives it, the age
bands people may state, and the statuses of the municipality's answer — each a code with a Danish msgid."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pejling.lib.i18n import gettext_noop

IDEA, CONCERN, KNOWLEDGE, OFFER = "idea", "concern", "knowledge", "offer"
KINDS = {
    IDEA: gettext_noop("En idé"),
    CONCERN: gettext_noop("En bekymring"),
    KNOWLEDGE: gettext_noop("Lokal viden"),
    OFFER: gettext_noop("Et tilbud om at hjælpe"),
}
CITIZEN, VOLUNTEER, ASSOCIATION, BUSINESS = "citizen", "volunteer", "association", "business"
GIVERS = {
    CITIZEN: gettext_noop("Borger"),
    VOLUNTEER: gettext_noop("Frivillig"),
    ASSOCIATION: gettext_noop("Forening"),
    BUSINESS: gettext_noop("Virksomhed"),
}
# FOLK1A's single years grouped; a band is stated by choice (or verified), never a birth date.
AGE_BAND_YEARS = {
    "0-17": range(0, 18),
    "18-29": range(18, 30),
    "30-49": range(30, 50),
    "50-64": range(50, 65),
    "65+": range(65, 126),
}
AGE_BANDS = tuple(AGE_BAND_YEARS)


def age_band(born: date, today: date) -> str:
    """The band of someone born on ``born``, on ``today`` (from a verified birth date, which is not kept)."""
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return next(band for band, years in AGE_BAND_YEARS.items() if age in years)


@dataclass(frozen=True)
class AnswerStatus:
    code: str
    label: str
    needs_reason: bool  # "ikke fulgt" says why
    needs_initiative: bool  # "indgår i initiativ X" names X
    answered: bool  # the municipality has answered (the deadline is met)


RECEIVED, IN_PROGRESS, ANSWERED, IN_INITIATIVE, NOT_FOLLOWED = (
    "received",
    "in_progress",
    "answered",
    "in_initiative",
    "not_followed",
)
STATUSES: dict[str, AnswerStatus] = {
    s.code: s
    for s in (
        AnswerStatus(RECEIVED, gettext_noop("Modtaget"), False, False, False),
        AnswerStatus(IN_PROGRESS, gettext_noop("Under behandling"), False, False, False),
        AnswerStatus(ANSWERED, gettext_noop("Besvaret"), False, False, True),
        AnswerStatus(IN_INITIATIVE, gettext_noop("Indgår i initiativ %(initiative)s"), False, True, True),
        AnswerStatus(NOT_FOLLOWED, gettext_noop("Ikke fulgt"), True, False, True),
    )
}
REASON_REQUIRED = gettext_noop("Skriv hvorfor forslaget ikke følges.")
INITIATIVE_REQUIRED = gettext_noop("Vælg det initiativ, bidraget indgår i.")
ANSWER_REQUIRED = gettext_noop("Skriv kommunens svar.")


def answer_problems(status: str, *, answer: str, reason: str, initiative: str | None) -> list[str]:
    """Every problem with an answer in ``status`` (Danish msgids; [] when it may be saved)."""
    found = STATUSES[status]
    problems = []
    if found.answered and not answer.strip():
        problems.append(ANSWER_REQUIRED)
    if found.needs_reason and not reason.strip():
        problems.append(REASON_REQUIRED)
    if found.needs_initiative and not initiative:
        problems.append(INITIATIVE_REQUIRED)
    return problems
