"""Every audited model refuses writes that skip the trail: QuerySet.update(), bulk writes, queryset deletes,
and save() or delete() outside an action's change()."""

import pytest
from django.apps import apps

from pejling.audit.models import AuditEntry
from pejling.audit.trail import AuditedModel, UnauditedWrite, change
from pejling.editor.models import InitiativeRecord, Milestone
from tests.staff_fixtures import NOW, SHELL, record

AUDITED = sorted(m._meta.label for m in apps.get_models() if issubclass(m, AuditedModel))


def test_the_audited_models_are_the_ones_the_issue_names():
    assert AUDITED == [
        "accounts.Forvaltning",
        "accounts.StaffProfile",
        "editor.BudgetLine",
        "editor.InitiativeRecord",
        "editor.InitiativeUpdate",
        "editor.LocalUpload",
        "editor.Milestone",
        "editor.PeriodLock",
        "participation.Contribution",
        "reports.Report",
        "reports.ReportFile",
    ]


@pytest.mark.parametrize("label", AUDITED)
def test_queryset_update_and_bulk_writes_are_refused(db, label):
    model = apps.get_model(label)
    with pytest.raises(UnauditedWrite, match=r"QuerySet.update\(\)"):
        model.objects.all().update(pk=1)
    with pytest.raises(UnauditedWrite, match=r"bulk_create"):
        model.objects.bulk_create([model()])
    with pytest.raises(UnauditedWrite, match=r"bulk_update"):
        model.objects.bulk_update([], fields=["pk"])
    with pytest.raises(UnauditedWrite, match=r"QuerySet.delete\(\)"):
        model.objects.all().delete()
    with pytest.raises(UnauditedWrite, match=r"outside change"):
        model().save()


def test_related_manager_updates_are_refused_too(staff, plan):
    initiative = record(plan, "1.i1")
    with pytest.raises(UnauditedWrite):
        initiative.milestones.update(done=True)
    with pytest.raises(UnauditedWrite):
        InitiativeRecord.objects.filter(pk=initiative.pk).update(status="stopped")
    assert InitiativeRecord.objects.get(pk=initiative.pk).status == "not_started"


def test_save_and_delete_outside_an_action_are_refused_and_nothing_is_written(staff, plan):
    initiative = record(plan, "1.i1")
    initiative.status = "stopped"
    with pytest.raises(UnauditedWrite):
        initiative.save()
    with pytest.raises(UnauditedWrite):
        initiative.delete()
    assert InitiativeRecord.objects.get(pk=initiative.pk).status == "not_started"
    with change(SHELL, NOW, "milestone.save") as audit:
        milestone = Milestone(initiative=initiative, title="Handleplan", due=NOW.date())
        audit.track(milestone)
        milestone.save()
    with pytest.raises(UnauditedWrite):
        milestone.delete()
    assert AuditEntry.objects.filter(action="milestone.save").count() == 1


def test_a_change_that_fails_writes_nothing_and_records_nothing(staff, plan):
    initiative = record(plan, "1.i1")
    before = AuditEntry.objects.count()
    with pytest.raises(ZeroDivisionError), change(SHELL, NOW, "initiative.change") as audit:
        audit.track(initiative)
        initiative.status = "stopped"
        initiative.save()
        1 / 0  # noqa: B018
    assert InitiativeRecord.objects.get(pk=initiative.pk).status == "not_started"
    assert AuditEntry.objects.count() == before
