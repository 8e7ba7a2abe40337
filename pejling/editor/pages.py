"""What each staff page shows, built from the queries; views only parse input and render."""

from __future__ import annotations

from datetime import date
from typing import Any

from pejling.accounts.rules import may
from pejling.dashboard.pages import Current
from pejling.editor.forms import BudgetLineForm, InitiativeForm, MilestoneForm, UpdateForm
from pejling.editor.models import InitiativeRecord, PeriodLock
from pejling.editor.queries import InitiativeView, initiative_views, mine, slots_of
from pejling.lib import roles
from pejling.plans.models import PlanEntity, Target


def target_choices(c: Current) -> list[tuple[PlanEntity, str]]:
    targets = (
        Target.objects.filter(goal__version=c.version).select_related("entity").order_by("goal__position", "position")
    )
    return [(t.entity, f"{t.key} {t.text}") for t in targets]


def mine_page(user: Any, c: Current, today: date) -> dict[str, Any]:
    own = mine(user, c.version, today)
    sees_all = may(user, roles.VIEW_STAFF_PAGES) and not _only_owner(user)
    return {
        "mine": own,
        "everything": initiative_views(c.version, today) if sees_all else [],
        "today": today,
    }


def _only_owner(user: Any) -> bool:
    from pejling.accounts.roles import roles_of

    return roles_of(user) <= {roles.OWNER}


def update_periods(record: InitiativeRecord, today: date) -> list[tuple[str, str]]:
    """The periods an update may be written for: every slot not in a locked period, newest first."""
    locks = list(PeriodLock.objects.filter(plan=record.entity.plan))
    choices = []
    for slot in reversed(slots_of(record, today)):
        if any(lock.start <= slot.period.start and slot.period.end <= lock.end for lock in locks):
            continue
        choices.append((slot.period.code, slot.period.code))
    return choices


def initiative_page(user: Any, c: Current, view: InitiativeView, today: date) -> dict[str, Any]:
    record = view.record
    initial = {name: getattr(record, name) for name in ("forvaltning", "owner", "description", "start", "end")}
    initial |= {"status": record.status, "status_reason": record.status_reason, "cadence": record.cadence}
    initial |= {"reporting_from": record.reporting_from, "targets": list(record.targets.all()) if record.pk else []}
    return {
        "view": view,
        "record": record,
        "initiative": view.initiative,
        "may_edit": may(user, roles.EDIT_INITIATIVE, record),
        "may_milestones": may(user, roles.MANAGE_MILESTONES, record),
        "may_budget": may(user, roles.EDIT_BUDGET, record),
        "may_update": may(user, roles.SUBMIT_UPDATE, record),
        "form": InitiativeForm(initial=initial, targets=target_choices(c)),
        "milestones": list(record.milestones.all()) if record.pk else [],
        "milestone_form": MilestoneForm(),
        "budget_lines": list(record.budget_lines.all()) if record.pk else [],
        "budget_form": BudgetLineForm(),
        "updates": list(record.updates.all()) if record.pk else [],
        "next_slot": view.next_slot,
    }


def update_form(
    record: InitiativeRecord, view: InitiativeView, today: date, data: Any = None, *, period: str | None = None
) -> UpdateForm:
    """The update form, for the period wanted now; only ``period`` when given (a signed link's)."""
    slot = view.next_slot
    initial = {"status": record.status, "status_reason": record.status_reason}
    initial["period"] = period or (slot.period.code if slot else "")
    choices = update_periods(record, today)
    if period is not None:
        choices = [choice for choice in choices if choice[0] == period]
    return UpdateForm(data, initial=initial, periods=choices)


def missing_page(c: Current, today: date) -> dict[str, Any]:
    rows = [v for v in initiative_views(c.version, today) if v.record.pk and (v.missing or v.next_slot)]
    overdue = [v for v in rows if v.missing]
    due = [v for v in rows if not v.missing and any(s.state == "due" for s in v.slots)]
    without_owner = [v for v in initiative_views(c.version, today) if v.record.owner_id is None]
    return {"overdue": overdue, "due": due, "without_owner": without_owner, "today": today}
