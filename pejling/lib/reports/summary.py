"""The report's one-page summary and its goalposts, from the report's figures per Mål (plain dicts as the
report stores them: ``status``, ``start`` (the starting position), ``original`` and ``current`` goalposts)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pejling.lib.initiatives.delivery import WORSENING, trend
from pejling.lib.progress.starting import comparable_gaps
from pejling.lib.progress.statuses import ORDER, STATUSES


def summary(targets: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """How many Mål can be assessed (a status that carries a score), the count per status in the registry's
    order, the starting position (how many Mål start behind the country, of those compared; a count is not
    compared with the country's total), and the Mål going the wrong way (a status of a worsening figure)."""
    counts = {code: 0 for code in ORDER}
    for target in targets:
        counts[target["status"]] += 1
    behind = compared = 0
    for target in targets:
        gaps = (target.get("start") or {}).get("gaps") or []
        gaps = [g for g in comparable_gaps(gaps, target.get("unit", "")) if g.get("kind") == "country"]
        if gaps and gaps[0].get("behind") is not None:
            compared += 1
            behind += bool(gaps[0]["behind"])
    return {
        "targets": len(targets),
        "assessable": sum(1 for t in targets if STATUSES[t["status"]].carries_score),
        "counts": [{"status": code, "count": n} for code, n in counts.items() if n],
        "behind_country": behind,
        "compared_with_country": compared,
        "wrong_way": [t["key"] for t in targets if trend(t["status"]) == WORSENING],
    }


GOALPOST_FIELDS = ("base_year", "base_value", "target_value", "target_year", "decided")


def goalposts(targets: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Each Mål's original goalposts (its first assessment) beside the current ones, and which have moved."""
    out = []
    for target in targets:
        original, current = target.get("original") or {}, target.get("current") or {}
        moved = [name for name in GOALPOST_FIELDS if original.get(name) != current.get(name)] if original else []
        out.append({"key": target["key"], "original": original, "current": current, "moved": moved})
    return out
