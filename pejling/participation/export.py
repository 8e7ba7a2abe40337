"""The staff export of a plan's contributions (CSV or XLSX, formula characters neutralised by
``lib/spreadsheet``): everything moderators and analysts work with, never the writer's e-mail or pseudonym."""

from __future__ import annotations

from collections.abc import Iterator

from django.http import HttpResponse
from django.utils import timezone

from pejling.participation.models import Contribution
from pejling.plans.models import Plan
from pejling.spreadsheets import table_response

COLUMNS = (
    "id",
    "planelement",
    "slags",
    "givet af",
    "forening/virksomhed",
    "cvr",
    "aldersgruppe",
    "postnummer",
    "tekst",
    "indsendt",
    "modtaget",
    "synlighed",
    "anmeldelser",
    "status",
    "initiativ",
    "svar",
    "begrundelse",
    "besvaret",
)


def _when(value: object) -> str:
    return timezone.localtime(value).isoformat(timespec="seconds") if value else ""  # type: ignore[arg-type]


def rows(plan: Plan) -> Iterator[list[object]]:
    found = Contribution.objects.filter(entity__plan=plan).select_related("entity", "initiative").order_by("pk")
    for c in found.iterator(chunk_size=500):
        yield [
            c.pk,
            f"{c.entity.kind}:{c.entity.key}",
            c.kind,
            c.giver,
            c.organisation,
            c.cvr,
            c.age_band,
            c.postal_code,
            c.text,
            _when(c.created_at),
            _when(c.received_at),
            c.visibility,
            c.flag_count,
            c.status,
            c.initiative.key if c.initiative else "",
            c.answer,
            c.status_reason,
            _when(c.answered_at),
        ]


def export(plan: Plan, fmt: str) -> HttpResponse:
    return table_response(COLUMNS, rows(plan), fmt, name=f"pejling-input-{plan.slug}", title="Input")
