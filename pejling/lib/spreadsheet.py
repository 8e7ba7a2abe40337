"""Text cells that a spreadsheet will not run: plan text such as ``=HYPERLINK(…)`` stays text in downloads.

CSV: a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
apostrophe (OWASP's advice for CSV injection), so Excel and LibreOffice show it instead of evaluating it.
XLSX: such cells are written with the string type, so they hold the exact text and never a formula.
"""

from __future__ import annotations

from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def starts_like_a_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_START)


def csv_safe(value: Any) -> Any:
    """The value for a CSV cell: text that would start a formula is prefixed with an apostrophe."""
    return "'" + value if starts_like_a_formula(value) else value
