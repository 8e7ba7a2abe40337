"""What changed since the previous assessment of a Mål (lib/progress/changes.py), read from stored rows."""

from __future__ import annotations

from typing import Any

from pejling.lib.progress.changes import Snapshot, changes_between
from pejling.lib.progress.messages import render
from pejling.lib.sources import SAMPLE_PRODUCER, SOURCES
from pejling.progress.models import Assessment


def _snapshot(row: Assessment) -> Snapshot:
    series = row.components.get("series", [])
    producers = {
        v["binding"]: SAMPLE_PRODUCER if v.get("sample_data") else SOURCES[v["source"]].producer
        for v in row.data_vintage
        if v.get("source") in SOURCES
    }  # figures from Pejling's fake servers never claim the real producer
    return Snapshot(
        current_year=row.current_year,
        inputs={s.get("binding", ""): {str(y): v for y, v in s.get("inputs", {}).items()} for s in series},
        interpretation=row.components.get("interpretation", {}),
        version=row.plan_version.number,
        status=row.status,
        producers=producers,
    )


def explain_change(previous: Assessment | None, current: Assessment) -> list[dict[str, Any]]:
    """The changes since ``previous`` (codes with values; [] when nothing changed)."""
    return changes_between(_snapshot(previous) if previous is not None else None, _snapshot(current))


def danish_note(changes: list[dict[str, Any]]) -> str:
    """The changes as one Danish line, for the CLI and the admin ("uændret" when there are none)."""
    if not changes:
        return "uændret"
    return "; ".join(render("change", c["code"], c) for c in changes)
