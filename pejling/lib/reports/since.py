"""Ændringer siden sidste rapport: every change of a Mål's status or figures between two reports, each with its
cause (new data, a revision by the producer with old and new values, a changed interpretation or target with
the decision recorded, a method change), and every initiative update in between. Each change is a code with its
values; the app words them in the reader's language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

NEW_DATA, REVISED, INTERPRETATION, TARGET_MOVED, METHOD, STATUS = (
    "new_data",
    "revised",
    "interpretation",
    "target_moved",
    "method",
    "status",
)
ADDED, INITIATIVE_UPDATE, INITIATIVE_STATUS = "added", "initiative_update", "initiative_status"


def _target_changes(
    before: Mapping[str, Any], after: Mapping[str, Any], decisions: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    key = after["key"]
    out: list[dict[str, Any]] = []
    if after.get("current_year") is not None and after.get("current_year") != before.get("current_year"):
        out.append(
            {
                "code": NEW_DATA,
                "target": key,
                "period": after["current_year"],
                "old_period": before.get("current_year"),
                "old": before.get("current_value"),
                "new": after.get("current_value"),
            }
        )
    old_inputs, new_inputs = before.get("inputs") or {}, after.get("inputs") or {}
    revised = [
        {"period": period, "old": old_inputs[period], "new": value}
        for period, value in sorted(new_inputs.items())
        if period in old_inputs and old_inputs[period] != value
    ]
    if revised:
        out.append({"code": REVISED, "target": key, "producer": after.get("producer", ""), "values": revised})
    if dict(before.get("interpretation") or {}) != dict(after.get("interpretation") or {}):
        out.append(
            {
                "code": INTERPRETATION,
                "target": key,
                "before": before.get("interpretation") or {},
                "after": after.get("interpretation") or {},
                "decisions": list(decisions),
            }
        )
    old_goal = (before.get("target_value"), before.get("target_year"))
    new_goal = (after.get("target_value"), after.get("target_year"))
    if old_goal != new_goal:
        out.append(
            {
                "code": TARGET_MOVED,
                "target": key,
                "old": old_goal[0],
                "old_year": old_goal[1],
                "new": new_goal[0],
                "new_year": new_goal[1],
                "because": [c["code"] for c in out if c["code"] in (REVISED, INTERPRETATION)],
            }
        )
    if before.get("method") != after.get("method"):
        out.append({"code": METHOD, "target": key, "before": before.get("method"), "after": after.get("method")})
    if before.get("status") != after.get("status"):
        out.append(
            {
                "code": STATUS,
                "target": key,
                "before": before.get("status"),
                "after": after.get("status"),
                "because": [c["code"] for c in out],
            }
        )
    return out


def changes_since(
    previous: Mapping[str, Any] | None,
    current: Mapping[str, Any],
    *,
    decisions: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
    updates: Sequence[Mapping[str, Any]] = (),
) -> list[dict[str, Any]]:
    """The changes from the ``previous`` report's data to ``current``'s, Mål by Mål in the plan's order, then the
    initiatives. ``decisions`` are the recorded interpretation changes per Mål key in between (who, when, the
    decision); ``updates`` the initiative updates submitted in between. [] for a first report."""
    if previous is None:
        return []
    decisions = decisions or {}
    before_targets = {t["key"]: t for t in previous.get("targets", [])}
    out: list[dict[str, Any]] = []
    for target in current.get("targets", []):
        before = before_targets.get(target["key"])
        if before is None:
            out.append({"code": ADDED, "target": target["key"]})
            continue
        out += _target_changes(before, target, decisions.get(target["key"], []))
    before_initiatives = {i["key"]: i for i in previous.get("initiatives", [])}
    for initiative in current.get("initiatives", []):
        old, new = before_initiatives.get(initiative["key"], {}).get("status"), initiative["status"]
        if old is not None and old != new:
            out.append({"code": INITIATIVE_STATUS, "initiative": initiative["key"], "before": old, "after": new})
    out += [{"code": INITIATIVE_UPDATE} | dict(update) for update in updates]
    return out
