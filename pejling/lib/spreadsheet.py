"""Text cells that a spreadsheet will not run: plan text such as ``=HYPERLINK(…)`` stays text in downloads.

CSV: a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
apostrophe (OWASP's advice for CSV injection), so Excel and LibreOffice show it instead of evaluating it.
XLSX: such cells are written with the string type, so they hold the exact text and never a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def starts_like_a_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_START)


def csv_safe(value: Any) -> Any:
    """The value for a CSV cell: text that would start a formula is prefixed with an apostrophe."""
    return "'" + value if starts_like_a_formula(value) else value


def xlsx_bytes(columns: Sequence[str], rows: Iterable[Sequence[Any]], *, title: str) -> bytes:
    """One sheet with a header row; text that would start a formula is stored as text."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31]
    sheet.append(list(columns))
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            if starts_like_a_formula(cell.value):
                cell.data_type = "s"  # text, never a formula
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def csv_bytes(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """Semicolon-separated UTF-8 with a byte-order mark (as Danish Excel expects), formula text neutralised."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_safe(value) for value in row])
    return ("\ufeff" + text.getvalue()).encode("utf-8")
