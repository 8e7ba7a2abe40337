"""Reading initiatives: the plan's current initiatives with their records, whose they are, and their schedules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.conf import settings
from django.db.models import Q

from pejling.editor.actions import new_record
from pejling.editor.models import InitiativeRecord
from pejling.lib.initiatives.schedule import Slot, missing, schedule
from pejling.lib.workdays import WorkCalendar
from pejling.plans.models import Initiative, Plan, PlanEntity, PlanVersion


def work_calendar() -> WorkCalendar:
    return WorkCalendar(settings.PEJLING_EXTRA_DAYS_OFF)


@dataclass
class InitiativeView:
    """One initiative of the current plan version: its text and goal from the plan, its record from staff."""

    initiative: Initiative
    record: InitiativeRecord
    slots: list[Slot]

    @property
    def key(self) -> str:
        return self.initiative.key

    @property
    def missing(self) -> list[Slot]:
        return missing(self.slots)

    @property
    def next_slot(self) -> Slot | None:
        """The slot an update is wanted for now: the oldest overdue, else one due, else the running period."""
        for state in ("overdue", "due", "open"):
            for slot in self.slots:
                if slot.state == state:
                    return slot
        return None

    @property
    def last_update(self) -> Any:
        if self.record.pk is None:
            return None
        return next(iter(self.record.updates.all()), None)


def slots_of(record: InitiativeRecord, today: date) -> list[Slot]:
    submitted = [u.period for u in record.updates.all()] if record.pk else []
    return schedule(
        record.cadence,
        start=record.reporting_from,
        end=record.end,
        today=today,
        submitted=submitted,
        work=work_calendar(),
        due_after=settings.PEJLING_UPDATE_DUE_AFTER_DAYS,
    )


def current_initiatives(version: PlanVersion, key: str | None = None) -> list[Initiative]:
    found = Initiative.objects.filter(goal__version=version).select_related("goal", "entity")
    if key is not None:
        found = found.filter(key=key)
    return list(found.order_by("goal__position", "position"))


def initiative_views(
    version: PlanVersion, today: date, *, only: Q | None = None, key: str | None = None
) -> list[InitiativeView]:
    """The version's initiatives (or the one with ``key``) with their records (a default one where staff have
    saved none); ``only`` keeps those whose record matches."""
    initiatives = current_initiatives(version, key)
    records = (
        InitiativeRecord.objects.filter(entity__in=[i.entity for i in initiatives])
        .select_related("owner", "forvaltning", "entity")
        .prefetch_related("updates", "milestones", "budget_lines", "targets")
    )
    if only is not None:
        records = records.filter(only)
    by_entity = {record.entity_id: record for record in records}
    views = []
    for initiative in initiatives:
        record = by_entity.get(initiative.entity_id)
        if record is None:
            if only is not None:
                continue
            record = new_record(initiative.entity, today)
        views.append(InitiativeView(initiative, record, slots_of(record, today)))
    return views


def mine(user: Any, version: PlanVersion, today: date) -> list[InitiativeView]:
    """The initiatives the user owns, and those of their forvaltning when they are granted it."""
    own = Q(owner=user)
    profile = getattr(user, "staff_profile", None)
    if profile is not None and profile.forvaltning_grant and profile.forvaltning_id:
        own |= Q(forvaltning_id=profile.forvaltning_id)
    return initiative_views(version, today, only=own)


def initiative_entity(plan: Plan, key: str) -> PlanEntity | None:
    return PlanEntity.objects.filter(plan=plan, kind=PlanEntity.Kind.INITIATIVE, key=key).first()


def record_for(entity: PlanEntity, today: date) -> InitiativeRecord:
    return InitiativeRecord.objects.filter(entity=entity).first() or new_record(entity, today)
