""" "I sagde — vi gjorde": per målsætning, what people said (the published contributions about the målsætning,
its Mål and its initiatives) and what the municipality did with it — the initiative a contribution feeds, that
initiative's status and milestones, and the status of each Mål the initiative is meant to move."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils.translation import gettext

from pejling.dashboard.initiative_pages import PublicInitiative, public_initiatives
from pejling.dashboard.pages import Current, latest_as_of, latest_rows
from pejling.lib.participation import kinds
from pejling.participation.models import Contribution
from pejling.participation.queries import published_about, status_text
from pejling.participation.representation import representation
from pejling.plans.models import Goal, Initiative, Target
from pejling.progress.labels import status_view


@dataclass
class Fed:
    """One initiative and the contributions that feed it."""

    initiative: PublicInitiative
    text: str
    contributions: list[Contribution] = field(default_factory=list)
    targets: list[dict[str, Any]] = field(default_factory=list)  # key, text, status (label, icon, code)

    @property
    def reached(self) -> list[Any]:
        return [m for m in self.initiative.milestones if m.done]

    @property
    def next_milestone(self) -> Any:
        return min((m for m in self.initiative.milestones if not m.done), key=lambda m: m.due, default=None)


def ledger(c: Current, goal_key: str, today: date) -> dict[str, Any] | None:
    goal = Goal.objects.filter(version=c.version, key=goal_key).select_related("entity").first()
    if goal is None:
        return None
    targets = list(Target.objects.filter(goal=goal).select_related("entity"))
    entities = [goal.entity, *(t.entity for t in targets)]
    entities += [i.entity for i in Initiative.objects.filter(goal=goal).select_related("entity")]
    found = list(published_about(entities).order_by("received_at", "pk"))
    texts = {i.entity_id: i.text for i in Initiative.objects.filter(goal__version=c.version)}
    by_key = {p.key: p for p in public_initiatives(c, today)}
    statuses = {t.entity_id: t for t in Target.objects.filter(goal__version=c.version)}
    rows = latest_rows(c, latest_as_of(c))
    fed: dict[str, Fed] = {}
    others = []
    for contribution in found:
        initiative = contribution.initiative
        if contribution.status == kinds.IN_INITIATIVE and initiative is not None and initiative.key in by_key:
            if initiative.key not in fed:
                item = by_key[initiative.key]
                moved = [e for e in (item.view.record.targets.all() if item.view.record.pk else []) if e.pk in statuses]
                fed[initiative.key] = Fed(
                    item,
                    texts.get(initiative.pk, initiative.key),
                    targets=[
                        {
                            "key": statuses[e.pk].key,
                            "text": statuses[e.pk].text,
                            "status": status_view(rows[e.pk].status) if e.pk in rows else None,
                        }
                        for e in sorted(moved, key=lambda e: e.key)
                    ],
                )
            fed[initiative.key].contributions.append(contribution)
        else:
            others.append({"c": contribution, "status": status_text(contribution)})
    counts = {code: 0 for code in kinds.STATUSES}
    for contribution in found:
        counts[contribution.status] += 1
    return {
        "goal": goal,
        "fed": [fed[k] for k in sorted(fed)],
        "others": others,
        "total": len(found),
        "who": representation(c.area, found),
        "counts": [(gettext(kinds.STATUSES[code].label) % {"initiative": "…"}, n) for code, n in counts.items()],
    }
