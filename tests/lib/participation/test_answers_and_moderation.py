"""The municipality's answer: each status says what it needs; a first contribution is held, flags hide a
published one, and an unanswered contribution is overdue the day after its deadline."""

from datetime import date

from pejling.lib.participation.kinds import ANSWER_REQUIRED, INITIATIVE_REQUIRED, REASON_REQUIRED, answer_problems
from pejling.lib.participation.moderation import (
    HELD,
    HIDDEN,
    PUBLISHED,
    answer_deadline,
    visibility_after_flag,
    visibility_on_arrival,
)


def test_each_status_asks_for_what_it_needs():
    assert answer_problems("received", answer="", reason="", initiative=None) == []
    assert answer_problems("not_followed", answer="", reason="", initiative=None) == [ANSWER_REQUIRED, REASON_REQUIRED]
    assert answer_problems("in_initiative", answer="Tak", reason="", initiative=None) == [INITIATIVE_REQUIRED]
    assert answer_problems("in_initiative", answer="Tak", reason="", initiative="1.i2") == []


def test_first_contributions_are_held_and_flags_hide():
    assert visibility_on_arrival(0) == HELD
    assert visibility_on_arrival(1) == PUBLISHED
    assert visibility_after_flag(PUBLISHED, 2, hide_after=3) == PUBLISHED
    assert visibility_after_flag(PUBLISHED, 3, hide_after=3) == HIDDEN
    assert visibility_after_flag(HELD, 9) == HELD


def test_the_answer_deadline():
    on_time = answer_deadline(date(2026, 11, 1), date(2026, 12, 1), answered=False)
    assert (on_time.due, on_time.overdue, on_time.days_left) == (date(2026, 12, 1), False, 0)
    late = answer_deadline(date(2026, 11, 1), date(2026, 12, 2), answered=False)
    assert (late.overdue, late.days_left) == (True, -1)
    assert not answer_deadline(date(2026, 11, 1), date(2027, 1, 1), answered=True).overdue
