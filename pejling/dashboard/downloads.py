"""A Mål's data for download: every area and year of its bindings, with provenance, as CSV, XLSX or JSON."""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpResponse

from pejling.dashboard.pages import Current
from pejling.lib.geography import BY_CODE
from pejling.lib.sources import provenance
from pejling.lib.spreadsheet import csv_bytes, xlsx_bytes
from pejling.progress.inputs import load_binding

COLUMNS = [
    "binding",
    "område",
    "områdenavn",
    "år",
    "værdi",
    "enhed",
    "kilde",
    "tabel",
    "licens",
    "hentet",
    "eksempeldata",
]


def rows(c: Current, target_key: str) -> list[dict[str, Any]] | None:
    target = next((t for g in c.plan_file.goals for t in g.targets if t.id == target_key), None)
    if target is None:
        return None
    out = []
    for binding in target.bindings:
        data = load_binding(binding)
        sample = bool(data.vintage.get("sample_data"))
        origin = provenance(binding.source, binding.table, derived=binding.derivation.kind != "identity", sample=sample)
        for area, years in sorted(data.values.items()):
            for year, value in sorted(years.items()):
                out.append(
                    {
                        "binding": binding.id,
                        "område": area,
                        "områdenavn": BY_CODE[area].name if area in BY_CODE else area,
                        "år": year,
                        "værdi": value,
                        "enhed": binding.unit,
                        "kilde": origin["citation"],
                        "tabel": binding.table,
                        "licens": origin["licence"],
                        "hentet": data.vintage.get("retrieved_at", ""),
                        "eksempeldata": sample,
                    }
                )
    return out


def respond(data: list[dict[str, Any]], target_key: str, fmt: str) -> HttpResponse:
    name = f"pejling-maal-{target_key}"
    if fmt == "json":
        response = HttpResponse(json.dumps(data, ensure_ascii=False, indent=1), content_type="application/json")
    elif fmt == "xlsx":
        table = ([row[c] for c in COLUMNS] for row in data)
        response = HttpResponse(
            xlsx_bytes(COLUMNS, table, title=f"Mål {target_key}"),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        table = ([str(row[c]).replace(".", ",") if c == "værdi" else row[c] for c in COLUMNS] for row in data)
        response = HttpResponse(csv_bytes(COLUMNS, table), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


def initiatives_response(data: list[dict[str, Any]], fmt: str) -> HttpResponse:
    """The plan's initiatives as JSON (as the API gives them), CSV or XLSX (one row each)."""
    from pejling.dashboard.api_initiatives import COLUMNS as INITIATIVE_COLUMNS
    from pejling.dashboard.api_initiatives import table_rows

    if fmt == "json":
        body = json.dumps(data, ensure_ascii=False, indent=1, default=str).encode()
        response = HttpResponse(body, content_type="application/json")
    elif fmt == "xlsx":
        response = HttpResponse(
            xlsx_bytes(INITIATIVE_COLUMNS, table_rows(data), title="Initiativer"),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        response = HttpResponse(csv_bytes(INITIATIVE_COLUMNS, table_rows(data)), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="pejling-initiativer.{fmt}"'
    return response
