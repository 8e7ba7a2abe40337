"""The starting position before the plan: where the municipality stands in the base year (its value, its rank
among the 98, the gap to each comparator in the Mål's unit and relative to the comparator) and how each gap
moved over the ten years before the base year. The gap's trend is judged on its 90 % interval with the same
discipline as a status: grown, unchanged or shrunk only when the whole interval says so, else inconclusive.

It describes where the plan starts, never progress under the plan.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pejling.lib.benchmark import Rank, rank
from pejling.lib.charts import is_count
from pejling.lib.progress.robust import fit

Series = Mapping[int, float]
WINDOW = 10  # years before the base year
STEADY = 0.005  # a gap that changes by less than 0.5 % of the comparator's level a year is unchanged
MIN_YEARS = 3
GROWN, UNCHANGED, SHRUNK, INCONCLUSIVE = "grown", "unchanged", "shrunk", "inconclusive"


@dataclass(frozen=True)
class GapTrend:
    """How the signed gap (municipality − comparator) changed a year, with its 90 % interval, and the verdict on
    the distance: grown, unchanged, shrunk or inconclusive."""

    slope: float
    low: float
    high: float
    since: int
    until: int
    verdict: str


@dataclass(frozen=True)
class Gap:
    """The distance to one comparator (the country, a group, the statistical neighbours) in the start year."""

    kind: str  # "country", "group" or "peers"
    name: str
    value: float | None
    gap: float | None  # municipality − comparator, in the Mål's unit
    relative: float | None  # the gap as a share of the comparator's value
    behind: bool | None  # True when the municipality is on the worse side
    trend: GapTrend | None


@dataclass(frozen=True)
class StartingPosition:
    year: int
    value: float
    rank: Rank
    gaps: tuple[Gap, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "value": self.value,
            "rank": {"rank": self.rank.rank, "of": self.rank.of, "better": self.rank.better},
            "gaps": [
                {
                    "kind": g.kind,
                    "name": g.name,
                    "value": g.value,
                    "gap": g.gap,
                    "relative": g.relative,
                    "behind": g.behind,
                    "trend": None if g.trend is None else vars(g.trend),
                }
                for g in self.gaps
            ],
        }


def _verdict(slope: float, gap: float, level: float) -> str:
    if abs(slope) <= STEADY * level:
        return UNCHANGED
    return GROWN if (slope > 0) == (gap >= 0) else SHRUNK  # the distance grows when the gap moves away from 0


def gap_trend(mine: Series, theirs: Series, year: int) -> GapTrend | None:
    """The trend of the gap over the ten years up to ``year``; None with fewer than three common years."""
    years = [y for y in range(year - WINDOW, year + 1) if y in mine and y in theirs]
    if len(years) < MIN_YEARS:
        return None
    gaps = {y: mine[y] - theirs[y] for y in years}
    line = fit(gaps, log_scale=False)
    low, high = line.slope_interval()
    level = sum(abs(theirs[y]) for y in years) / len(years)
    side = sum(gaps.values()) / len(gaps)  # which side of 0 the gap has mostly been on
    bounds = {_verdict(low, side, level), _verdict(high, side, level)}
    verdict = bounds.pop() if len(bounds) == 1 else INCONCLUSIVE  # the verdicts are ordered along the slope
    return GapTrend(line.slope, low, high, years[0], years[-1], verdict)


def starting_position(
    values: Mapping[str, Series],
    area: str,
    base_year: int,
    direction: int,
    comparators: list[tuple[str, str, Series]],
) -> StartingPosition | None:
    """The position in the base year (the latest year up to it that has a value); ``comparators`` are
    (kind, name, yearly series). None when the municipality has no value up to the base year."""
    mine = values.get(area, {})
    years = [y for y in mine if y <= base_year]
    if not years:
        return None
    year = max(years)
    value = mine[year]
    place = rank({code: series.get(year) for code, series in values.items()}, area, direction)
    gaps = []
    for kind, name, theirs in comparators:
        other = theirs.get(year)
        if other is None:
            gaps.append(Gap(kind, name, None, None, None, None, None))
            continue
        gap = value - other
        relative = gap / abs(other) if other else None
        gaps.append(Gap(kind, name, other, gap, relative, direction * gap < 0, gap_trend(mine, theirs, year)))
    return StartingPosition(year, value, place, tuple(gaps))


def comparable_gaps(gaps: Sequence[Mapping[str, Any]], unit: str) -> list[Mapping[str, Any]]:
    """The stored gaps a reader may compare levels with: a count (virksomheder, job, personer) is never set
    against the country's total — the municipality is a small part of it, not behind it."""
    return [gap for gap in gaps if not (gap.get("kind") == "country" and is_count(unit))]
