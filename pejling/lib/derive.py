"""From observations to an indicator series: derivations (a registry) and period alignment rules.

A derivation turns the cells of one area and period into one value: ``identity``, ``total``, ``share``, ``sum``;
``ratio`` divides by a second series from another table, each side aligned by its own rule first.
Missing stays missing: a value that needs a missing cell is None with the reason, never 0. Every point
keeps what it was computed from: a share's or ratio's numerator and denominator, and the newest snapshot
(raw answer) behind each side.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from pejling.lib.periods import Period, parse_period, sub_periods_per_year

# Bump when a derivation or alignment rule changes what it computes: stored indicator values made by an
# older version are computed again.
DERIVE_VERSION = 2


class DerivationError(ValueError):
    """The observations do not fit the derivation (e.g. several cells where one was expected)."""


@dataclass(frozen=True)
class Obs:
    """One stored cell: area, period code, the other variables' codes, the value (None when missing) and
    the snapshot it was read from."""

    area: str
    period: str
    dims: Mapping[str, str]
    value: float | None
    snapshot: int | None = None


@dataclass(frozen=True)
class Point:
    """One value of the indicator; ``value`` None means missing, with ``note`` saying why. ``numerator`` and
    ``denominator`` are set for shares and ratios; ``snapshot`` and ``denominator_snapshot`` are the newest raw
    answers each side was computed from."""

    area: str
    period: str
    value: float | None
    note: str = ""
    numerator: float | None = None
    denominator: float | None = None
    snapshot: int | None = None
    denominator_snapshot: int | None = None


@dataclass(frozen=True)
class _V:
    value: float | None
    note: str = ""
    numerator: float | None = None
    denominator: float | None = None
    snapshot: int | None = None
    denominator_snapshot: int | None = None


Key = tuple[str, str]  # (area, period code)
Values = dict[Key, _V]
Deriver = Callable[[list[Obs], Mapping[str, Any]], _V]
_INCOMPLETE = "incomplete"


def _newest(snapshots: Iterable[int | None]) -> int | None:
    return max((s for s in snapshots if s is not None), default=None)


def _total(cells: Iterable[Obs]) -> _V:
    cells = list(cells)
    snapshot = _newest(c.snapshot for c in cells)
    if not cells:
        return _V(None, "ingen celler / no cells")
    if any(c.value is None for c in cells):
        return _V(None, "mangler i kilden / missing at the source", snapshot=snapshot)
    return _V(sum(c.value for c in cells if c.value is not None), snapshot=snapshot)


def _identity(cells: list[Obs], spec: Mapping[str, Any]) -> _V:
    if len(cells) > 1:
        raise DerivationError(
            f"identity forventer én celle pr. område og periode, fik {len(cells)} / identity expects one cell per "
            f"area and period, got {len(cells)} ({cells[0].area} {cells[0].period}); vælg én kode pr. variabel"
        )
    return _total(cells)


def _divide(top: _V, bottom: _V, scale: float) -> _V:
    """``top / bottom × scale``, keeping both sides and their snapshots."""
    if top.value is None or bottom.value is None:
        value, note = None, top.note or bottom.note
    elif bottom.value == 0:
        value, note = None, "nævneren er 0 / the denominator is 0"
    else:
        value, note = top.value / bottom.value * scale, ""
    return _V(value, note, top.value, bottom.value, top.snapshot, bottom.snapshot)


def _share(cells: list[Obs], spec: Mapping[str, Any]) -> _V:
    variable = spec["variable"]
    top = _total(c for c in cells if c.dims.get(variable) in spec["numerator"])
    bottom = _total(c for c in cells if c.dims.get(variable) in spec["denominator"])
    shared = _divide(top, bottom, float(spec.get("scale", 100.0)))
    return replace(shared, snapshot=_newest([top.snapshot, bottom.snapshot]), denominator_snapshot=None)


def _sum(cells: list[Obs], spec: Mapping[str, Any]) -> _V:
    variable, wanted = spec["variable"], set(spec["values"])
    chosen = [c for c in cells if c.dims.get(variable) in wanted]
    if {c.dims.get(variable) for c in chosen} != wanted:
        return _V(
            None, "ikke alle dele findes / not every part is present", snapshot=_newest(c.snapshot for c in chosen)
        )
    return _total(chosen)


def _all(cells: list[Obs], spec: Mapping[str, Any]) -> _V:
    return _total(cells)


DERIVATIONS: dict[str, Deriver] = {
    "identity": _identity,
    "total": _all,
    "share": _share,
    "sum": _sum,
    "ratio": _all,  # the numerator is the sum of its selected cells
}


def _group(observations: Iterable[Obs]) -> dict[Key, list[Obs]]:
    groups: dict[Key, list[Obs]] = defaultdict(list)
    for obs in observations:
        groups[(obs.area, obs.period)].append(obs)
    return groups


def _as_published(values: Values) -> Values:
    return values


Part = tuple[Period, _V]


def _by_year(values: Values, pick: Callable[[list[Part]], _V | None]) -> Values:
    years: dict[tuple[str, int], list[Part]] = defaultdict(list)
    for (area, code), value in values.items():
        period = parse_period(code)
        years[(area, period.year)].append((period, value))
    out: Values = {}
    for (area, year), parts in years.items():
        parts.sort(key=lambda part: part[0])
        result = pick(parts)
        if result is not None:
            out[(area, str(year))] = result
    return out


def _mean_of(numbers: list[float | None]) -> float | None:
    if any(n is None for n in numbers):
        return None
    return sum(n for n in numbers if n is not None) / len(numbers)


def _mean(parts: list[Part]) -> _V | None:
    needed = sub_periods_per_year(parts[0][0].kind)
    if needed is None:
        return parts[-1][1]
    if len(parts) < needed:
        return None  # the year is not complete yet
    values = [value for _, value in parts]
    snapshot = _newest(v.snapshot for v in values)
    below = _newest(v.denominator_snapshot for v in values)
    if any(v.value is None for v in values):
        return _V(None, "en del af året mangler / part of the year is missing", None, None, snapshot, below)
    top, bottom = _mean_of([v.numerator for v in values]), _mean_of([v.denominator for v in values])
    return _V(_mean_of([v.value for v in values]), "", top, bottom, snapshot, below)


def _last(parts: list[Part]) -> _V | None:
    period, value = parts[-1]
    if period.is_sub_annual and period.end.month != 12:
        return None  # the year's last period has not come yet
    return value


def _shift(values: Values, years: int, end_year: bool) -> Values:
    out: Values = {}
    for (area, code), result in values.items():
        period = parse_period(code)
        out[(area, str((period.year if end_year else period.start.year) + years))] = result
    return out


def _calendar_years(values: Values) -> Values:
    """Moving annual totals: only the one ending in the fourth quarter (``2024QMAT04``) is a calendar year;
    averaging the quarters would count every year four times."""
    out: Values = {}
    for (area, code), result in values.items():
        period = parse_period(code)
        if period.kind == "moving_year" and period.end.month == 12:
            out[(area, str(period.year))] = result
    return out


ALIGNMENTS: dict[str, Callable[[Values], Values]] = {
    "as_published": _as_published,
    "year_mean": lambda values: _by_year(values, _mean),
    "year_last": lambda values: _by_year(values, _last),
    "window_end_year": lambda values: _shift(values, 0, end_year=True),
    "primo_as_previous_year_end": lambda values: _shift(values, -1, end_year=False),
    "moving_year_q4": lambda values: _calendar_years(values),
}


def _in_band(observations: Iterable[Obs], by_year: Mapping[str, Any] | None) -> Iterable[Obs]:
    """The denominator's cells that count in their own year: each band is one summed code, counted from its
    year until the next band's (all cells without bands)."""
    if not by_year:
        return observations
    variable = by_year["variable"]
    bands = sorted((band["from_year"], band["id"]) for band in by_year["bands"])

    def counts(obs: Obs) -> bool:
        year = parse_period(obs.period).year
        return obs.dims.get(variable) == next((band for start, band in reversed(bands) if start <= year), None)

    return [obs for obs in observations if counts(obs)]


