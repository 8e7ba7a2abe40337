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
