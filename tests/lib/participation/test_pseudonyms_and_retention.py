"""Pseudonyms drawn from random bytes, and when personal data are warned about and deleted."""

from __future__ import annotations

from datetime import date

import pytest

from pejling.lib.participation.pseudonym import pseudonym
from pejling.lib.participation.retention import DELETE, KEEP, WARN, Retention, retention


def test_a_pseudonym_has_no_look_alike_characters():
    assert pseudonym(bytes([0, 1, 2, 31, 32, 255])) == "Deltager 234-Z2Z"
    with pytest.raises(ValueError):
        pseudonym(b"12345")


@pytest.mark.parametrize(
    ("today", "warned_on", "expected"),
    [
        (date(2027, 1, 20), None, Retention(KEEP, date(2027, 2, 10))),  # 100 days after 2 November 2026
        (date(2027, 1, 31), None, Retention(WARN, date(2027, 2, 10))),  # 10 days before
        (date(2027, 3, 1), None, Retention(WARN, date(2027, 3, 11))),  # never warned: the warning's 10 days first
        (date(2027, 2, 5), date(2027, 1, 31), Retention(KEEP, date(2027, 2, 10))),
        (date(2027, 2, 10), date(2027, 1, 31), Retention(DELETE, date(2027, 2, 10))),
        (date(2027, 2, 10), date(2027, 2, 5), Retention(KEEP, date(2027, 2, 15))),  # a late warning gets its days
        (date(2027, 1, 31), date(2026, 10, 1), Retention(WARN, date(2027, 2, 10))),  # warned before the last activity
    ],
)
def test_warn_then_delete(today, warned_on, expected):
    found = retention(date(2026, 11, 2), today, warned_on=warned_on, keep_days=100, warning_days=10)
    assert found == expected
