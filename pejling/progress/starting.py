"""The starting position before the plan (lib/progress/starting.py) for one Mål of a plan: against the country,
the plan's default comparison group and the statistical neighbours. Stored with the assessment of the plan's
own municipality; names of the country and the neighbours are Danish msgids, translated where shown."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pejling.lib.benchmark import group_series
from pejling.lib.geography import COUNTRY
from pejling.lib.i18n import gettext_noop
from pejling.lib.planfile.schema import Binding, PlanFile
from pejling.lib.progress.starting import starting_position

COUNTRY_NAME = gettext_noop("Hele landet")
PEERS_NAME = gettext_noop("Statistiske naboer")


def comparators(
    plan_file: PlanFile,
    binding: Binding,
    values: Mapping[str, Mapping[int, float]],
    peers: Sequence[str],
    cache: dict[tuple[str, ...], Mapping[int, float]] | None = None,
) -> list[tuple[str, str, Mapping[int, float]]]:
    """(kind, name, yearly series) for the country (unless the binding says not to), the default group and
    the neighbours, each only when it has data. ``cache`` keeps group series by members (an assessment run
    shares it with the benchmarks)."""
    cache = {} if cache is None else cache

    def mean_of(members: Sequence[str]) -> Mapping[int, float]:
        key = tuple(members)
        if key not in cache:
            cache[key] = group_series(values, list(members))
        return cache[key]

    out: list[tuple[str, str, Mapping[int, float]]] = []
    if binding.compare_with_country and values.get(COUNTRY):
        out.append(("country", COUNTRY_NAME, values[COUNTRY]))
    for group in plan_file.comparison_groups:
        if group.members != [COUNTRY] and group.id == plan_file.plan.default_comparison_group:
            out.append(("group", group.name, mean_of(group.members)))
    if peers:
        out.append(("peers", PEERS_NAME, mean_of(peers)))
    return [(kind, name, series) for kind, name, series in out if series]


def start_of(
    plan_file: PlanFile,
    binding: Binding,
    values: Mapping[str, Mapping[int, float]],
    area: str,
    base_year: int | None,
    direction: int,
    peers: Sequence[str],
    cache: dict[tuple[str, ...], Mapping[int, float]] | None = None,
) -> dict[str, Any] | None:
    """The starting position as stored and shown; None without a base year or a value up to it."""
    if base_year is None:
        return None
    found = starting_position(values, area, base_year, direction, comparators(plan_file, binding, values, peers, cache))
    return found.as_dict() if found else None
