"""What changed between two assessments of one Mål: new data, revised data (with old and new values), a changed
interpretation, a changed status. Each change is a code in messages.CHANGES with its values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Snapshot:
    """What an assessment rests on: the latest year, each series' inputs (binding → period → value), who
    produced each series, the interpretation, the plan version and the status."""

    current_year: int | None
    inputs: Mapping[str, Mapping[str, float]]
    interpretation: Mapping[str, Any]
    version: int
    status: str
    producers: Mapping[str, str] = field(default_factory=dict)


FIRST: list[dict[str, Any]] = [{"code": "first"}]  # one object: stored rows share its JSON text


def changes_between(previous: Snapshot | None, current: Snapshot) -> list[dict[str, Any]]:
    """The changes from ``previous`` to ``current``, in a fixed order; [] when nothing changed. A revised base
    value moves an ambition's target value, but that is a revision, not a new interpretation."""
    if previous is None:
        return FIRST
    out: list[dict[str, Any]] = []
    if current.current_year is not None and previous.current_year != current.current_year:
        out.append({"code": "new_data", "period": str(current.current_year)})
    for binding, values in current.inputs.items():
        old = previous.inputs.get(binding, {})
        revised = sorted(p for p, v in values.items() if p in old and old[p] != v)
        if revised:
            out.append(
                {
                    "code": "revised",
                    "binding": binding,
                    "producer": current.producers.get(binding, binding),
                    "periods": ", ".join(revised),
                    "count": len(revised),
                    "values": [{"period": p, "old": old[p], "new": values[p]} for p in revised],
                }
            )
    if dict(previous.interpretation) != dict(current.interpretation):
        out.append({"code": "interpretation", "version": current.version})
    if previous.status != current.status:
        out.append({"code": "status", "before": previous.status, "after": current.status})
    return out
