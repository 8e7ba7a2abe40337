"""Deterministic building blocks for fake data: populations, per-area offsets, trends and noise.

Nothing here is real data. Levels are chosen to look like the real ones (a provincial municipality of
~100,000 people, a national NEET share near 10 %), so that charts and statuses behave realistically.
"""

from __future__ import annotations

import hashlib
from functools import cache

from pejling.lib.geography import AREAS, COUNTRY, MUNICIPALITIES

# Rough sizes for the largest and smallest municipalities; the rest are spread deterministically.
_ANCHORS = {
    "101": 650_000,
    "751": 360_000,
    "851": 220_000,
    "461": 205_000,
    "561": 115_000,
    "630": 119_000,
    "730": 99_000,
    "825": 1_700,
    "492": 5_900,
    "563": 3_300,
    "741": 3_600,
    "411": 100,
}


def unit_hash(*parts: object) -> float:
    """A deterministic number in [0, 1) from any key."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def centred(*parts: object) -> float:
    """A deterministic number in [-1, 1)."""
    return 2.0 * unit_hash(*parts) - 1.0


@cache
def population(area: str, year: float) -> float:
    """Population of a municipality (or the sum for a region or the country) in a (fractional) year."""
    if area == COUNTRY or area.startswith("08"):
        members = [m.code for m in MUNICIPALITIES if area == COUNTRY or m.region == area]
        return sum(population(code, year) for code in members)
    base = _ANCHORS.get(area, 22_000 + 95_000 * unit_hash("pop", area) ** 1.4)
    growth = 0.004 + 0.006 * centred("growth", area)
    return float(base * (1 + growth) ** (year - 2015) * (1 + 0.002 * centred("popnoise", area, round(year, 2))))


def municipality_codes(area: str) -> list[str]:
    """The municipalities an area stands for (itself, a region's members, or all 98)."""
    if area == COUNTRY:
        return [m.code for m in MUNICIPALITIES]
    if area.startswith("08"):
        return [m.code for m in MUNICIPALITIES if m.region == area]
    return [area]


def area_codes(include_christianso: bool = False) -> list[str]:
    """The country, the regions and the municipalities in StatBank's order."""
    return [a.code for a in AREAS] + (["411"] if include_christianso else [])


def series(area: str, key: str, year: float, *, level: float, spread: float, trend: float, noise: float) -> float:
    """A level with a per-area offset, a compound yearly trend and a little noise."""
    offset = 1 + spread * centred(key, "offset", area)
    area_trend = trend + abs(trend) * 0.8 * centred(key, "trend", area)
    return float(level * offset * (1 + area_trend) ** (year - 2015) * (1 + noise * centred(key, "noise", area, year)))
