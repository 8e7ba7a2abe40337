"""A Mål's data for download: every area and year of its bindings, with provenance, as CSV, XLSX or JSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from django.http import HttpResponse
from openpyxl import Workbook

from pejling.dashboard.pages import Current
from pejling.lib.geography import BY_CODE
from pejling.lib.sources import provenance
from pejling.lib.spreadsheet import csv_safe, starts_like_a_formula
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
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = f"Mål {target_key}"
        sheet.append(COLUMNS)
        for row in data:
            sheet.append([row[c] for c in COLUMNS])
            for cell in sheet[sheet.max_row]:
                if starts_like_a_formula(cell.value):
                    cell.data_type = "s"  # text, never a formula
        buffer = io.BytesIO()
        book.save(buffer)
        response = HttpResponse(
            buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
    else:
        buffer_text = io.StringIO()
        writer = csv.DictWriter(buffer_text, fieldnames=COLUMNS, delimiter=";")
        writer.writeheader()
        for row in data:
            writer.writerow({k: (str(v).replace(".", ",") if k == "værdi" else csv_safe(v)) for k, v in row.items()})
        response = HttpResponse(
            ("\ufeff" + buffer_text.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8"
        )
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response
