"""When an initiative's updates are due: its cadence cuts time into reporting periods (``2026K4``, ``2026M03``,
``2026H2``, ``2026``); the update for a period is due a number of working days after the period ends, and
is missing (overdue) from the first working day after that."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pejling.lib.i18n import gettext_noop
from pejling.lib.workdays import WorkCalendar

DEFAULT_CADENCE = "quarterly"
DEFAULT_DUE_AFTER_WORKING_DAYS = 10


@dataclass(frozen=True, order=True)
class ReportingPeriod:
    start: date
    end: date
    code: str


@dataclass(frozen=True)
class Cadence:
    code: str
    label: str  # Danish gettext msgid
    months: int  # length of a period
    code_of: Callable[[int, int], str]  # (year, index from 1) -> period code


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


CADENCES: dict[str, Cadence] = {
    c.code: c
    for c in (
        Cadence("monthly", gettext_noop("Månedlig"), 1, lambda y, i: f"{y}M{i:02d}"),
        Cadence("quarterly", gettext_noop("Kvartalsvis"), 3, lambda y, i: f"{y}K{i}"),
        Cadence("half_yearly", gettext_noop("Halvårlig"), 6, lambda y, i: f"{y}H{i}"),
        Cadence("yearly", gettext_noop("Årlig"), 12, lambda y, i: f"{y}"),
    )
}
CADENCE_CHOICES = [(c.code, c.label) for c in CADENCES.values()]
_CODE = re.compile(r"^(?P<y>\d{4})(?:(?P<k>[MKH])(?P<i>\d{1,2}))?$")
_MONTHS_BY_LETTER = {"M": 1, "K": 3, "H": 6, None: 12}


def period_containing(cadence: str, day: date) -> ReportingPeriod:
    """The reporting period of the cadence that contains ``day``."""
    spec = CADENCES[cadence]
    index = (day.month - 1) // spec.months + 1
    first_month = (index - 1) * spec.months + 1
    start = date(day.year, first_month, 1)
    end = _month_end(day.year, first_month + spec.months - 1)
    return ReportingPeriod(start, end, spec.code_of(day.year, index))


def parse_period_code(code: str) -> ReportingPeriod | None:
    """A reporting period from its code (any cadence), or None when the code is not one."""
    match = _CODE.match(code.strip())
    if not match:
        return None
    months = _MONTHS_BY_LETTER[match["k"]]
    index = int(match["i"] or 1)
    if not 1 <= index <= 12 // months:
        return None
    first_month = (index - 1) * months + 1
    year = int(match["y"])
    return ReportingPeriod(date(year, first_month, 1), _month_end(year, first_month + months - 1), code.strip())


def periods(cadence: str, start: date, end: date) -> list[ReportingPeriod]:
    """Every period of the cadence that overlaps ``start`` … ``end``, in order."""
    found: list[ReportingPeriod] = []
    current = period_containing(cadence, start)
    while current.start <= end:
        found.append(current)
        following = date(current.end.year + (current.end.month == 12), current.end.month % 12 + 1, 1)
        current = period_containing(cadence, following)
    return found


State = Literal["open", "due", "overdue", "submitted"]


@dataclass(frozen=True)
class Slot:
    """One period's update: when it is due and where it stands on ``today``."""

    period: ReportingPeriod
    due: date
    state: State


def schedule(
    cadence: str,
    *,
    start: date,
    end: date | None,
    today: date,
    submitted: Iterable[str],
    work: WorkCalendar,
    due_after: int = DEFAULT_DUE_AFTER_WORKING_DAYS,
) -> list[Slot]:
    """The slots from the period containing ``start`` to the one containing ``today`` (or ``end`` when
    earlier). A period whose update is in is submitted; a running period is open; an ended one is due until
    its due date and overdue after."""
    done = set(submitted)
    last = min(today, end) if end else today
    slots = []
    for period in periods(cadence, start, last) if start <= last else []:
        due = work.add(period.end, due_after)
        state: State
        if period.code in done:
            state = "submitted"
        elif today <= period.end:
            state = "open"
        elif today <= due:
            state = "due"
        else:
            state = "overdue"
        slots.append(Slot(period, due, state))
    return slots


def missing(slots: Iterable[Slot]) -> list[Slot]:
    return [slot for slot in slots if slot.state == "overdue"]
