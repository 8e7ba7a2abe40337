"""When a table's next release is expected: its last release stepped forward by its rhythm until it is not in
the past (an expected date before today says nothing)."""

from __future__ import annotations

import math
from datetime import date, timedelta


def next_release(last: date, rhythm: timedelta, today: date) -> date:
    """The first release after ``last`` on ``rhythm`` that falls on or after ``today``."""
    expected = last + rhythm
    if expected < today:
        expected += rhythm * math.ceil((today - expected) / rhythm)
    return expected


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later (28 February for a 29 February that does not exist)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def first_assessment(last: date, rhythm: timedelta, today: date, missing_years: int) -> date | None:
    """When the first progress status can be expected: the table's next release brings the first missing year,
    and each later year comes a year after it (a yearly point arrives once a year, whatever the table's own
    rhythm). None when nothing is missing."""
    if missing_years <= 0:
        return None
    return add_years(next_release(last, rhythm, today), missing_years - 1)
