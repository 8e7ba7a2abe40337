"""Deterministic building blocks for fake data: populations, areas, calibrated rates, trends and noise.

Nothing here is real data. Levels are calibrated to the real values in dst-tables.md §8 (FOLK1A for Randers
and the country, the BU43 and NEET shares, Randers' area, life expectancy below the country's), so that
charts, comparisons and statistical neighbours behave as they would on real data; every other municipality
gets a deterministic offset, trend and noise, scaled so that the country's value meets its calibrated curve.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from pejling.lib.geography import COUNTRY, LANDSDEL_BY_CODE, MUNICIPALITIES

RANDERS = "730"
Curve = Sequence[tuple[float, float]]  # (fractional year, value) points, linear in between and beyond

# Real FOLK1A (1st of the quarter) and FOLK1AM values, dst-tables.md §8.
POPULATION_CURVES: dict[str, Curve] = {
    COUNTRY: ((2008.0, 5_475_791), (2022.0, 5_873_420), (2026.083, 6_028_459)),
    RANDERS: ((2008.0, 93_644), (2022.0, 98_988), (2026.083, 100_611)),
}
# Rough sizes for the largest and smallest municipalities (the rest are spread deterministically).
_SIZE_ANCHORS = {
    "101": 640_000,
    "751": 355_000,
    "851": 220_000,
    "461": 205_000,
    "561": 116_000,
    "630": 118_000,
    "825": 1_750,
    "492": 5_900,
    "563": 3_300,
    "741": 3_700,
    "411": 90,
}
COUNTRY_AREA_KM2 = 42_955.6
_AREA_ANCHORS = {RANDERS: 748.0, "101": 90.0, "147": 8.7, "825": 118.0, "400": 588.0, "411": 0.4}


def unit_hash(*parts: object) -> float:
    """A deterministic number in [0, 1) from any key."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def centred(*parts: object) -> float:
    """A deterministic number in [-1, 1)."""
    return 2.0 * unit_hash(*parts) - 1.0


def on_curve(curve: Curve, year: float) -> float:
    """The curve's value in ``year``: linear between its points, the nearest segment's slope beyond them."""
    points = sorted(curve)
    if len(points) == 1:
        return points[0][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if year <= x1 or (x1, y1) == points[-1]:
            return y0 + (y1 - y0) * (year - x0) / (x1 - x0)
    raise AssertionError("unreachable")


def _raw_population(code: str, year: float) -> float:
    base = _SIZE_ANCHORS.get(code, 20_000 + 75_000 * unit_hash("pop", code) ** 1.4)
    growth = 0.004 + 0.005 * centred("growth", code)
    return float(base * (1 + growth) ** (year - 2015) * (1 + 0.002 * centred("popnoise", code, round(year, 2))))


@cache
def _population_scale(year: float) -> float:
    """The factor that brings the uncalibrated municipalities to the country's curve."""
    free = [m.code for m in MUNICIPALITIES if m.code not in POPULATION_CURVES]
    fixed = sum(on_curve(curve, year) for code, curve in POPULATION_CURVES.items() if code != COUNTRY)
    return (on_curve(POPULATION_CURVES[COUNTRY], year) - fixed) / sum(_raw_population(c, year) for c in free)


@cache
def population(area: str, year: float) -> float:
    """Population of a municipality (or the sum for a region, a landsdel or the country) in a fractional year."""
    members = municipality_codes(area)
    if members != [area]:
        return sum(population(code, year) for code in members)
    if area in POPULATION_CURVES:
        return on_curve(POPULATION_CURVES[area], year)
    if area == "411":
        return _raw_population(area, year)
    return _raw_population(area, year) * _population_scale(year)


@cache
def land_area(code: str) -> float:
    """Area in km² of a municipality (ARE207); the country's is the real total."""
    members = municipality_codes(code)
    if members != [code]:
        return sum(land_area(m) for m in members)
    if code in _AREA_ANCHORS:
        return _AREA_ANCHORS[code]
    return _area_scale() * (60 + 850 * unit_hash("area", code))


@cache
def _area_scale() -> float:
    free = [m.code for m in MUNICIPALITIES if m.code not in _AREA_ANCHORS]
    fixed = sum(v for c, v in _AREA_ANCHORS.items() if c != "411")
    return (COUNTRY_AREA_KM2 - fixed) / sum(60 + 850 * unit_hash("area", c) for c in free)


def municipality_codes(area: str) -> list[str]:
    """The municipalities an area stands for (itself, a region's or landsdel's members, or all 98)."""
    if area == COUNTRY:
        return [m.code for m in MUNICIPALITIES]
    if area.startswith("08") and len(area) == 3:
        return [m.code for m in MUNICIPALITIES if m.region == area]
    if area in LANDSDEL_BY_CODE:
        return list(LANDSDEL_BY_CODE[area].members)
    return [area]


@dataclass(frozen=True)
class Rate:
    """A rate per municipality whose population-weighted national mean follows ``national`` (a compound
    yearly ``trend`` from ``level`` in ``base_year``), with Randers at ``randers_ratio`` × the country when
    calibrated, every other municipality offset by ``spread``, trending and a little noisy."""

    key: str
    level: float
    trend: float = 0.0
    spread: float = 0.2
    noise: float = 0.02
    base_year: float = 2024.0
    randers_ratio: float | None = None
    exclude: frozenset[str] = field(default_factory=frozenset)

    def national(self, year: float) -> float:
        return float(self.level * (1 + self.trend) ** (year - self.base_year))

    def raw(self, municipality: str, year: float) -> float:
        offset = 1 + self.spread * centred(self.key, "offset", municipality)
        own_trend = self.trend + max(abs(self.trend), 0.002) * 0.8 * centred(self.key, "trend", municipality)
        wobble = 1 + self.noise * centred(self.key, "noise", municipality, round(year, 2))
        return float(offset * (1 + own_trend) ** (year - self.base_year) * wobble)

    def __call__(self, municipality: str, year: float) -> float:
        return rate_value(self, municipality, year)


@cache
def _rate_scale(rate: Rate, year: float) -> float:
    members = [m.code for m in MUNICIPALITIES if m.code not in rate.exclude]
    weights = {m: population(m, year) for m in members}
    target = rate.national(year) * sum(weights.values())
    fixed = 0.0
    if rate.randers_ratio is not None and RANDERS in weights:
        fixed = weights.pop(RANDERS) * rate.national(year) * rate.randers_ratio
    return (target - fixed) / sum(w * rate.raw(m, year) for m, w in weights.items())


def rate_value(rate: Rate, municipality: str, year: float) -> float:
    """The rate of one municipality in a (fractional) year."""
    if municipality == RANDERS and rate.randers_ratio is not None:
        return rate.national(year) * rate.randers_ratio * (1 + 0.3 * rate.noise * centred(rate.key, "r", year))
    return rate.raw(municipality, year) * _rate_scale(rate, year)


def net_share(rate: Rate, municipality: str, year: float) -> float:
    """A rate minus its population-weighted national mean: shares that net to 0 over the country (internal
    migration: every move out of one municipality is a move into another)."""
    return rate.level * (rate.raw(municipality, year) - _national_mean(rate, year))


@cache
def _national_mean(rate: Rate, year: float) -> float:
    members = [m.code for m in MUNICIPALITIES]
    return sum(population(m, year) * rate.raw(m, year) for m in members) / sum(population(m, year) for m in members)
