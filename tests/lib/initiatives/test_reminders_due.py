from datetime import date

from pejling.lib.initiatives.reminders import reminders_due
from pejling.lib.initiatives.schedule import schedule
from pejling.lib.workdays import WorkCalendar

WORK = WorkCalendar()


def _due(today, sent=frozenset()):
    # 2026K3 ends Wednesday 30 September; due 10 working days later: Wednesday 14 October
    slots = schedule("quarterly", start=date(2026, 7, 1), end=None, today=today, submitted=(), work=WORK)
    return [(r.kind, r.period, r.send_on) for r in reminders_due(slots, today=today, work=WORK, already_sent=set(sent))]


def test_advance_reminder_from_five_working_days_before_the_due_date():
    assert _due(date(2026, 10, 6)) == []
    assert _due(date(2026, 10, 7)) == [("upcoming", "2026K3", date(2026, 10, 7))]
    assert _due(date(2026, 10, 14)) == [("upcoming", "2026K3", date(2026, 10, 7))]


def test_overdue_on_the_first_working_day_after_and_escalation_ten_working_days_later():
    assert _due(date(2026, 10, 15)) == [("overdue", "2026K3", date(2026, 10, 15))]
    assert _due(date(2026, 10, 27)) == [("overdue", "2026K3", date(2026, 10, 15))]
    assert _due(date(2026, 10, 28)) == [("escalation", "2026K3", date(2026, 10, 28))]


def test_a_reminder_already_sent_is_not_sent_again():
    assert _due(date(2026, 10, 15), {("2026K3", "overdue")}) == []
    assert _due(date(2026, 10, 15), {("2026K3", "upcoming")}) == [("overdue", "2026K3", date(2026, 10, 15))]


def test_a_submitted_update_needs_no_reminder():
    slots = schedule(
        "quarterly", start=date(2026, 7, 1), end=None, today=date(2026, 10, 15), submitted={"2026K3"}, work=WORK
    )
    assert reminders_due(slots, today=date(2026, 10, 15), work=WORK, already_sent=set()) == []
