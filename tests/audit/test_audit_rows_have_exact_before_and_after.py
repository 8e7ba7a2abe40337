"""Each action leaves one row per changed object with the actor, the time and the exact fields before and after."""

from datetime import date, timedelta
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType

from pejling.audit.models import AuditEntry
from pejling.editor.actions import delete_milestone, edit_initiative, save_budget_line, save_milestone, submit_update
from pejling.editor.models import BudgetLine, InitiativeRecord, Milestone
from tests.staff_fixtures import NOW, record


def _rows(action):
    return list(AuditEntry.objects.filter(action=action).order_by("pk"))


def test_changing_an_initiative_records_the_fields_before_and_after(staff, plan):
    initiative = record(plan, "1.i1")
    later = NOW + timedelta(hours=1)
    edit_initiative(
        staff["owner"], later, initiative, status="delayed", status_reason="Afventer budget", end=date(2027, 6, 30)
    )
    [row] = _rows("initiative.change")[-1:]
    assert (row.at, row.actor, row.actor_label) == (later, staff["owner"], "ejer@randers.dk")
    assert row.content_type == ContentType.objects.get_for_model(InitiativeRecord)
    assert row.object_id == str(initiative.pk)
    assert row.subject == initiative.entity
    assert row.changed_fields() == [
        ("end", None, "2027-06-30"),
        ("status", "not_started", "delayed"),
        ("status_reason", "", "Afventer budget"),
    ]
    assert row.before["owner"] == row.after["owner"] == "ejer@randers.dk"
    assert row.after["targets"] == []


def test_milestones_budget_and_updates_are_recorded_with_the_initiative_as_subject(staff, plan):
    initiative = record(plan, "1.i1")
    owner = staff["owner"]
    milestone = save_milestone(
        owner, NOW, Milestone(initiative=initiative), title="Handleplan vedtaget", due=date(2027, 3, 1)
    )
    milestone_id = milestone.pk
    save_milestone(owner, NOW + timedelta(days=1), milestone, done=True)
    line = save_budget_line(
        owner,
        NOW,
        BudgetLine(initiative=initiative),
        funding="Investeringsstrategien",
        year=2027,
        planned=Decimal(2_500_000),
    )
    submit_update(
        owner, NOW, initiative, period="2026K3", text="Arbejdsgruppen er nedsat.", progress=10, status="in_progress"
    )
    delete_milestone(owner, NOW + timedelta(days=2), milestone)

    created, done, deleted = [(r.before, r.after) for r in _rows("milestone.save") + _rows("milestone.delete")]
    assert created == (
        None,
        {
            "id": milestone_id,
            "initiative": "1.i1",
            "title": "Handleplan vedtaget",
            "due": "2027-03-01",
            "done": False,
            "done_on": None,
            "note": "",
        },
    )
    assert done[1]["done"] is True and done[1]["done_on"] == "2026-11-29"
    assert deleted == (done[1], None)
    [budget] = _rows("budget.save")
    assert budget.after == {
        "id": line.pk,
        "initiative": "1.i1",
        "funding": "Investeringsstrategien",
        "year": 2027,
        "planned": "2500000",
        "spent": "0",
        "note": "",
    }
    update_row, status_row = _rows("update.submit")
    assert update_row.after["text"] == "Arbejdsgruppen er nedsat." and update_row.after["author"] == "ejer@randers.dk"
    assert status_row.changed_fields() == [("status", "not_started", "in_progress")]
    parts = AuditEntry.objects.filter(action__in=["milestone.save", "milestone.delete", "budget.save", "update.submit"])
    assert {r.subject.key for r in parts} == {"1.i1"}


def test_an_action_that_changes_nothing_records_nothing(staff, plan):
    before = AuditEntry.objects.count()
    edit_initiative(staff["owner"], NOW, record(plan, "1.i1"), status="not_started")
    assert AuditEntry.objects.count() == before


def test_staff_changes_are_recorded_without_the_password(staff):
    [row] = [
        r
        for r in AuditEntry.objects.filter(action="user.save", object_label="ejer@randers.dk")
        if r.before is None and "groups" in r.after
    ]
    assert row.after["groups"] == ["Initiativejer"]
    assert row.actor_label == "shell:test"
    assert not any("password" in (r.before or {}) or "password" in (r.after or {}) for r in AuditEntry.objects.all())
