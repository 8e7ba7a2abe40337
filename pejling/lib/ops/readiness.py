"""Whether an installation is ready to serve: each check's verdict, and the overall one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def data_age_check(newest_sync: datetime | None, *, now: datetime, max_age: timedelta) -> Check:
    """The newest completed sync must be younger than ``max_age``; none at all is not ready."""
    if newest_sync is None:
        return Check("data", False, "ingen gennemført synkronisering / no completed sync")
    age = now - newest_sync
    hours = age.total_seconds() / 3600
    limit = max_age.total_seconds() / 3600
    return Check("data", age <= max_age, f"{hours:.1f} h gamle / old (højst / at most {limit:g} h)")


def ready(checks: list[Check]) -> bool:
    return all(check.ok for check in checks)
