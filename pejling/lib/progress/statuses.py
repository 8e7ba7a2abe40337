"""The status registry (code, Danish label for gettext, icon, order, whether it carries a score) and the score
bands that map a mean score to a status."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pejling.lib.i18n import gettext_noop

TARGET_ACHIEVED = "target_achieved"
TARGET_NOT_ACHIEVED = "target_not_achieved"
SUBSTANTIAL = "substantial_progress"
MODERATE = "moderate_progress"
LIMITED = "limited_progress"
DETERIORATION = "deterioration"
INCONCLUSIVE = "inconclusive"
NOT_AVAILABLE = "not_available"


@dataclass(frozen=True)
class Status:
    """One status: its code, Danish label (the gettext msgid), icon, place in every list, and whether an
    assessment with this status has a score that counts in means."""

    code: str
    label: str
    icon: str
    order: int
    carries_score: bool


STATUSES: dict[str, Status] = {
    s.code: s
    for s in (
        Status(TARGET_ACHIEVED, gettext_noop("Mål nået"), "✔", 0, True),
        Status(SUBSTANTIAL, gettext_noop("På rette spor"), "▲", 1, True),
        Status(MODERATE, gettext_noop("Fremskridt, men skal accelereres"), "◆", 2, True),
        Status(LIMITED, gettext_noop("Begrænset fremskridt"), "●", 3, True),
        Status(DETERIORATION, gettext_noop("Forværring"), "▼", 4, True),
        Status(TARGET_NOT_ACHIEVED, gettext_noop("Mål ikke nået"), "✖", 5, True),
        Status(INCONCLUSIVE, gettext_noop("Uafklaret"), "?", 6, False),  # its interval spans two statuses
        Status(NOT_AVAILABLE, gettext_noop("Kan ikke vurderes"), "–", 7, False),
    )
}
ORDER = sorted(STATUSES, key=lambda code: STATUSES[code].order)


def in_order(counts: dict[str, int]) -> list[tuple[str, int]]:
    """Status counts in the registry's order (never alphabetical by code)."""
    return sorted(counts.items(), key=lambda item: STATUSES[item[0]].order)


@dataclass(frozen=True)
class Result:
    """The outcome for one series: status, score (−5 … +5; None unless the status is conclusive), and every
    component."""

    status: str
    score: float | None
    method: str
    reason: str = ""  # a code in lib/progress/messages.REASONS
    components: dict[str, Any] = field(default_factory=dict)
    reason_params: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """The Danish label; Django code translates it with gettext."""
        return STATUSES[self.status].label

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "label_da": STATUSES[self.status].label,
            "score": self.score,
            "method": self.method,
            "reason": self.reason,
            "reason_params": self.reason_params,
            "components": self.components,
        }


def not_available(method: str, reason: str, params: dict[str, Any] | None = None, /, **components: Any) -> Result:
    """No status: ``reason`` is a code in messages.REASONS, ``params`` its values."""
    return Result(NOT_AVAILABLE, None, method, reason, components, params or {})


def status_from_score(score: float) -> str:
    """Open SDG's bands for a mean score: [2.5, 5] substantial, [0, 2.5) moderate, [−2.5, 0) limited, else
    deterioration."""
    if score >= 2.5:
        return SUBSTANTIAL
    if score >= 0:
        return MODERATE
    if score >= -2.5:
        return LIMITED
    return DETERIORATION


def aggregate(results: list[Result], weights: list[float] | None = None) -> Result:
    """An indicator from its series: the (weighted) mean of the scores; target achieved only if all achieved."""
    weights = weights or [1.0] * len(results)
    scored = [
        (r.score, w)
        for r, w in zip(results, weights, strict=True)
        if STATUSES[r.status].carries_score and r.score is not None
    ]
    components = {"series": [r.as_dict() for r in results], "weights": weights}
    if not scored:
        if any(r.status == INCONCLUSIVE for r in results):
            return Result(INCONCLUSIVE, None, "aggregate", "no_series_conclusive", components)
        return not_available("aggregate", "no_series_assessable", **components)
    score = sum(s * w for s, w in scored) / sum(w for _, w in scored)
    if all(r.status == TARGET_ACHIEVED for r in results):
        return Result(TARGET_ACHIEVED, 5.0, "aggregate", components=components)
    return Result(status_from_score(score), score, "aggregate", components=components)
