"""Who took part against who lives there: the participants' shares per age band and per district (postal code)
beside the population's (FOLK1A), and the groups most over-represented — "bidragene kommer især fra
30–49-årige i 8900 Randers C". Only stated values count; those who stated none are counted apart."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Share:
    group: str
    participants: int
    share: float  # of the participants who stated a value
    population_share: float | None  # of the population, when known
    ratio: float | None  # share / population_share: above 1 over-represented


def shares(stated: Iterable[str | None], population: Mapping[str, float]) -> tuple[list[Share], int]:
    """Each group's share of the participants beside its share of ``population`` (counts per group), in the
    population's order then any other group; and how many stated nothing."""
    values = list(stated)
    counted = Counter(v for v in values if v)
    unstated = sum(1 for v in values if not v)
    total = sum(counted.values())
    people = sum(population.values())
    order = [g for g in population if g in counted] + sorted(g for g in counted if g not in population)
    out = []
    for group in order:
        share = counted[group] / total
        base = population[group] / people if group in population and people else None
        out.append(Share(group, counted[group], share, base, share / base if base else None))
    return out, unstated


def most_over_represented(found: list[Share]) -> Share | None:
    """The group whose share most exceeds its population share (ties: the larger group), if any exceeds it."""
    over = [s for s in found if s.ratio is not None and s.ratio > 1]
    return max(over, key=lambda s: (s.ratio, s.participants), default=None)
