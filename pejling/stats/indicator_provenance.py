"""A binding's stored indicator values with their provenance, for `pejling data show --binding`."""

from __future__ import annotations

from typing import Any

from pejling.lib.derive import Point
from pejling.lib.geography import BY_CODE
from pejling.lib.planfile.schema import Binding, RatioDerivation
from pejling.lib.sources import provenance
from pejling.stats.indicators import find_indicator, stored_points
from pejling.stats.models import Snapshot


def _snapshots(points: list[Point]) -> dict[int, dict[str, Any]]:
    ids = {p.snapshot for p in points} | {p.denominator_snapshot for p in points}
    rows = Snapshot.objects.filter(id__in=[i for i in ids if i is not None])
    return {
        s["id"]: dict(s) for s in rows.values("id", "table", "retrieved_at", "table_updated", "sha256", "sample_data")
    }


def _side(snapshot: dict[str, Any] | None) -> dict[str, Any] | None:
    if snapshot is None:
        return None
    return {
        "table": snapshot["table"],
        "retrieved_at": snapshot["retrieved_at"].isoformat(),
        "table_updated": snapshot["table_updated"].isoformat() if snapshot["table_updated"] else None,
        "sha256": snapshot["sha256"],
        "sample_data": snapshot["sample_data"],
    }


def indicator_values_with_provenance(binding: Binding, area: str | None = None) -> list[dict[str, Any]]:
    """Every stored value of the binding's indicator (one area when given), each with where it came from."""
    points = stored_points(find_indicator(binding), area)
    snapshots = _snapshots(points)
    derived = binding.derivation.kind != "identity"
    base: dict[str, Any] = dict(provenance(binding.source, binding.table, derived=derived))
    sample_base = provenance(binding.source, binding.table, derived=derived, sample=True)
    if isinstance(binding.derivation, RatioDerivation):
        base["denominator_table"] = binding.derivation.denominator.table
    out = []
    for point in points:
        source = _side(snapshots.get(point.snapshot)) if point.snapshot else None
        below = _side(snapshots.get(point.denominator_snapshot)) if point.denominator_snapshot else None
        sample = bool((source or {}).get("sample_data") or (below or {}).get("sample_data"))
        out.append(
            {
                "binding": binding.id,
                "unit": binding.unit,
                "area": point.area,
                "area_name": BY_CODE[point.area].name if point.area in BY_CODE else point.area,
                "period": point.period,
                "value": point.value,
                "numerator": point.numerator,
                "denominator": point.denominator,
                "note": point.note,
                "provenance": (base | sample_base if sample else base)
                | {
                    "snapshot": source,
                    "denominator_snapshot": below,
                    "sample_data": sample,
                    "note": sample_base["citation"] if sample else "",
                },
            }
        )
    return out
