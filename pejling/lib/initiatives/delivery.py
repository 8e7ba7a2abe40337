"""Levering × effekt: each initiative's delivery (delivered, on time, late, stopped) against the trend of each
Mål it is meant to move (improving, flat, worsening, not yet assessable). Two corners are questions for the
council: delivered or on time while the figure does not move, and a figure that moves without delivery."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from pejling.lib.i18n import gettext_noop
from pejling.lib.initiatives.statuses import COMPLETED, DELAYED, NOT_STARTED, STOPPED
from pejling.lib.progress import statuses as progress

DELIVERED, ON_TIME, LATE, HALTED = "delivered", "on_time", "late", "stopped"
DELIVERY = {
    DELIVERED: gettext_noop("Leveret"),
    ON_TIME: gettext_noop("Til tiden"),
    LATE: gettext_noop("Forsinket"),
    HALTED: gettext_noop("Stoppet"),
}
IMPROVING, FLAT, WORSENING, NOT_ASSESSABLE = "improving", "flat", "worsening", "not_assessable"
TRENDS = {
    IMPROVING: gettext_noop("Tallet forbedres"),
    FLAT: gettext_noop("Tallet står stille"),
    WORSENING: gettext_noop("Tallet forværres"),
    NOT_ASSESSABLE: gettext_noop("Kan endnu ikke vurderes"),
}
_TREND_OF_STATUS = {
    progress.TARGET_ACHIEVED: IMPROVING,
    progress.SUBSTANTIAL: IMPROVING,
    progress.MODERATE: IMPROVING,
    progress.LIMITED: FLAT,
    progress.DETERIORATION: WORSENING,
    progress.TARGET_NOT_ACHIEVED: WORSENING,
    progress.INCONCLUSIVE: NOT_ASSESSABLE,
    progress.NOT_AVAILABLE: NOT_ASSESSABLE,
}
QUESTIONS = {
    (DELIVERED, FLAT): "delivered_no_move",
    (DELIVERED, WORSENING): "delivered_no_move",
    (ON_TIME, FLAT): "delivered_no_move",
    (ON_TIME, WORSENING): "delivered_no_move",
    (LATE, IMPROVING): "moves_without_delivery",
    (HALTED, IMPROVING): "moves_without_delivery",
}
QUESTION_TEXTS = {
    "delivered_no_move": gettext_noop("Leveret, men tallet flytter sig ikke — et spørgsmål til byrådet."),
    "moves_without_delivery": gettext_noop("Tallet flytter sig uden levering — det peger på drivkræfter udefra."),
}


def delivery(status: str, *, today: date, start: date | None, end: date | None, open_due: Iterable[date]) -> str:
    """An initiative's delivery on ``today``: stopped, delivered (afsluttet), late (status forsinket, a
    milestone past its due date and not done, its end passed unfinished, or not started after its start),
    else on time. ``open_due`` are the due dates of milestones not done."""
    if status == STOPPED:
        return HALTED
    if status == COMPLETED:
        return DELIVERED
    late = (
        status == DELAYED
        or any(due < today for due in open_due)
        or (end is not None and end < today)
        or (status == NOT_STARTED and start is not None and start < today)
    )
    return LATE if late else ON_TIME


def trend(status_code: str | None) -> str:
    """The trend a Mål's assessment status shows; no assessment is not yet assessable."""
    return _TREND_OF_STATUS.get(status_code or "", NOT_ASSESSABLE)


@dataclass(frozen=True)
class Placement:
    initiative: str  # the initiative's key
    target: str  # the Mål's key
    delivery: str
    trend: str

    @property
    def question(self) -> str | None:
        return QUESTIONS.get((self.delivery, self.trend))


def grid(placements: Iterable[Placement]) -> dict[tuple[str, str], list[Placement]]:
    """Every (delivery, trend) cell in order, each with its placements (empty cells included)."""
    cells: dict[tuple[str, str], list[Placement]] = {(d, t): [] for d in DELIVERY for t in TRENDS}
    for placement in placements:
        cells[(placement.delivery, placement.trend)].append(placement)
    return cells
