"""The initiatives in the JSON API and as downloads: status, delivery, milestones, budget and updates, with
the municipality as their source. No person is named (the responsible forvaltning is)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from ninja import Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from pejling.dashboard import pages
from pejling.dashboard.initiative_pages import PublicInitiative, public_initiatives
from pejling.lib.initiatives.statuses import STATUSES

router = Router(tags=["initiativer"])
COLUMNS = [
    "initiativ",
    "målsætning",
    "tekst",
    "forvaltning",
    "status",
    "levering",
    "start",
    "slut",
    "mål",
    "budget",
    "forbrugt",
    "seneste_opdatering",
    "manglende_opdateringer",
    "kilde",
]


class InitiativeOut(Schema):
    id: str
    goal: str
    text: str
    forvaltning: str | None
    status: str
    status_label_da: str
    status_reason: str
    start: date | None
    end: date | None
    cadence: str
    delivery: str
    targets: list[dict[str, Any]]
    milestones: list[dict[str, Any]]
    budget: dict[str, Any]
    updates: list[dict[str, Any]]
    missing_updates: list[str]
    source: str


def initiative_data(item: PublicInitiative) -> dict[str, Any]:
    record = item.view.record
    lines = list(record.budget_lines.all()) if record.pk else []
    return {
        "id": item.key,
        "goal": item.view.initiative.goal.key,
        "text": item.view.initiative.text,
        "forvaltning": record.forvaltning.name if record.forvaltning else None,
        "status": record.status,
        "status_label_da": STATUSES[record.status].label,
        "status_reason": record.status_reason,
        "start": record.start,
        "end": record.end,
        "cadence": record.cadence,
        "delivery": item.delivery,
        "targets": item.targets,
        "milestones": [
            {
                "title": m.title,
                "due": m.due.isoformat(),
                "done": m.done,
                "done_on": m.done_on.isoformat() if m.done_on else None,
            }
            for m in item.milestones
        ],
        "budget": {
            "planned": int(sum(line.planned for line in lines)),
            "spent": int(sum(line.spent for line in lines)),
            "lines": [
                {"funding": x.funding, "year": x.year, "planned": int(x.planned), "spent": int(x.spent)} for x in lines
            ],
        },
        "updates": [
            {
                "period": u.period,
                "text": u.text,
                "progress": u.progress,
                "status": u.status,
                "submitted_at": u.submitted_at.isoformat(),
            }
            for u in item.updates
        ],
        "missing_updates": [slot.period.code for slot in item.view.missing],
        "source": f"{settings.PEJLING_AUTHORITY} (initiativets ansvarlige)",
    }


def plan_initiatives(slug: str | None, today: date) -> list[dict[str, Any]] | None:
    current = pages.current(slug)
    if current is None:
        return None
    return [initiative_data(item) for item in public_initiatives(current, today)]


@router.get("/plans/{slug}/initiatives", response=list[InitiativeOut])
@paginate(LimitOffsetPagination)
def initiatives(request: HttpRequest, slug: str) -> list[dict[str, Any]]:
    from django.http import Http404

    found = plan_initiatives(slug, timezone.localdate())
    if found is None:
        raise Http404(f"ingen plan med id {slug!r} / no plan with id {slug!r}")
    return found


def table_rows(data: list[dict[str, Any]]) -> list[list[Any]]:
    """One row per initiative for CSV and XLSX."""
    return [
        [
            d["id"],
            d["goal"],
            d["text"],
            d["forvaltning"] or "",
            d["status_label_da"],
            d["delivery"],
            d["start"].isoformat() if d["start"] else "",
            d["end"].isoformat() if d["end"] else "",
            ", ".join(t["key"] for t in d["targets"]),
            d["budget"]["planned"],
            d["budget"]["spent"],
            d["updates"][0]["submitted_at"] if d["updates"] else "",
            len(d["missing_updates"]),
            d["source"],
        ]
        for d in data
    ]
