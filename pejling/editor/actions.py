"""Every write about an initiative: atomic, given the acting user and "now", checking the permission,
recorded in the audit trail and announced on commit (the public pages show initiatives)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext, gettext_noop

from pejling.accounts.rules import require
from pejling.audit.trail import change
from pejling.editor.models import BudgetLine, InitiativeRecord, InitiativeUpdate, Milestone, PeriodLock
from pejling.editor.periods import is_locked
from pejling.lib import roles
from pejling.lib.initiatives.schedule import CADENCES, parse_period_code
from pejling.lib.initiatives.statuses import status_problems
from pejling.plans.models import Plan, PlanEntity

ANNOUNCE = "initiatives"
INITIATIVE_FIELDS = (
    "forvaltning",
    "owner",
    "description",
    "start",
    "end",
    "status",
    "status_reason",
    "cadence",
    "reporting_from",
)


def _refuse(messages: Iterable[str]) -> None:
    found = [gettext(message) for message in messages]
    if found:
        raise ValidationError(found)


def new_record(entity: PlanEntity, today: date) -> InitiativeRecord:
    """An initiative's record before anyone has saved it: not started, quarterly, reported on from today."""
    return InitiativeRecord(entity=entity, reporting_from=today)


def edit_initiative(
    actor: Any, now: datetime, record: InitiativeRecord, *, targets: Iterable[PlanEntity] | None = None, **fields: Any
) -> InitiativeRecord:
    """Change the initiative's owner, forvaltning, description, dates, status, cadence or Mål."""
    require(actor, roles.EDIT_INITIATIVE, record)
    unknown = set(fields) - set(INITIATIVE_FIELDS)
    if unknown:
        raise TypeError(f"unknown initiative fields: {sorted(unknown)}")
    status = fields.get("status", record.status)
    problems = status_problems(status, fields.get("status_reason", record.status_reason))
    start, end = fields.get("start", record.start), fields.get("end", record.end)
    if start and end and end < start:
        problems.append(gettext_noop("Slutdatoen ligger før startdatoen."))
    if fields.get("cadence", record.cadence) not in CADENCES:
        problems.append(gettext_noop("Ukendt opdateringsfrekvens."))
    _refuse(problems)
    with change(actor, now, "initiative.change", announce_as=ANNOUNCE) as audit:
        audit.track(record)
        for name, value in fields.items():
            setattr(record, name, value)
        record.save()
        if targets is not None:
            record.targets.set(list(targets))
    return record


def save_milestone(actor: Any, now: datetime, milestone: Milestone, **fields: Any) -> Milestone:
    """Add a milestone (an unsaved one) or change one: title, due date, done (and when), note."""
    require(actor, roles.MANAGE_MILESTONES, milestone.initiative)
    if fields.get("done", milestone.done) and not fields.get("done_on", milestone.done_on):
        fields["done_on"] = now.date()
    if not fields.get("done", milestone.done):
        fields["done_on"] = None
    with change(actor, now, "milestone.save", announce_as=ANNOUNCE) as audit:
        audit.track(milestone)
        for name, value in fields.items():
            setattr(milestone, name, value)
        milestone.full_clean()
        milestone.save()
    return milestone


def delete_milestone(actor: Any, now: datetime, milestone: Milestone) -> None:
    require(actor, roles.MANAGE_MILESTONES, milestone.initiative)
    with change(actor, now, "milestone.delete", announce_as=ANNOUNCE) as audit:
        audit.delete(milestone)


def save_budget_line(actor: Any, now: datetime, line: BudgetLine, **fields: Any) -> BudgetLine:
    """Add or change a budget line: funding, year, planned and spent (kroner)."""
    require(actor, roles.EDIT_BUDGET, line.initiative)
    for name in ("planned", "spent"):
        if name in fields and fields[name] is not None and Decimal(fields[name]) < 0:
            _refuse([gettext_noop("Beløb kan ikke være negative.")])
    with change(actor, now, "budget.save", announce_as=ANNOUNCE) as audit:
        audit.track(line)
        for name, value in fields.items():
            setattr(line, name, value)
        line.full_clean()
        line.save()
    return line


def delete_budget_line(actor: Any, now: datetime, line: BudgetLine) -> None:
    require(actor, roles.EDIT_BUDGET, line.initiative)
    with change(actor, now, "budget.delete", announce_as=ANNOUNCE) as audit:
        audit.delete(line)


def submit_update(
    actor: Any,
    now: datetime,
    record: InitiativeRecord,
    *,
    period: str,
    text: str,
    progress: int,
    status: str,
    status_reason: str = "",
) -> InitiativeUpdate:
    """The owner's update for a reporting period (a second one for the same period replaces the first until
    the period is locked). The initiative takes the update's status."""
    require(actor, roles.SUBMIT_UPDATE, record)
    problems = status_problems(status, status_reason)
    parsed = parse_period_code(period)
    if parsed is None:
        problems.append(gettext_noop("Ukendt periode."))
    elif parsed.start > now.date():
        problems.append(gettext_noop("Perioden er ikke begyndt endnu."))
    elif is_locked(record.entity.plan, parsed):
        problems.append(gettext_noop("Perioden er låst; opdateringen kan ikke ændres."))
    if not text.strip():
        problems.append(gettext_noop("Skriv, hvad der er sket i perioden."))
    if not 0 <= progress <= 100:
        problems.append(gettext_noop("Fremdriften skal være mellem 0 og 100 %."))
    _refuse(problems)
    with change(actor, now, "update.submit", announce_as=ANNOUNCE) as audit:
        update = InitiativeUpdate.objects.filter(initiative=record, period=period).first()
        update = update or InitiativeUpdate(initiative=record, period=period)
        audit.track(update)
        update.text, update.progress, update.status, update.status_reason = (
            text.strip(),
            progress,
            status,
            status_reason,
        )
        update.author = actor if getattr(actor, "pk", None) else None
        update.submitted_at = now
        update.save()
        audit.track(record)
        record.status, record.status_reason = status, status_reason
        record.save()
    return update


def lock_period(actor: Any, now: datetime, plan: Plan, period: str) -> PeriodLock:
    """Lock a reporting period of the plan: updates for periods inside it can no longer be written."""
    require(actor, roles.LOCK_PERIOD)
    parsed = parse_period_code(period)
    if parsed is None:
        _refuse([gettext_noop("Ukendt periode.")])
    assert parsed is not None
    if parsed.end >= now.date():
        _refuse([gettext_noop("En periode kan først låses, når den er slut.")])
    with change(actor, now, "period.lock", announce_as=ANNOUNCE) as audit:
        lock = PeriodLock.objects.filter(plan=plan, period=parsed.code).first()
        if lock is None:
            lock = PeriodLock(plan=plan, period=parsed.code, start=parsed.start, end=parsed.end)
            audit.track(lock)
            lock.locked_by = actor if getattr(actor, "pk", None) else None
            lock.locked_at = now
            lock.save()
    return lock


def unlock_period(actor: Any, now: datetime, lock: PeriodLock) -> None:
    require(actor, roles.LOCK_PERIOD)
    with change(actor, now, "period.unlock", announce_as=ANNOUNCE) as audit:
        audit.delete(lock)
