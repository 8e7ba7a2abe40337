"""Counts and a target list of a plan document, for ``pejling plan check``; tolerant of broken files."""

from __future__ import annotations

from typing import Any


def _list(data: Any, key: str) -> list[dict[str, Any]]:
    value = data.get(key) if isinstance(data, dict) else None
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def summarize(data: Any) -> dict[str, Any]:
    """{"counts": {...}, "targets": [...]} from whatever could be read of the file."""
    goals = _list(data, "goals")
    targets = [target for goal in goals for target in _list(goal, "targets")]
    return {
        "counts": {
            "goals": len(goals),
            "prerequisites": len(_list(data, "prerequisites")),
            "targets": len(targets),
            "initiatives": sum(len(_list(goal, "initiatives")) for goal in goals),
        },
        "targets": [
            {
                "id": str(target.get("id", "")),
                "text": str(target.get("text", "")),
                "direction": str(target.get("direction", "")),
                "bindings": [
                    {"source": str(b.get("source", "")), "table": str(b.get("table", ""))}
                    for b in _list(target, "bindings")
                ],
            }
            for target in targets
        ],
    }
