"""Computing and storing nearest-neighbour peers from the plan's structural variables (lib/peers.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from pejling.lib.geography import MUNICIPALITY_CODES, area_name
from pejling.lib.peers import PeerResult, PeerVariable, nearest_neighbours, stability
from pejling.lib.planfile.schema import Binding, Peers
from pejling.plans.models import PlanVersion
from pejling.progress.inputs import BindingData, load_binding
from pejling.progress.models import PeerSet
from pejling.rows import JsonCache, insert_rows

COVERAGE = 0.9  # a year counts when every variable covers at least 90 % of the municipalities


def _data_for_year(values: dict[str, dict[str, dict[int, float]]], year: int) -> dict[str, dict[str, float | None]]:
    return {area: {var: values[var].get(area, {}).get(year) for var in values} for area in MUNICIPALITY_CODES}


def _usable_years(values: dict[str, dict[str, dict[int, float]]]) -> list[int]:
    years = sorted({y for series in values.values() for by_year in series.values() for y in by_year})
    return [
        y
        for y in years
        if all(
            sum(1 for a in MUNICIPALITY_CODES if y in series.get(a, {})) >= COVERAGE * len(MUNICIPALITY_CODES)
            for series in values.values()
        )
    ]


@dataclass(frozen=True)
class Neighbours:
    """Every municipality's peers for the latest usable year, as stored (with names), and their turnover."""

    year: int
    peers: dict[str, list[dict[str, Any]]]
    imputed: dict[str, list[str]]
    stability: dict[str, dict[str, Any]]


def neighbours(peers: Peers, load: Callable[[Binding], BindingData] = load_binding) -> Neighbours | None:
    """The latest usable year's peers and their turnover since the year before; None without a usable year."""
    variables = [PeerVariable(v.id, v.theme, v.transform) for v in peers.variables]
    values = {v.id: load(v).values for v in peers.variables}
    years = _usable_years(values)
    if not years:
        return None
    year = years[-1]
    current = nearest_neighbours(_data_for_year(values, year), variables, peers.themes, peers.k)
    previous: dict[str, PeerResult] = {}
    if year - 1 in years:
        previous = nearest_neighbours(_data_for_year(values, year - 1), variables, peers.themes, peers.k)
    return Neighbours(
        year,
        {area: [asdict(p) | {"name": area_name(p.area)} for p in r.peers] for area, r in current.items()},
        {area: list(r.imputed) for area, r in current.items()},
        stability(current, previous) if previous else {},
    )


STORED = ("plan_version", "as_of", "year", "area", "peers", "imputed", "stability")


def compute_peers(
    version: PlanVersion,
    peers: Peers,
    as_of: date,
    found: Neighbours | None,
    json_cache: JsonCache | None = None,
) -> dict[str, list[str]]:
    """Store every municipality's peers ``found`` by ``neighbours`` for the latest usable year (none when no
    year is usable); return area → peer codes."""
    PeerSet.objects.filter(plan_version=version, as_of=as_of).delete()
    if found is None:
        return {}
    rows = (
        (version.pk, as_of, found.year, area, listed, found.imputed[area], found.stability.get(area, {}))
        for area, listed in found.peers.items()
    )
    insert_rows(PeerSet, STORED, rows, json_cache=json_cache)
    return {area: [p["area"] for p in listed] for area, listed in found.peers.items()}
