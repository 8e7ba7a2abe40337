"""A Mål's direction: ``up``, ``down``, or a threshold such as ``above 0`` / ``below 5.5``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

_THRESHOLD = re.compile(r"^(above|below)\s+(-?\d+(?:\.\d+)?)$")


@dataclass(frozen=True)
class Direction:
    """Which way is better; for thresholds, which side of ``threshold`` is met."""

    better: Literal["up", "down"]
    threshold: float | None = None

    @property
    def is_threshold(self) -> bool:
        return self.threshold is not None

    def __str__(self) -> str:
        if self.threshold is None:
            return self.better
        side = "above" if self.better == "up" else "below"
        return f"{side} {self.threshold:g}"


def parse_direction(text: str) -> Direction:
    """Parse a direction; raises ValueError with a bilingual message on anything else."""
    cleaned = text.strip()
    if cleaned in ("up", "down"):
        return Direction(better="up" if cleaned == "up" else "down")
    match = _THRESHOLD.match(cleaned)
    if match:
        return Direction(better="up" if match[1] == "above" else "down", threshold=float(match[2]))
    raise ValueError(f"ugyldig retning / invalid direction {text!r}: use 'up', 'down', 'above <tal>' or 'below <tal>'")
