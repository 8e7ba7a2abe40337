"""Why a status differs from the previous assessment: new data, revised data, or a changed interpretation."""

from __future__ import annotations

from typing import Any

from pejling.lib.progress.statuses import STATUSES
from pejling.lib.sources import SOURCES
from pejling.progress.models import Assessment


def _inputs(row: Assessment) -> dict[str, dict[str, float]]:
    series = row.components.get("series", [])
    return {s.get("binding", ""): {str(y): v for y, v in s.get("inputs", {}).items()} for s in series}


def _sources(row: Assessment) -> dict[str, str]:
    return {v["binding"]: SOURCES[v["source"]].producer for v in row.data_vintage if v.get("source") in SOURCES}


def explain_change(previous: Assessment | None, current: Assessment) -> str:
    """A short Danish sentence (with English) saying what changed since ``previous``."""
    if previous is None:
        return "Første vurdering / first assessment"
    notes: list[str] = []
    if previous.current_year != current.current_year and current.current_year is not None:
        notes.append(f"ny data for {current.current_year} / new data for {current.current_year}")
    before, after = _inputs(previous), _inputs(current)
    producers = _sources(current)
    for binding, values in after.items():
        old = before.get(binding, {})
        revised = sorted(y for y, v in values.items() if y in old and old[y] != v)
        if revised:
            who = producers.get(binding, "Kilden")
            years = ", ".join(revised)
            notes.append(f"{who} har revideret {years} / {who} revised {years}")
    old_reading: dict[str, Any] = previous.components.get("interpretation", {})
    new_reading: dict[str, Any] = current.components.get("interpretation", {})
    if old_reading != new_reading:  # a revised base value moves an ambition target, but that is not a new reading
        notes.append(
            f"fortolkningen er ændret (planversion {current.plan_version.number}) / the interpretation changed"
        )
    if previous.status != current.status:
        notes.append(f"status: {STATUSES[previous.status].label} → {STATUSES[current.status].label}")
    return "; ".join(notes) if notes else "uændret / unchanged"
