"""What the input pages show: the plan element a contribution is about, the published contributions on its
public page, and the moderator's queue with its counts, ages and overdue answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.conf import settings
from django.db.models import Count, QuerySet
from django.urls import reverse
from django.utils.translation import gettext

from pejling.lib.participation import kinds, moderation
from pejling.participation.models import Contribution
from pejling.participation.representation import representation
from pejling.plans.models import Goal, Initiative, PlanEntity, PlanVersion, Target

GOAL, TARGET, INITIATIVE = "maalsaetning", "maal", "initiativ"  # the path segment of each page
_KINDS = {GOAL: PlanEntity.Kind.GOAL, TARGET: PlanEntity.Kind.TARGET, INITIATIVE: PlanEntity.Kind.INITIATIVE}
_PAGES = {GOAL: "dashboard:goal", TARGET: "dashboard:target", INITIATIVE: "dashboard:initiative"}


@dataclass(frozen=True)
class Element:
    """A målsætning, Mål or initiative that input can be given on, as its current plan version has it."""

    entity: PlanEntity
    segment: str  # maalsaetning, maal or initiativ
    key: str
    label: str
    goal_key: str


def element(version: PlanVersion, segment: str, key: str) -> Element | None:
    if segment == GOAL:
        goal = Goal.objects.filter(version=version, key=key).select_related("entity").first()
        return Element(goal.entity, GOAL, key, goal.title, key) if goal else None
    if segment not in (TARGET, INITIATIVE):
        return None
    rows = Target.objects if segment == TARGET else Initiative.objects
    found = rows.filter(goal__version=version, key=key).select_related("entity", "goal").first()
    return Element(found.entity, segment, key, found.text, found.goal.key) if found else None


def element_of(version: PlanVersion, entity: PlanEntity) -> Element | None:
    segment = next((s for s, kind in _KINDS.items() if kind == entity.kind), None)
    return element(version, segment, entity.key) if segment else None


def page_url(found: Element, plan_slug: str | None) -> str:
    name = _PAGES[found.segment]
    if plan_slug:
        return reverse(name.replace(":", ":plan_"), args=[plan_slug, found.key])
    return reverse(name, args=[found.key])


def give_url(plan_slug: str, segment: str, key: str) -> str:
    return reverse("participation:give", args=[plan_slug, segment, key])


def published(entity: PlanEntity) -> QuerySet[Contribution]:
    return published_about([entity]).order_by("-received_at", "-pk")


def published_about(entities: list[PlanEntity]) -> QuerySet[Contribution]:
    found = Contribution.objects.filter(entity__in=entities, visibility=moderation.PUBLISHED)
    return found.select_related("participant", "initiative", "entity")


def status_text(contribution: Contribution) -> str:
    """The status as the public reads it, in the active language ("Indgår i initiativ 1.i1")."""
    label = gettext(kinds.STATUSES[contribution.status].label)
    key = contribution.initiative.key if contribution.initiative else ""
    return label % {"initiative": key} if "%(initiative)" in label else label


def input_block(version: PlanVersion, segment: str, key: str, *, plan_is_default: bool) -> dict[str, Any]:
    """The input section of a public page: its published contributions and where to give input."""
    found = element(version, segment, key)
    if found is None:
        return {}
    plan_slug = version.plan.slug
    rows = []
    shown = list(published(found.entity))
    for c in shown:
        feeds = element_of(version, c.initiative) if c.initiative else None
        rows.append(
            {
                "c": c,
                "kind": gettext(kinds.KINDS[c.kind]),
                "giver": gettext(kinds.GIVERS[c.giver]),
                "status": status_text(c),
                "feeds": feeds,
                "feeds_url": page_url(feeds, None if plan_is_default else plan_slug) if feeds else "",
            }
        )
    return {
        "contributions": rows,
        "give_url": give_url(plan_slug, segment, key),
        "ledger_url": reverse("participation:ledger", args=[plan_slug, found.goal_key]),
        "element": found,
        "who": representation(version.plan.municipality_code, shown),
    }


@dataclass(frozen=True)
class QueueRow:
    contribution: Contribution
    element: Element | None
    age_days: int  # since it was received (or sent, while unconfirmed)
    due: date | None
    overdue: bool


def row(version: PlanVersion, c: Contribution, today: date) -> QueueRow:
    since = (c.received_at or c.created_at).date()
    deadline = (
        moderation.answer_deadline(
            c.received_at.date(),
            today,
            answered=kinds.STATUSES[c.status].answered,
            days=settings.PEJLING_ANSWER_DAYS,
        )
        if c.received_at
        else None
    )
    return QueueRow(
        c,
        element_of(version, c.entity),
        (today - since).days,
        deadline.due if deadline else None,
        bool(deadline and deadline.overdue),
    )


def queue(version: PlanVersion, today: date) -> dict[str, Any]:
    """Held and hidden contributions (oldest first), unanswered ones with their deadlines, and the counts."""
    mine = Contribution.objects.filter(entity__plan=version.plan).select_related("entity", "initiative")
    counts = dict(mine.values_list("visibility").annotate(n=Count("pk")).order_by())
    held = [row(version, c, today) for c in mine.filter(visibility=moderation.HELD).order_by("received_at")]
    hidden = [row(version, c, today) for c in mine.filter(visibility=moderation.HIDDEN).order_by("received_at")]
    open_statuses = [code for code, s in kinds.STATUSES.items() if not s.answered]
    waiting = mine.exclude(visibility=moderation.UNCONFIRMED).filter(status__in=open_statuses)
    unanswered = [row(version, c, today) for c in waiting.order_by("received_at")]
    return {
        "held": held,
        "hidden": hidden,
        "unanswered": unanswered,
        "overdue": [r for r in unanswered if r.overdue],
        "counts": [(label, counts.get(code, 0)) for code, label in moderation.VISIBILITIES.items()],
        "oldest_held_days": max((r.age_days for r in held), default=None),
    }


def initiative_choices(version: PlanVersion) -> dict[str, tuple[PlanEntity, str]]:
    """The version's initiatives by key: their lasting identity and text."""
    found = (
        Initiative.objects.filter(goal__version=version).select_related("entity").order_by("goal__position", "position")
    )
    return {i.key: (i.entity, i.text) for i in found}
