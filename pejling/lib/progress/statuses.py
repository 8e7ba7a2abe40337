"""Status codes, their Danish and English labels, and the score bands that map a mean score to a status."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TARGET_ACHIEVED = "target_achieved"
TARGET_NOT_ACHIEVED = "target_not_achieved"
SUBSTANTIAL = "substantial_progress"
MODERATE = "moderate_progress"
LIMITED = "limited_progress"
DETERIORATION = "deterioration"
INCONCLUSIVE = "inconclusive"
NOT_AVAILABLE = "not_available"

LABELS: dict[str, tuple[str, str]] = {
    TARGET_ACHIEVED: ("Mål nået", "Target achieved"),
    TARGET_NOT_ACHIEVED: ("Mål ikke nået", "Target not achieved"),
    SUBSTANTIAL: ("På rette spor", "On track"),
    MODERATE: ("Fremskridt, men skal accelereres", "Progress made but acceleration needed"),
    LIMITED: ("Begrænset fremskridt", "Limited progress"),
    DETERIORATION: ("Forværring", "Deterioration"),
    INCONCLUSIVE: ("Uafklaret", "Inconclusive"),
    NOT_AVAILABLE: ("Kan ikke vurderes", "Not available"),
}
ORDER = [
    TARGET_ACHIEVED,
    SUBSTANTIAL,
    MODERATE,
    LIMITED,
    DETERIORATION,
    TARGET_NOT_ACHIEVED,
    INCONCLUSIVE,
    NOT_AVAILABLE,
]


@dataclass(frozen=True)
class Result:
    """The outcome for one series: status, score (−5 … +5, None when not available), and every component."""

    status: str
    score: float | None
    method: str
    reason: str = ""
    components: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return LABELS[self.status][0]

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "label_da": LABELS[self.status][0],
            "label_en": LABELS[self.status][1],
            "score": self.score,
            "method": self.method,
            "reason": self.reason,
            "components": self.components,
        }


def not_available(method: str, reason: str, **components: Any) -> Result:
    return Result(NOT_AVAILABLE, None, method, reason, components)


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
    scored = [(r.score, w) for r, w in zip(results, weights, strict=True) if r.score is not None]
    components = {"series": [r.as_dict() for r in results], "weights": weights}
    if not scored:
        return not_available("aggregate", "ingen serie kan vurderes / no series can be assessed", **components)
    score = sum(s * w for s, w in scored) / sum(w for _, w in scored)
    if all(r.status == TARGET_ACHIEVED for r in results):
        return Result(TARGET_ACHIEVED, 5.0, "aggregate", components=components)
    return Result(status_from_score(score), score, "aggregate", components=components)
