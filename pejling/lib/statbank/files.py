"""Reading StatBank CSV files saved from statistikbanken.dk or the API into area-coded rows.

Accepted: codes or labels, Danish or English labels, ``K`` or ``Q`` quarters, with or without BOM,
UTF-8 or cp1252. Areas are mapped to DST codes; rows for landsdele ("Province …"), abroad and
"not stated" are counted per label and left out, because Pejling compares the country, regions and
municipalities only.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pejling.lib.geography import code_for_name
from pejling.lib.numbers import file_convention
from pejling.lib.periods import PeriodError, parse_period
from pejling.lib.problems import (
    DATA_BAD_PERIOD,
    DATA_DUPLICATE_ROW,
    DATA_INVALID_CODE,
    DATA_UNKNOWN_AREA,
    DATA_UNKNOWN_CODE,
    DATA_UNKNOWN_VARIABLE,
    Problem,
)
from pejling.lib.statbank.formats import FormatError, decode_text, parse_csv
from pejling.lib.statbank.tableinfo import TableInfo

AREA_VARIABLES = ("OMRÅDE", "BOPOMR", "BOPKOM", "KOMK", "KOMGRP", "BLSTKOM", "KOMMUNEDK", "AMT", "AREA")
_TABLE_IN_NAME = re.compile(r"^([A-Za-z]+[0-9]+[A-Za-z]*)(?:[_\-. ]|$)")


NOT_COMPARED = re.compile(
    r"^(province|landsdel|not stated|uoplyst|abroad|udlandet|outside denmark|uden for danmark|unknown|ukendt"
    r"|uden fast bopæl)\b",
    re.IGNORECASE,
)
_UNSAFE_START = tuple("=+@\t\r")
MAX_CODE_LENGTH = 200


@dataclass(frozen=True)
class FileRow:
    """One cell of the file with its area code and canonical period code."""

    area: str
    period: str
    dims: dict[str, str]
    value: float | None
    flag: str


@dataclass
class StatBankFile:
    """What was read from a file: the table id, the rows, what was left out, and every problem."""

    table: str
    area_variable: str
    time_variable: str
    rows: list[FileRow] = field(default_factory=list)
    skipped_areas: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)


def table_from_filename(path: Path) -> str | None:
    """``auk01_social_assistance.csv`` → ``AUK01``."""
    match = _TABLE_IN_NAME.match(path.name)
    return match.group(1).upper() if match else None


def read_statbank_file(content: bytes, *, table: str, tableinfo: TableInfo | None = None) -> StatBankFile:
    """Parse a saved StatBank CSV. A damaged file raises FormatError naming the line, variable or value;
    row problems (unknown areas, codes the table does not have, duplicates, bad periods) are all collected in
    ``problems``. Codes are checked against ``tableinfo`` when it is known (codes or labels)."""
    text = decode_text(content, ("utf-8-sig", "cp1252"))
    values = (row[-1] for row in csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";") if row)
    try:
        parsed = parse_csv(text, convention=file_convention(values))
    except FormatError as exc:
        raise FormatError(f"tabel {table}, variabel INDHOLD: {exc}") from None
    names = [name.upper() for name in parsed.variables]
    time_variable = next((n for n in parsed.variables if n.upper() in ("TID", "TIME")), None)
    if time_variable is None:
        raise FormatError(f"tabel {table}: ingen TID-kolonne / no TID column in {list(parsed.variables)}")
    area_variable = next((parsed.variables[i] for i, n in enumerate(names) if n in AREA_VARIABLES), None)
    if area_variable is None:
        raise FormatError(f"tabel {table}: ingen områdekolonne / no area column in {list(parsed.variables)}")
    result = StatBankFile(table, area_variable, time_variable)
    if tableinfo is not None:
        result.problems += _unknown_variables(parsed.variables, tableinfo)
    seen: dict[tuple[str, str, tuple[tuple[str, str], ...]], int] = {}
    allowed = _allowed_codes(tableinfo)
    for line, cell in enumerate(parsed.cells, start=2):
        label = cell.code(area_variable)
        area = code_for_name(label)
        if area is None:
            if NOT_COMPARED.match(label.strip()):
                result.skipped_areas[label] += 1
            else:
                message = f"variabel {area_variable}: ukendt område / unknown area {label!r}"
                result.problems.append(Problem(line, area_variable, message, DATA_UNKNOWN_AREA))
            continue
        try:
            period = parse_period(cell.code(time_variable)).code
        except PeriodError as exc:
            result.problems.append(Problem(line, time_variable, f"variabel {time_variable}: {exc}", DATA_BAD_PERIOD))
            continue
        dims = {name: code for name, code in cell.codes if name not in (area_variable, time_variable)}
        code_problems = [p for name, code in dims.items() for p in _code_problems(line, name, code, allowed)]
        if code_problems:
            result.problems += code_problems
            continue
        key = (area, period, tuple(sorted(dims.items())))
        if key in seen:
            message = f"dobbelt række / duplicate row for {area} {period} {dims} (også linje / also line {seen[key]})"
            result.problems.append(Problem(line, "$", message, DATA_DUPLICATE_ROW))
            continue
        seen[key] = line
        result.rows.append(FileRow(area, period, dims, cell.value, cell.flag or ""))
    return result


def _unknown_variables(variables: tuple[str, ...], tableinfo: TableInfo) -> list[Problem]:
    return [
        Problem(
            1,
            name,
            f"variablen {name} findes ikke i tabel {tableinfo.id} / variable {name} is not in table {tableinfo.id}",
            DATA_UNKNOWN_VARIABLE,
        )
        for name in variables
        if tableinfo.variable(name) is None and name.upper() != "TIME"
    ]


def _code_problems(line: int, variable: str, code: str, allowed: dict[str, set[str]]) -> list[Problem]:
    if code.startswith(_UNSAFE_START) or len(code) > MAX_CODE_LENGTH or any(ord(c) < 32 for c in code):
        message = f"variabel {variable}: ugyldig kode / invalid code {code[:40]!r}"
        return [Problem(line, variable, message, DATA_INVALID_CODE)]
    known = allowed.get(variable.upper())
    if known is None or code in known or code.casefold() in known:
        return []
    message = f"variabel {variable}: koden {code!r} findes ikke i tabellen / code {code!r} is not in the table"
    return [Problem(line, variable, message, DATA_UNKNOWN_CODE)]


def _allowed_codes(tableinfo: TableInfo | None) -> dict[str, set[str]]:
    """Per variable, its codes and its labels (case-folded): a saved file may carry either."""
    if tableinfo is None:
        return {}
    return {
        v.id.upper(): set(v.values) | {label.casefold() for label in v.values.values()} for v in tableinfo.variables
    }
