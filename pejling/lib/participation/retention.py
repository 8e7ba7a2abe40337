"""When a person's personal data go: a set number of days after they were last active, and never before a
warning mail has given them time to act (to keep taking part, or to fetch their data)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

KEEP, WARN, DELETE = "keep", "warn", "delete"


@dataclass(frozen=True)
class Retention:
    step: str  # keep, warn or delete
    deletes_on: date  # the day the data go, as the warning mail says


def retention(
    last_active: date, today: date, *, warned_on: date | None, keep_days: int, warning_days: int
) -> Retention:
    """What to do on ``today``: warn ``warning_days`` before the data are ``keep_days`` old, delete once they are
    and the warning has had its ``warning_days``. A warning from before the last activity no longer counts."""
    due = last_active + timedelta(days=keep_days)
    warned = warned_on if warned_on is not None and warned_on >= last_active else None
    if warned is None:
        deletes_on = max(due, today + timedelta(days=warning_days))
        step = WARN if today >= due - timedelta(days=warning_days) else KEEP
        return Retention(step, deletes_on)
    deletes_on = max(due, warned + timedelta(days=warning_days))
    return Retention(DELETE if today >= deletes_on else KEEP, deletes_on)
