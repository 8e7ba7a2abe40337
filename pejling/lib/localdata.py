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
from pejling.lib.problems import (
    DATA_BAD_NUMBER,
    DATA_BAD_PERIOD,
    DATA_DUPLICATE_ROW,
    DATA_MISSING_COLUMNS,
    DATA_NO_ROWS,
    DATA_UNKNOWN_AREA,
    FILE_EMPTY,
    FILE_NOT_XLSX,
    FILE_UNREADABLE,
    Problem,
)
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
    """Valid rows, or every problem with its line and column."""

    rows: list[LocalRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


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
        message = "filen er ikke en gyldig XLSX-fil / the file is not a valid XLSX workbook"
        result.problems.append(Problem(0, "$", message, FILE_NOT_XLSX))
        return result
    except (FormatError, OSError, ValueError, KeyError) as exc:
        result.problems.append(Problem(0, "$", f"filen kan ikke læses / cannot read the file: {exc}", FILE_UNREADABLE))
        return result
    if not table:
        result.problems.append(Problem(1, "$", "filen er tom / the file is empty", FILE_EMPTY))
        return result
    header = [str(h or "").strip().lower() for h in table[0]]
    where = {key: next((i for i, h in enumerate(header) if h in names), None) for key, names in COLUMNS.items()}
    missing = [COLUMNS[key][0] for key in REQUIRED if where[key] is None]
    if missing:
        absent = ", ".join(missing)
        message = f"kolonner mangler: {absent} (fandt: {header}) / missing columns: {absent} (found: {header})"
        result.problems.append(Problem(1, "$", message, DATA_MISSING_COLUMNS))
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
        names = {key: header[i] for key, i in where.items() if i is not None}
        problems = []
        if area is None:
            problems.append(
                Problem(line, names["area"], f"ukendt område / unknown area {cell['area']!r}", DATA_UNKNOWN_AREA)
            )
        try:
            period = parse_period(str(cell["period"] or "").removesuffix(".0")).code
        except PeriodError as exc:
            problems.append(Problem(line, names["period"], str(exc), DATA_BAD_PERIOD))
            period = ""
        try:
            value = _number(cell["value"], convention)
        except NumberError as exc:
            problems.append(Problem(line, names["value"], str(exc), DATA_BAD_NUMBER))
            value = 0.0
        if area is not None and period:
            if (area, period) in seen:
                first = seen[(area, period)]
                message = (
                    f"dobbelt række for {area} {period} (også linje {first}) / "
                    f"duplicate row for {area} {period} (also line {first})"
                )
                problems.append(Problem(line, "$", message, DATA_DUPLICATE_ROW))
            seen.setdefault((area, period), line)
        if problems:
            result.problems += problems
            continue
        assert area is not None
        result.rows.append(
            LocalRow(line, area, period, value, str(cell["source"] or "").strip(), str(cell["note"] or "").strip())
        )
    if not result.rows and not result.problems:
        result.problems.append(Problem(2, "$", "ingen rækker / no rows", DATA_NO_ROWS))
    return result
