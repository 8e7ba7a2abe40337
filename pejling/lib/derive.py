"""From observations to an indicator series: derivations (a registry) and period alignment rules.

A derivation turns the cells of one area and period into one value: ``identity``, ``share``, ``sum``;
``ratio`` divides by a second series from another table after both are aligned to common periods.
Missing stays missing: a value that needs a missing cell is None with the reason, never 0.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pejling.lib.periods import Period, parse_period, sub_periods_per_year


class DerivationError(ValueError):
    """The observations do not fit the derivation (e.g. several cells where one was expected)."""


@dataclass(frozen=True)
class Obs:
    """One stored cell: area, period code, the other variables' codes, the value (None when missing)."""

    area: str
    period: str
    dims: Mapping[str, str]
    value: float | None


@dataclass(frozen=True)
class Point:
    """One value of the indicator; ``value`` None means missing, with ``note`` saying why."""

    area: str
    period: str
    value: float | None
    note: str = ""


Key = tuple[str, str]  # (area, period code)
Values = dict[Key, tuple[float | None, str]]
Deriver = Callable[[list[Obs], Mapping[str, Any]], tuple[float | None, str]]


def _total(cells: Iterable[Obs]) -> tuple[float | None, str]:
    cells = list(cells)
    if not cells:
        return None, "ingen celler / no cells"
    if any(c.value is None for c in cells):
        return None, "mangler i kilden / missing at the source"
    return sum(c.value for c in cells if c.value is not None), ""


def _identity(cells: list[Obs], spec: Mapping[str, Any]) -> tuple[float | None, str]:
    if len(cells) > 1:
        raise DerivationError(
            f"identity forventer én celle pr. område og periode, fik {len(cells)} / identity expects one cell per "
            f"area and period, got {len(cells)} ({cells[0].area} {cells[0].period}); vælg én kode pr. variabel"
        )
    return _total(cells)


def _share(cells: list[Obs], spec: Mapping[str, Any]) -> tuple[float | None, str]:
    variable = spec["variable"]
    numerator = [c for c in cells if c.dims.get(variable) in spec["numerator"]]
    denominator = [c for c in cells if c.dims.get(variable) in spec["denominator"]]
    top, why_top = _total(numerator)
    bottom, why_bottom = _total(denominator)
    if top is None or bottom is None:
        return None, why_top or why_bottom
    if bottom == 0:
        return None, "nævneren er 0 / the denominator is 0"
    return top / bottom * float(spec.get("scale", 100.0)), ""


def _sum(cells: list[Obs], spec: Mapping[str, Any]) -> tuple[float | None, str]:
    variable, wanted = spec["variable"], set(spec["values"])
    chosen = [c for c in cells if c.dims.get(variable) in wanted]
    if {c.dims.get(variable) for c in chosen} != wanted:
        return None, "ikke alle dele findes / not every part is present"
    return _total(chosen)


DERIVATIONS: dict[str, Deriver] = {"identity": _identity, "share": _share, "sum": _sum, "ratio": _identity}


def _group(observations: Iterable[Obs]) -> dict[Key, list[Obs]]:
    groups: dict[Key, list[Obs]] = defaultdict(list)
    for obs in observations:
        groups[(obs.area, obs.period)].append(obs)
    return groups


def _as_published(values: Values) -> Values:
    return values


def _by_year(
    values: Values, pick: Callable[[list[tuple[Period, float | None, str]]], tuple[float | None, str]]
) -> Values:
    years: dict[tuple[str, int], list[tuple[Period, float | None, str]]] = defaultdict(list)
    for (area, code), (value, note) in values.items():
        period = parse_period(code)
        years[(area, period.year)].append((period, value, note))
    out: Values = {}
    for (area, year), parts in years.items():
        parts.sort(key=lambda part: part[0])
        result = pick(parts)
        if result != (None, "incomplete"):
            out[(area, str(year))] = result
    return out


def _mean(parts: list[tuple[Period, float | None, str]]) -> tuple[float | None, str]:
    needed = sub_periods_per_year(parts[0][0].kind)
    if needed is None:
        return parts[-1][1], parts[-1][2]
    if len(parts) < needed:
        return None, "incomplete"
    if any(value is None for _, value, _ in parts):
        return None, "en del af året mangler / part of the year is missing"
    return sum(value for _, value, _ in parts if value is not None) / len(parts), ""


def _last(parts: list[tuple[Period, float | None, str]]) -> tuple[float | None, str]:
    period, value, note = parts[-1]
    if period.is_sub_annual and period.end.month != 12:
        return None, "incomplete"
    return value, note


def _shift(values: Values, years: int, end_year: bool) -> Values:
    out: Values = {}
    for (area, code), result in values.items():
        period = parse_period(code)
        out[(area, str((period.year if end_year else period.start.year) + years))] = result
    return out


ALIGNMENTS: dict[str, Callable[[Values], Values]] = {
    "as_published": _as_published,
    "year_mean": lambda values: _by_year(values, _mean),
    "year_last": lambda values: _by_year(values, _last),
    "window_end_year": lambda values: _shift(values, 0, end_year=True),
    "primo_as_previous_year_end": lambda values: _shift(values, -1, end_year=False),
}


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
    """The indicator per area and aligned period, sorted by area then period."""
    values = ALIGNMENTS[alignment](derive_values(observations, derivation))
    if derivation["kind"] == "ratio":
        spec = derivation["denominator"]
        bottom = ALIGNMENTS[str(spec.get("period_alignment", "as_published"))](
            {key: _total(cells) for key, cells in _group(denominator).items()}
        )
        scale = float(derivation.get("scale", 100.0))
        ratio: Values = {}
        for key, (top, note) in values.items():
            below, below_note = bottom.get(key, (None, "nævneren mangler / no denominator"))
            if top is None or below is None:
                ratio[key] = (None, note or below_note)
            elif below == 0:
                ratio[key] = (None, "nævneren er 0 / the denominator is 0")
            else:
                ratio[key] = (top / below * scale, "")
        values = ratio
    return [
        Point(area, period, value, note)
        for (area, period), (value, note) in sorted(
            values.items(), key=lambda item: (item[0][0], parse_period(item[0][1]))
        )
    ]
