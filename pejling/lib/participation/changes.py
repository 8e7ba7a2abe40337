"""What changed about an initiative, told to the people whose input feeds it: each audit row (its action and the
states before and after) as one sentence — a Danish msgid and its values. Rules by action, in a registry."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pejling.lib.i18n import gettext_noop
from pejling.lib.initiatives.statuses import NOT_STARTED, STATUSES

State = dict[str, Any] | None
Told = tuple[str, dict[str, Any]]


def _status(code: Any) -> str:
    found = STATUSES.get(str(code))
    return found.label if found else str(code)  # a msgid: the mail translates it


def _initiative(before: State, after: State) -> Told:
    old = (before or {}).get("status", NOT_STARTED)  # a record saved for the first time was "not started"
    new = (after or {}).get("status")
    if old != new and new:
        return gettext_noop("Status ændret fra %(old)s til %(new)s."), {"old": _status(old), "new": _status(new)}
    return gettext_noop("Initiativets oplysninger er ændret."), {}


def _milestone(before: State, after: State) -> Told:
    now = after or {}
    title = now.get("title", "")
    if before is None:
        return gettext_noop("Ny milepæl: %(title)s (frist %(due)s)."), {"title": title, "due": now.get("due", "")}
    if now.get("done") and not before.get("done"):
        return gettext_noop("Milepæl nået: %(title)s."), {"title": title}
    return gettext_noop("Milepæl ændret: %(title)s."), {"title": title}


def _milestone_gone(before: State, after: State) -> Told:
    return gettext_noop("Milepæl fjernet: %(title)s."), {"title": (before or {}).get("title", "")}


def _update(before: State, after: State) -> Told:
    now = after or {}
    values = {"period": now.get("period", ""), "status": _status(now.get("status")), "progress": now.get("progress", 0)}
    return gettext_noop("Ny statusopdatering for %(period)s: %(status)s, %(progress)s %% gennemført."), values


def _budget(before: State, after: State) -> Told:
    return gettext_noop("Initiativets budget er ændret."), {}


RULES: dict[str, Callable[[State, State], Told]] = {
    "initiative.change": _initiative,
    "milestone.save": _milestone,
    "milestone.delete": _milestone_gone,
    "update.submit": _update,
    "budget.save": _budget,
    "budget.delete": _budget,
}
TRANSLATED_VALUES = ("old", "new", "status")  # values that are msgids themselves


def describe(action: str, before: State, after: State) -> Told | None:
    """The sentence for one audit row, or None for a row the public is not told about."""
    rule = RULES.get(action)
    return rule(before, after) if rule else None