def derive_values(observations: Iterable[Obs], derivation: Mapping[str, Any]) -> Values:
    """Apply a derivation per area and period (the ratio's numerator is its own sum)."""
    deriver = DERIVATIONS[str(derivation["kind"])]
    return {key: deriver(cells, derivation) for key, cells in _group(observations).items()}


def indicator_series(
    observations: Iterable[Obs],
    derivation: Mapping[str, Any],
    alignment: str,
    denominator: Iterable[Obs] = (),
) -> list[Point]:
    """The indicator per area and aligned period, sorted by area then period. A ratio's denominator is aligned
    by its own ``period_alignment`` before dividing."""
    values = ALIGNMENTS[alignment](derive_values(observations, derivation))
    if derivation["kind"] == "ratio":
        spec = derivation["denominator"]
        align_bottom = ALIGNMENTS[str(spec.get("period_alignment", "as_published"))]
        counted = _in_band(denominator, spec.get("by_year"))
        bottom = align_bottom({key: _total(cells) for key, cells in _group(counted).items()})
        scale = float(derivation.get("scale", 100.0))
        missing = _V(None, "nævneren mangler / no denominator")
        values = {key: _divide(top, bottom.get(key, missing), scale) for key, top in values.items()}
    return [
        Point(area, period, v.value, v.note, v.numerator, v.denominator, v.snapshot, v.denominator_snapshot)
        for (area, period), v in sorted(values.items(), key=lambda item: (item[0][0], parse_period(item[0][1])))
    ]
