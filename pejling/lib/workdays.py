"""Danish working days: weekdays that are not public holidays (``holidays`` package, Danish calendar) nor one
of the extra days off a municipality gives (by default Grundlovsdag, juleaftensdag and nytårsaftensdag, as in
the municipal collective agreements). Due dates, reminders and escalations all count in these days."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

import holidays

# The optional Danish days (``holidays`` category OPTIONAL) that count as days off unless configured otherwise.
DEFAULT_EXTRA_DAYS_OFF = ("Grundlovsdag", "Juleaftensdag", "Nytårsaften")


@lru_cache(maxsize=256)
def _days_off(year: int, extra: tuple[str, ...]) -> dict[date, str]:
    public = holidays.country_holidays("DK", years=year, language="da")
    optional = holidays.country_holidays("DK", years=year, language="da", categories=(holidays.OPTIONAL,))
    days = {day: str(name) for day, name in public.items()}
    days.update({day: str(name) for day, name in optional.items() if str(name) in extra})
    return days


class WorkCalendar:
    """Which days are working days; ``extra_days_off`` names optional holidays (in Danish) that are days off."""

    def __init__(self, extra_days_off: Iterable[str] = DEFAULT_EXTRA_DAYS_OFF) -> None:
        self.extra = tuple(sorted(extra_days_off))

    def day_off(self, day: date) -> str | None:
        """The holiday's Danish name, "weekend", or None for a working day."""
        name = _days_off(day.year, self.extra).get(day)
        if name:
            return name
        return "weekend" if day.weekday() >= 5 else None

    def is_working_day(self, day: date) -> bool:
        return self.day_off(day) is None

    def add(self, day: date, working_days: int) -> date:
        """The date ``working_days`` working days after ``day`` (before it when negative); 0 gives ``day`` itself
        when it is a working day, else the next working day."""
        step = timedelta(days=1 if working_days >= 0 else -1)
        current = day
        if working_days == 0:
            while not self.is_working_day(current):
                current += step
            return current
        remaining = abs(working_days)
        while remaining:
            current += step
            if self.is_working_day(current):
                remaining -= 1
        return current

    def between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative when ``end`` is earlier)."""
        if end < start:
            return -self.between(end, start)
        count, current = 0, start
        while current < end:
            current += timedelta(days=1)
            count += self.is_working_day(current)
        return count
