"""Input in the JSON API: for every målsætning, Mål and initiative of the plan's current version, how many
published contributions there are and how many have each status — counts only, never a contribution's text
or anything about its writer."""

from __future__ import annotations

from collections import Counter

from django.http import Http404, HttpRequest
from ninja import Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from pejling.lib.participation import kinds, moderation
from pejling.participation.models import Contribution
from pejling.plans.models import Plan

router = Router(tags=["inddragelse"])


class InputCountOut(Schema):
    kind: str  # goal, target or initiative
    id: str
    published: int
    by_status: dict[str, int]


@router.get("/plans/{slug}/input", response=list[InputCountOut])
@paginate(LimitOffsetPagination)
def input_counts(request: HttpRequest, slug: str) -> list[dict[str, object]]:
    plan = Plan.objects.filter(slug=slug).first()
    version = plan.latest_version() if plan else None
    if version is None:
        raise Http404(f"Ingen plan {slug!r} / no such plan")
    counted = Counter(
        Contribution.objects.filter(entity__plan=plan, visibility=moderation.PUBLISHED).values_list(
            "entity_id", "status"
        )
    )
    elements = []
    for goal in version.goals.order_by("position").select_related("entity"):
        elements.append(("goal", goal.key, goal.entity_id))
        elements += [("target", t.key, t.entity_id) for t in goal.targets.order_by("position")]
        elements += [("initiative", i.key, i.entity_id) for i in goal.initiatives.order_by("position")]
    out = []
    for kind, key, entity_id in elements:
        by_status = {code: counted[(entity_id, code)] for code in kinds.STATUSES}
        out.append({"kind": kind, "id": key, "published": sum(by_status.values()), "by_status": by_status})
    return out
