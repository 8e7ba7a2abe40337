"""Where the trend leads (projection with a 90 % prediction interval) and the pace needed from today."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from pejling.lib.progress.robust import MIN_POINTS, fit


@dataclass(frozen=True)
class Projection:
    year: int
    value: float
    low: float
    high: float


@dataclass(frozen=True)
class RequiredPace:
    """The change per year needed from the latest value to reach the target on time."""

    from_year: int
    years_left: int
    per_year: float  # in the indicator's unit
    growth_per_year: float | None  # compound rate, when both values are positive
    people_per_year: float | None  # for shares: people per year, using the denominator's latest size

    def sentence(self, unit: str, people_label: str = "personer") -> str:
        """E.g. "≈ 0,3 pct.-point om året (≈ 140 personer om året)"."""
        amount = f"{self.per_year:+.2f}".replace(".", ",")
        text = f"≈ {amount} {unit} om året i {self.years_left} år"
        if self.people_per_year is not None:
            people = f"{abs(self.people_per_year):,.0f}".replace(",", ".")
            more = "flere" if self.people_per_year > 0 else "færre"
            text += f" (≈ {people} {more} {people_label} om året)"
        return text


def project(values: dict[int, float], base_year: int, years: list[int]) -> list[Projection]:
    """Projections from the fitted trend since ``base_year``; empty when there are too few points."""
    points = {y: v for y, v in values.items() if v is not None and y >= base_year}
    if len(points) < MIN_POINTS:
        return []
    f = fit(points, all(v > 0 for v in points.values()))
    return [Projection(year, *f.predict(year)) for year in years]


def required_pace(
    current_year: int,
    current_value: float,
    target: float,
    target_year: int,
    *,
    today_year: int,
    denominator: float | None = None,
    percent: bool = False,
) -> RequiredPace | None:
    """The pace needed from ``today_year`` (at least the latest data year) to reach ``target`` by ``target_year``."""
    start = max(today_year, current_year)
    years_left = target_year - start
    if years_left <= 0:
        return None
    per_year = (target - current_value) / years_left
    growth = (target / current_value) ** (1 / years_left) - 1 if target > 0 and current_value > 0 else None
    people = per_year / 100 * denominator if percent and denominator else None
    return RequiredPace(start, years_left, per_year, growth, people)


def as_dict(item: Projection | RequiredPace | None) -> dict[str, Any] | None:
    return None if item is None else asdict(item)
