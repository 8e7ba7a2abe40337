"""From a Mål's interpretation to the numbers the method needs: direction, threshold, target value."""

from __future__ import annotations

from dataclasses import dataclass

from pejling.lib.planfile.direction import parse_direction
from pejling.lib.planfile.schema import Target

AMBITION_PERCENT = {"markant": 20.0, "væsentligt": 15.0, "betydeligt": 10.0}


@dataclass(frozen=True)
class Reading:
    """How one Mål is assessed: +1/−1, an optional threshold, and the rule for its target value."""

    direction: int
    threshold: float | None
    rule: str
    target_year: int
    long_view_year: int
    base_year: int | None
    decided: bool


def reading_of(target: Target) -> Reading:
    direction = parse_direction(target.direction)
    rule = target.interpretation
    return Reading(
        direction=1 if direction.better == "up" else -1,
        threshold=direction.threshold,
        rule=rule.rule,
        target_year=rule.target_year,
        long_view_year=rule.long_view_year,
        base_year=rule.base_year,
        decided=rule.decided,
    )


def target_value(target: Target, base_value: float | None) -> float | None:
    """The target value the interpretation implies for a base value (None for trend and threshold rules).

    "markant" / "væsentligt" / "betydeligt" mean 20 % / 15 % / 10 % better than the base value.
    """
    rule = target.interpretation
    if rule.rule == "value":
        return rule.target_value
    if base_value is None or rule.rule in ("trend", "threshold"):
        return None
    better = 1 if parse_direction(target.direction).better == "up" else -1
    if rule.rule == "ambition" and target.ambition is not None:
        return base_value * (1 + better * AMBITION_PERCENT[target.ambition] / 100)
    if rule.rule == "relative" and rule.relative_change_percent is not None:
        return base_value * (1 + rule.relative_change_percent / 100)
    return None
