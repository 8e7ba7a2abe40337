"""Comparisons for one indicator: country, comparison group (unweighted and weighted), gaps, rank among
the 98 municipalities, a long-run index, and the difference in trends ("is it us or the whole country?")."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pejling.lib.geography import COUNTRY, MUNICIPALITY_CODES
from pejling.lib.progress.robust import CONFIDENCE, fit, t_quantile

Series = Mapping[int, float]


@dataclass(frozen=True)
class GroupValue:
    """A group's value in one year, both as the plain mean of members and weighted (e.g. by population)."""

    unweighted: float | None
    weighted: float | None
    weight_label: str
    members_used: int
    members_missing: tuple[str, ...]


@dataclass(frozen=True)
class Rank:
    """1 is best. Ties share the best rank of their group (1, 2, 2, 4); missing municipalities are listed."""

    rank: int | None
    of: int
    tied_with: int
    missing: tuple[str, ...]
    better: str  # "higher" or "lower"


@dataclass(frozen=True)
class TrendDifference:
    """The municipality's yearly trend minus the group's, with a 90 % interval (growth rates per year)."""

    municipality: float
    group: float
    difference: float
    low: float
    high: float
    since: int


def group_value(
    values: Mapping[str, float | None],
    members: Sequence[str],
    weights: Mapping[str, float] | None = None,
    weight_label: str = "befolkning",
) -> GroupValue:
    """The group's mean in one year. ``000`` as a member stands for the country's own value."""
    present = {m: values[m] for m in members if values.get(m) is not None}
    missing = tuple(m for m in members if m not in present)
    if not present:
        return GroupValue(None, None, weight_label, 0, missing)
    plain = sum(v for v in present.values() if v is not None) / len(present)
    weighted = None
    if weights and all(weights.get(m) for m in present):
        total = sum(weights[m] for m in present)
        weighted = sum(weights[m] * v for m, v in present.items() if v is not None) / total
    return GroupValue(plain, weighted, weight_label, len(present), missing)


def rank(values: Mapping[str, float | None], area: str, direction: int) -> Rank:
    """The area's rank among the 98 municipalities in one year (competition ranking)."""
    scored = {code: v for code, v in values.items() if code in MUNICIPALITY_CODES and v is not None}
    missing = tuple(sorted(MUNICIPALITY_CODES - set(scored)))
    better = "higher" if direction > 0 else "lower"
    mine = scored.get(area)
    if mine is None:
        return Rank(None, len(scored), 0, missing, better)
    ahead = sum(1 for v in scored.values() if (v > mine if direction > 0 else v < mine))
    tied = sum(1 for v in scored.values() if v == mine) - 1
    return Rank(ahead + 1, len(scored), tied, missing, better)


def long_run_index(series: Series) -> dict[int, float]:
    """Each year relative to the first year with a (non-zero) value, which is 100."""
    years = sorted(y for y, v in series.items() if v is not None)
    if not years or series[years[0]] == 0:
        return {}
    first = series[years[0]]
    return {y: series[y] / first * 100 for y in years}


def group_series(values_by_area: Mapping[str, Series], members: Sequence[str]) -> dict[int, float]:
    """The unweighted group mean per year (years where at least one member has a value)."""
    years = sorted({y for m in members for y in values_by_area.get(m, {})})
    out = {}
    for year in years:
        present = [values_by_area[m][year] for m in members if year in values_by_area.get(m, {})]
        if present:
            out[year] = sum(present) / len(present)
    return out


def trend_difference(mine: Series, group: Series, since: int) -> TrendDifference | None:
    """Difference of two fitted yearly trends since ``since``; None with fewer than 3 common years."""
    years = sorted(set(y for y in mine if y >= since) & set(y for y in group if y >= since))
    if len(years) < 3:
        return None
    a, b = ({y: s[y] for y in years} for s in (mine, group))
    log_scale = all(v > 0 for v in (*a.values(), *b.values()))
    fa, fb = fit(a, log_scale), fit(b, log_scale)

    def rate(f_slope: float, points: Mapping[int, float]) -> float:
        if log_scale:
            return math.exp(f_slope) - 1
        return f_slope / (sum(abs(v) for v in points.values()) / len(points))

    diff = fa.slope - fb.slope
    se = math.sqrt(fa.slope_se**2 + fb.slope_se**2)
    half = t_quantile(2 * len(years) - 4, CONFIDENCE) * se
    scale_a = 1.0 if log_scale else sum(abs(v) for v in a.values()) / len(a)
    return TrendDifference(
        municipality=rate(fa.slope, a),
        group=rate(fb.slope, b),
        difference=diff / scale_a,
        low=(diff - half) / scale_a,
        high=(diff + half) / scale_a,
        since=years[0],
    )


def _plain(item: GroupValue | Rank | TrendDifference) -> dict[str, Any]:
    """A flat result as a dict (its fields are plain values; no deep copy needed)."""
    return dict(vars(item))


def compare(
    values_by_area: Mapping[str, Series],
    area: str,
    year: int,
    direction: int,
    groups: Mapping[str, Sequence[str]],
    weights: Mapping[str, float] | None = None,
    since: int | None = None,
    weight_label: str = "befolkning",
    group_series_cache: dict[tuple[str, ...], Series] | None = None,
) -> dict[str, Any]:
    """Everything the Mål page shows beside the municipality's value for one year, as plain data. A caller that
    compares many areas on the same values may pass ``group_series_cache`` to compute each group's series once."""
    in_year = {code: series.get(year) for code, series in values_by_area.items()}
    mine = in_year.get(area)
    country = in_year.get(COUNTRY)
    out: dict[str, Any] = {
        "year": year,
        "value": mine,
        "country": country,
        "gap_to_country": None if mine is None or country is None else mine - country,
        "rank": _plain(rank(in_year, area, direction)),
        "index": {
            "municipality": long_run_index(values_by_area.get(area, {})),
            "country": long_run_index(values_by_area.get(COUNTRY, {})),
        },
        "groups": {},
    }
    first_year = since if since is not None else min(values_by_area.get(area, {year: 0}).keys())
    for name, members in groups.items():
        value = group_value(in_year, members, weights, weight_label)
        series: Series
        if group_series_cache is None:
            series = group_series(values_by_area, members)
        else:
            key = tuple(members)
            if key not in group_series_cache:
                group_series_cache[key] = group_series(values_by_area, members)
            series = group_series_cache[key]
        difference = trend_difference(values_by_area.get(area, {}), series, first_year)
        out["groups"][name] = {
            "value": _plain(value),
            "gap": None if mine is None or value.unweighted is None else mine - value.unweighted,
            "index": long_run_index(series),
            "trend_difference": None if difference is None else _plain(difference),
        }
    return out


def versus(mine: Series, found: Sequence[tuple[str, str, Series]], direction: int) -> list[dict[str, Any]]:
    """ "Er det os eller hele landet?": the municipality's yearly trend against each comparator of ``found``
    ((kind, name, series); the neighbours are left out) since the data begin, with a 90 % interval, turned so
    that positive is the Mål's direction; ``verdict`` is better, worse or same (within the interval)."""
    out = []
    for kind, name, theirs in found:
        if kind == "peers" or not mine:
            continue
        difference = trend_difference(mine, theirs, min(mine))
        if difference is None:
            continue
        low, high = sorted((direction * difference.low, direction * difference.high))
        verdict = "better" if low > 0 else "worse" if high < 0 else "same"
        out.append(
            {
                "kind": kind,
                "name": name,
                "since": difference.since,
                "difference": direction * difference.difference,
                "low": low,
                "high": high,
                "verdict": verdict,
            }
        )
    return out
