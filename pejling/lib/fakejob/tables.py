"""The fake Jobindsats tables: the ones plans/randers.yaml binds (OTIJ01, Y14D03) and Y30R21, whose real rows
are in ../shared/data. Dimension filter ids, their labels, measure names, period types and areas follow
dst-tables.md §7 (CONFIRMED in Randers Kommune's own code unless marked); values are generated."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pejling.lib.fakestat.model import Rate, centred, population
from pejling.lib.geography import MUNICIPALITIES

COUNTRY_NAME = "Hele landet"


@dataclass(frozen=True)
class Dimension:
    """A dimension: the filter id a request names (``_ygrp_j01``), its column label in the answer and its values
    (labels, which are what requests send)."""

    filter_id: str
    label: str
    values: dict[str, float]  # value label → its weight in the table's totals


Value = Callable[[str, float, tuple[str, ...]], float]  # (municipality, year, dimension values) → value


@dataclass(frozen=True)
class Measure:
    """A column of values: a count (an integer, summed over municipalities for the country) or a share (text
    with a decimal comma): the ratio of two counts of the table (``ratio_of``), or a rate of its own (the
    population-weighted mean for the country). ``rank_by`` ranks the 98 by another measure, 1 the lowest."""

    label: str
    value: Value | None = None
    share: bool = False
    ratio_of: tuple[str, str] | None = None
    rank_by: str | None = None


@dataclass(frozen=True)
class JobTable:
    id: str
    name: str
    subject: str
    periods: tuple[str, ...]
    dimensions: tuple[Dimension, ...]
    measures: tuple[Measure, ...]
    national_row: bool = True  # "Hele landet" among the areas (Y30R21 has none)
    latest_update: str = "2026-11-20T08:00:00"
    next_update: str = "2026-12-18T08:00:00"
    update_frequency: str = "Månedlig"
    weights: dict[str, float] = field(default_factory=dict)


def months(first: int, last_year: int, last_month: int) -> tuple[str, ...]:
    return tuple(
        f"{y}M{m:02d}" for y in range(first, last_year + 1) for m in range(1, 13) if (y, m) <= (last_year, last_month)
    )


def moving_years(first: int, last_year: int, last_quarter: int, step: int = 1) -> tuple[str, ...]:
    return tuple(
        f"{y}QMAT{q:02d}"
        for y in range(first, last_year + 1)
        for q in range(step, 5, step)
        if (y, q) <= (last_year, last_quarter)
    )


def _year_of(period: str) -> float:
    year = int(period[:4])
    if "QMAT" in period:
        return year + (int(period[-2:]) * 3 - 1) / 12
    if "M" in period:
        return year + (int(period[-2:]) - 1) / 12
    return float(year)


def period_year(period: str) -> float:
    """The fractional year a period stands for (its last month)."""
    return _year_of(period)


# OTIJ01: recipients with ordinary hours. Uddannelseshjælp ends with the 2025 reform (from July 2025).
_OTIJ_GROUPS = {
    "Kontanthjælp": 0.009,
    "Uddannelseshjælp": 0.0045,
    "Selvforsørgelses- og hjemrejseydelse mv.": 0.001,
    "Jobafklaringsforløb": 0.003,
    "Forrevalidering og revalidering": 0.0004,
    "Ressourceforløb": 0.004,
}
_OTIJ_TARGETS = {"Jobparate mv.": 0.35, "Aktivitetsparate mv.": 0.65}  # "Aktivitetsparate mv." INFERRED
_HOURS = Rate("OTIJ01-hours", 0.16, trend=0.03, spread=0.3, noise=0.05, base_year=2024)


def _recipients(m: str, year: float, values: tuple[str, ...]) -> float:
    group, target = values
    if group == "Uddannelseshjælp" and year >= 2025.5:
        return 0.0
    return population(m, year) * _OTIJ_GROUPS[group] * _OTIJ_TARGETS[target] * (1 + 0.05 * centred("otij", m, group))


def _with_hours(m: str, year: float, values: tuple[str, ...]) -> float:
    ready = 1.6 if values[1] == "Jobparate mv." else 0.7
    return _recipients(m, year, values) * min(0.9, _HOURS(m, year) * ready)


OTIJ01 = JobTable(
    id="OTIJ01",
    name="Antal og andel ydelsesmodtagere med ordinære timer",
    subject="Ydelsesmodtagere med løntimer",
    periods=months(2019, 2026, 9) + tuple(f"{y}Y01" for y in range(2019, 2026)),
    dimensions=(
        Dimension("_ygrp_j01", "Ydelsesgrupper", _OTIJ_GROUPS),
        Dimension("_maalgrp", "Målgruppe", _OTIJ_TARGETS),
    ),
    measures=(
        Measure("Antal personer i alt", _recipients),
        Measure("Antal personer med ordinære timer", _with_hours),
        Measure(
            "Andel personer med ordinære timer",
            share=True,
            ratio_of=("Antal personer med ordinære timer", "Antal personer i alt"),
        ),
    ),
)

# Y14D03: completed placements with a firm, counted as a moving annual total per quarter.
_Y14_GROUPS = {"A-dagpenge": 0.0020, "Kontanthjælp": 0.0014, "Sygedagpenge": 0.0006}
_Y14_OFFERS = {"Privat virksomhedspraktik": 0.6, "Offentlig virksomhedspraktik": 0.4}
_Y14_TARGETS = {"Jobparate mv.": 0.55, "Aktivitetsparate mv.": 0.45}
_PLACEMENTS = Rate("Y14D03", 1.0, trend=0.02, spread=0.35, noise=0.04, base_year=2024)


def _completed(m: str, year: float, values: tuple[str, ...]) -> float:
    group, offer, target = values
    weight = _Y14_GROUPS[group] * _Y14_OFFERS[offer] * _Y14_TARGETS[target]
    return population(m, year) * weight * _PLACEMENTS(m, year)


Y14D03 = JobTable(
    id="Y14D03",
    name="Virksomhedsrettede tilbud og efterfølgende beskæftigelse",
    subject="Fra ydelse til beskæftigelse",
    periods=moving_years(2016, 2026, 2),
    dimensions=(
        Dimension("_ygrpmm12", "Ydelsesgrupper", _Y14_GROUPS),
        Dimension("_tilbud_d03", "Virksomhedsrettede tilbud", _Y14_OFFERS),
        Dimension("_maalgrp_d03", "Målgruppe", _Y14_TARGETS),
    ),
    measures=(
        Measure("Antal afsluttede forløb", _completed),
        Measure("Gennemsnitlig beskæftigelsesgrad", lambda m, y, v: 30 + 8 * centred("y14", m, round(y, 2)), True),
    ),
    update_frequency="Kvartalsvis",
)

# Y30R21: expected and actual share on public support, half-yearly, 98 municipalities and no national row.
_Y30_GROUPS = {"Ydelsesgrupper i alt": 1.0, "A-dagpenge mv.": 0.3, "Sygedagpenge mv.": 0.15, "Kontanthjælp mv.": 0.2}
_SUPPORT = Rate("Y30R21", 10.5, trend=-0.02, spread=0.25, noise=0.02, base_year=2022, randers_ratio=10.08 / 10.5)
_EXPECTED = Rate(
    "Y30R21-expected", 10.5, trend=-0.02, spread=0.22, noise=0.01, base_year=2022, randers_ratio=10.05 / 10.5
)
_A, _S = (
    "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: ",
    ("Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: "),
)


def _share(rate: Rate) -> Callable[[str, float, tuple[str, ...]], float]:
    return lambda m, y, v: rate(m, y) * _Y30_GROUPS[v[0]]


def _count(rate: Rate) -> Callable[[str, float, tuple[str, ...]], float]:
    return lambda m, y, v: round(population(m, y) * 0.62 * rate(m, y) * _Y30_GROUPS[v[0]] / 100, -1)


Y30R21 = JobTable(
    id="Y30R21",
    name="Forventet og faktisk antal og andel fuldtidspersoner på offentlig forsørgelse",
    subject="Tidlig indsats og skærpet tilsyn",
    periods=moving_years(2020, 2026, 2, step=2),
    dimensions=(Dimension("_ygrp_y30r21", "Ydelsesgrupper", _Y30_GROUPS),),
    measures=(
        Measure(_A + "Forventet antal", _count(_EXPECTED)),
        Measure(_A + "Faktisk antal", _count(_SUPPORT)),
        Measure(
            _A + "Forskel mellem forventet og faktisk antal",
            lambda m, y, v: _count(_SUPPORT)(m, y, v) - _count(_EXPECTED)(m, y, v),
        ),
        Measure(_S + "Forventet andel (pct.)", _share(_EXPECTED), True),
        Measure(_S + "Faktisk andel (pct.)", _share(_SUPPORT), True),
        Measure(
            _S + "Forskel mellem forventet og faktisk andel (pct. point)",
            lambda m, y, v: _share(_SUPPORT)(m, y, v) - _share(_EXPECTED)(m, y, v),
            True,
        ),
        Measure(
            "Placering på benchmarkranglisten", rank_by=_S + "Forskel mellem forventet og faktisk andel (pct. point)"
        ),
    ),
    national_row=False,
    update_frequency="Halvårlig",
)

TABLES: dict[str, JobTable] = {t.id: t for t in (OTIJ01, Y14D03, Y30R21)}
AREAS = [m.code for m in MUNICIPALITIES]
