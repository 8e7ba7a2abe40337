"""A table as a downloaded CSV or XLSX file (formula characters neutralised by ``lib/spreadsheet``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.http import HttpResponse

from pejling.lib.spreadsheet import csv_bytes, xlsx_bytes

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def table_response(
    columns: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str, *, name: str, title: str
) -> HttpResponse:
    """``rows`` under ``columns`` as ``name.fmt`` (csv or xlsx; the sheet called ``title``), as an attachment."""
    if fmt == "xlsx":
        body, kind = xlsx_bytes(columns, rows, title=title), XLSX
    else:
        body, kind = csv_bytes(columns, rows), "text/csv; charset=utf-8"
    response = HttpResponse(body, content_type=kind)
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response
