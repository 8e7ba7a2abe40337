"""Local data for ``local`` bindings: a CSV or XLSX table of area, period, value (and source), validated
row by row. Every problem is reported with its line; one bad row means nothing is stored.

Columns (header names in Danish or English, any case): ``område``/``area`` (code or name),
``periode``/``period`` (a DST time code), ``værdi``/``value`` (decimal comma or point), and optionally
``kilde``/``source`` (citation) and ``note``. CSV may be UTF-8 or cp1252, separated by ``;`` or ``,``.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils.exceptions import InvalidFileException

from pejling.lib.geography import code_for_name
from pejling.lib.numbers import Convention, NumberError, file_convention, finite, parse_decimal
from pejling.lib.periods import PeriodError, parse_period
from pejling.lib.statbank.formats import FormatError, decode_text

COLUMNS = {
    "area": ("område", "omraade", "area", "kommune", "kommunekode"),
    "period": ("periode", "period", "tid", "år", "aar", "year"),
    "value": ("værdi", "vaerdi", "value", "indhold"),
    "source": ("kilde", "source", "citation"),
    "note": ("note", "bemærkning", "comment"),
}
REQUIRED = ("area", "period", "value")


@dataclass(frozen=True)
class LocalRow:
    line: int
    area: str
    period: str
    value: float
    source: str
    note: str


@dataclass
class LocalFile:
    """Valid rows, or every problem as (line, message)."""

    rows: list[LocalRow] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)


def _table(path: Path, content: bytes) -> list[list[Any]]:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(content), read_only=True, data_only=True).worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    text = decode_text(content, ("utf-8-sig", "cp1252"))
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _number(value: Any, convention: Convention) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return finite(float(value), value)
    return parse_decimal(str(value or "").strip(), convention)


def read_local_file(path: Path, content: bytes) -> LocalFile:
    """Read and validate every row; never raises for bad content."""
    result = LocalFile()
    try:
        table = _table(path, content)
    except (zipfile.BadZipFile, InvalidFileException):
        result.problems.append((0, "filen er ikke en gyldig XLSX-fil / the file is not a valid XLSX workbook"))
        return result
    except (FormatError, OSError, ValueError, KeyError) as exc:
        result.problems.append((0, f"filen kan ikke læses / cannot read the file: {exc}"))
        return result
    if not table:
        result.problems.append((1, "filen er tom / the file is empty"))
        return result
    header = [str(h or "").strip().lower() for h in table[0]]
    where = {key: next((i for i, h in enumerate(header) if h in names), None) for key, names in COLUMNS.items()}
    missing = [COLUMNS[key][0] for key in REQUIRED if where[key] is None]
    if missing:
        result.problems.append(
            (1, f"kolonner mangler / missing columns: {', '.join(missing)} (fandt / found: {header})")
        )
        return result
    seen: dict[tuple[str, str], int] = {}
    value_at = where["value"]
    convention = file_convention(
        str(row[value_at])
        for row in table[1:]
        if value_at is not None and value_at < len(row) and isinstance(row[value_at], str)
    )
    for line, raw in enumerate(table[1:], start=2):
        if not any(str(c or "").strip() for c in raw):
            continue
        cell = {key: (raw[i] if i is not None and i < len(raw) else None) for key, i in where.items()}
        area = code_for_name(str(cell["area"] or ""))
        problems = []
        if area is None:
            problems.append(f"ukendt område / unknown area {cell['area']!r}")
        try:
            period = parse_period(str(cell["period"] or "").removesuffix(".0")).code
        except PeriodError as exc:
            problems.append(str(exc))
            period = ""
        try:
            value = _number(cell["value"], convention)
        except NumberError as exc:
            problems.append(str(exc))
            value = 0.0
        if area is not None and period:
            if (area, period) in seen:
                problems.append(
                    f"dobbelt række for / duplicate row for {area} {period} (også linje / also line "
                    f"{seen[(area, period)]})"
                )
            seen.setdefault((area, period), line)
        if problems:
            result.problems += [(line, p) for p in problems]
            continue
        assert area is not None
        result.rows.append(
            LocalRow(line, area, period, value, str(cell["source"] or "").strip(), str(cell["note"] or "").strip())
        )
    if not result.rows and not result.problems:
        result.problems.append((2, "ingen rækker / no rows"))
    return result
