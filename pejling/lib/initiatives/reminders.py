"""Which reminders are due on a day: before an update is due, on the day it becomes overdue, and an
escalation to the forvaltning's contact after a further delay, all counted in working days. Each reminder
has a key (period, kind) so that sending is idempotent: a key already sent is never sent again."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pejling.lib.initiatives.schedule import Slot
from pejling.lib.workdays import WorkCalendar

Kind = Literal["upcoming", "overdue", "escalation"]
DEFAULT_REMIND_BEFORE = 5
DEFAULT_ESCALATE_AFTER = 10


@dataclass(frozen=True)
class Reminder:
    kind: Kind
    period: str
    due: date
    send_on: date


def reminders_due(
    slots: Iterable[Slot],
    *,
    today: date,
    work: WorkCalendar,
    already_sent: set[tuple[str, str]],
    remind_before: int = DEFAULT_REMIND_BEFORE,
    escalate_after: int = DEFAULT_ESCALATE_AFTER,
) -> list[Reminder]:
    """The reminders to send on ``today`` for updates not yet submitted. An advance reminder goes out from
    ``remind_before`` working days before the due date up to the due date; the overdue one from the first
    working day after it; the escalation from ``escalate_after`` working days after it. Only the latest
    applicable kind is sent for a period (no advance reminder once it is overdue)."""
    found = []
    for slot in slots:
        if slot.state == "submitted":
            continue
        overdue_on = work.add(slot.due, 1)
        kinds: list[tuple[Kind, date]] = [
            ("escalation", work.add(slot.due, escalate_after)),
            ("overdue", overdue_on),
            ("upcoming", work.add(slot.due, -remind_before)),
        ]
        for kind, send_on in kinds:
            if send_on <= today:
                if (slot.period.code, kind) not in already_sent:
                    found.append(Reminder(kind, slot.period.code, slot.due, send_on))
                break
    return found
