"""Computing and storing nearest-neighbour peers from the plan's structural variables (lib/peers.py)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from pejling.lib.geography import MUNICIPALITY_CODES, area_name
from pejling.lib.peers import PeerResult, PeerVariable, nearest_neighbours, stability
from pejling.lib.planfile.schema import Peers
from pejling.plans.models import PlanVersion
from pejling.progress.inputs import load_binding
from pejling.progress.models import PeerSet

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


def compute_peers(version: PlanVersion, peers: Peers, as_of: date) -> dict[str, list[str]]:
    """Store every municipality's peers for the latest usable year; return area → peer codes."""
    variables = [PeerVariable(v.id, v.theme, v.transform) for v in peers.variables]
    values = {v.id: load_binding(v).values for v in peers.variables}
    years = _usable_years(values)
    PeerSet.objects.filter(plan_version=version, as_of=as_of).delete()
    if not years:
        return {}
    year = years[-1]
    current = nearest_neighbours(_data_for_year(values, year), variables, peers.themes, peers.k)
    previous: dict[str, PeerResult] = {}
    if year - 1 in years:
        previous = nearest_neighbours(_data_for_year(values, year - 1), variables, peers.themes, peers.k)
    turnover = stability(current, previous) if previous else {}
    PeerSet.objects.bulk_create(
        [
            PeerSet(
                plan_version=version,
                as_of=as_of,
                year=year,
                area=area,
                peers=[asdict(p) | {"name": area_name(p.area)} for p in result.peers],
                imputed=list(result.imputed),
                stability=turnover.get(area, {}),
            )
            for area, result in current.items()
        ]
    )
    return {area: [p.area for p in result.peers] for area, result in current.items()}
