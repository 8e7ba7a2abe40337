"""Danmarks Statistik (and Jobindsats) time codes as typed periods with start and end dates.

Accepted codes, parsed by pattern and never by language:
``2024`` year · ``2024K1``/``2024Q1`` quarter · ``2024M01`` month · ``2024U01`` ISO week ·
``2021:2025`` multi-year window · ``2023/2024`` school year (1 August – 31 July) ·
``2022QMAT04`` Jobindsats moving annual total ending in quarter 4.
``Period.code`` is always the canonical DST code (``K`` for quarters).
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

PeriodKind = Literal["year", "quarter", "month", "week", "window", "school_year", "moving_year"]


class PeriodError(ValueError):
    """A time code that is not a DST period."""


@dataclass(frozen=True, order=True)
class Period:
    """A period: ordered by start, then end."""

    start: date
    end: date
    kind: PeriodKind
    code: str

    @property
    def year(self) -> int:
        """The calendar year the period ends in (the year a window or school year counts as)."""
        return self.end.year

    @property
    def is_sub_annual(self) -> bool:
        return self.kind in ("quarter", "month", "week")

    @property
    def label_en(self) -> str:
        """The English label StatBank uses (``2024Q1`` for quarters, else the code)."""
        return self.code.replace("K", "Q") if self.kind == "quarter" else self.code

    def __str__(self) -> str:
        return self.code


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year(m: re.Match[str]) -> Period:
    year = int(m["y"])
    return Period(date(year, 1, 1), date(year, 12, 31), "year", f"{year}")


def _quarter(m: re.Match[str]) -> Period:
    year, quarter = int(m["y"]), int(m["q"])
    if not 1 <= quarter <= 4:
        raise PeriodError(f"kvartal uden for 1-4 / quarter out of range: {m.string!r}")
    first = 3 * quarter - 2
    return Period(date(year, first, 1), _month_end(year, first + 2), "quarter", f"{year}K{quarter}")


def _month(m: re.Match[str]) -> Period:
    year, month = int(m["y"]), int(m["m"])
    if not 1 <= month <= 12:
        raise PeriodError(f"måned uden for 1-12 / month out of range: {m.string!r}")
    return Period(date(year, month, 1), _month_end(year, month), "month", f"{year}M{month:02d}")


def _week(m: re.Match[str]) -> Period:
    year, week = int(m["y"]), int(m["w"])
    try:
        start = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise PeriodError(f"ugen findes ikke / no such ISO week: {m.string!r}") from None
    return Period(start, start + timedelta(days=6), "week", f"{year}U{week:02d}")


def _window(m: re.Match[str]) -> Period:
    first, last = int(m["a"]), int(m["b"])
    if last < first:
        raise PeriodError(f"vinduet slutter før det begynder / window ends before it starts: {m.string!r}")
    return Period(date(first, 1, 1), date(last, 12, 31), "window", f"{first}:{last}")


def _school_year(m: re.Match[str]) -> Period:
    first, last = int(m["a"]), int(m["b"])
    if last != first + 1:
        raise PeriodError(f"skoleår skal være to år i træk / school year must span two years: {m.string!r}")
    return Period(date(first, 8, 1), date(last, 7, 31), "school_year", f"{first}/{last}")


def _moving_year(m: re.Match[str]) -> Period:
    year, quarter = int(m["y"]), int(m["q"])
    if not 1 <= quarter <= 4:
        raise PeriodError(f"kvartal uden for 1-4 / quarter out of range: {m.string!r}")
    end = _month_end(year, 3 * quarter)
    start = date(year - 1, 3 * quarter % 12 + 1, 1) if quarter < 4 else date(year, 1, 1)
    return Period(start, end, "moving_year", f"{year}QMAT{quarter:02d}")


_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], Period]], ...] = (
    (re.compile(r"^(?P<y>\d{4})$"), _year),
    (re.compile(r"^(?P<y>\d{4})[KQ](?P<q>\d)$"), _quarter),
    (re.compile(r"^(?P<y>\d{4})M(?P<m>\d{2})$"), _month),
    (re.compile(r"^(?P<y>\d{4})U(?P<w>\d{2})$"), _week),
    (re.compile(r"^(?P<a>\d{4}):(?P<b>\d{4})$"), _window),
    (re.compile(r"^(?P<a>\d{4})/(?P<b>\d{4})$"), _school_year),
    (re.compile(r"^(?P<y>\d{4})QMAT(?P<q>\d{2})$"), _moving_year),
)


@functools.lru_cache(maxsize=16384)
def parse_period(text: str) -> Period:
    """Parse any supported time code; raises PeriodError naming the code otherwise. Periods are immutable, so
    the answers are cached (a sync or an assessment reads the same few hundred codes many thousand times)."""
    cleaned = text.strip()
    for pattern, build in _PATTERNS:
        match = pattern.match(cleaned)
        if match:
            return build(match)
    raise PeriodError(f"ukendt tidskode / unknown time code: {text!r}")


def year_period(year: int) -> Period:
    """The calendar year as a period."""
    return parse_period(str(year))


def sub_periods_per_year(kind: PeriodKind) -> int | None:
    """How many periods of this kind make a full calendar year (None when not sub-annual)."""
    return {"quarter": 4, "month": 12}.get(kind)
