"""The comparison page: every Mål against the chosen comparison group, the statistical neighbours and the
country, with the municipality's rank; the groups' members; and the neighbours with the values of their
structural variables, what they are most and least alike in, and what changed in the list since the year
before."""

from __future__ import annotations

from typing import Any

from pejling.dashboard.pages import Current, latest_as_of, latest_rows, unit_of
from pejling.lib.geography import COUNTRY, area_name
from pejling.progress.assess import PEERS_GROUP
from pejling.progress.inputs import load_binding
from pejling.progress.models import PeerSet

NEIGHBOURS = "naboer"
ALIKE = 2  # the variables named as most and least alike


def _groups(c: Current) -> list[dict[str, Any]]:
    return [
        {
            "id": g.id,
            "name": g.name,
            "members": [(m, area_name(m)) for m in g.members],
            "rationale": g.rationale,
            "default": g.id == c.plan_file.plan.default_comparison_group,
            "is_country": g.members == [COUNTRY],  # the country has its own column
        }
        for g in c.plan_file.comparison_groups
    ]


def target_table(c: Current, group_name: str | None) -> list[dict[str, Any]]:
    """Mål by Mål from the latest stored assessment: the municipality's latest value and year, the group's
    mean (unweighted), the neighbours' mean, the country and the rank."""
    rows = latest_rows(c, latest_as_of(c))
    out = []
    for goal in c.version.goals.order_by("position"):
        for target in goal.targets.order_by("position"):
            row = rows.get(target.entity_id)
            bench = (row.benchmark if row else None) or {}
            groups = bench.get("groups", {})
            out.append(
                {
                    "target": target,
                    "unit": unit_of(c, target.key),
                    "year": bench.get("year"),
                    "value": bench.get("value"),
                    "group": _mean(groups, group_name),
                    "peers": _mean(groups, PEERS_GROUP),
                    "country": bench.get("country"),
                    "rank": bench.get("rank") or {},
                }
            )
    return out


def _mean(groups: dict[str, Any], name: str | None) -> float | None:
    found = groups.get(name or "")
    return found["value"]["unweighted"] if found else None


def _structure(c: Current, peer_set: PeerSet) -> tuple[list[str], dict[str, list[float | None]]]:
    """The structural variables' labels, and each area's values in the peers' data year (the municipality's
    own first)."""
    spec = c.plan_file.peers
    if spec is None:
        return [], {}
    loaded = [load_binding(v).values for v in spec.variables]
    areas = [c.area, *(p["area"] for p in peer_set.peers)]
    values = {area: [series.get(area, {}).get(peer_set.year) for series in loaded] for area in areas}
    return [v.label for v in spec.variables], values


def _alike(why: dict[str, float], labels: dict[str, str]) -> dict[str, list[str]]:
    """The variables the neighbour is most alike in (the smallest shares of the distance) and least alike in."""
    ordered = sorted(why, key=lambda k: why[k])
    return {
        "most": [labels.get(k, k) for k in ordered[:ALIKE]],
        "least": [labels.get(k, k) for k in ordered[::-1][:ALIKE] if why[k] > 0],
    }


def neighbours(c: Current) -> dict[str, Any]:
    """The neighbours as shown: name, distance, the structural values, most and least alike, and the change."""
    peer_set = PeerSet.objects.filter(plan_version=c.version, area=c.area).order_by("-as_of").first()
    if peer_set is None:
        return {"peers": [], "peer_set": None}
    labels = {v.id: v.label for v in c.plan_file.peers.variables} if c.plan_file.peers else {}
    variable_labels, values = _structure(c, peer_set)
    peers = [
        {
            "area": peer["area"],
            "name": peer["name"],
            "distance": peer["distance"],
            "values": values.get(peer["area"], []),
            "alike": _alike(peer["why"], labels),
        }
        for peer in peer_set.peers
    ]
    stability = peer_set.stability or {}
    change = None
    if stability.get("turnover") is not None:
        change = {
            "year": peer_set.year,
            "previous": peer_set.year - 1,
            "count": len(stability.get("new", [])),
            "of": len(peer_set.peers),
            "new": [area_name(a) for a in stability.get("new", [])],
            "gone": [area_name(a) for a in stability.get("gone", [])],
        }
    return {
        "peers": peers,
        "peer_set": peer_set,
        "variables": variable_labels,
        "own_values": values.get(c.area, []),
        "change": change,
    }


def comparison_page(c: Current, choice: str | None) -> dict[str, Any]:
    groups = _groups(c)
    chosen = choice or c.plan_file.plan.default_comparison_group
    group = next((g for g in groups if g["id"] == chosen), None)
    default = next((g for g in groups if g["default"]), None)
    shown = group or default
    table_group = shown["name"] if shown and not shown["is_country"] else None
    return {
        "groups": groups,
        "chosen": chosen,
        "group": group,
        "table": target_table(c, table_group),
        "table_group": table_group,
    } | (neighbours(c) if chosen == NEIGHBOURS else {"peers": [], "peer_set": None})
