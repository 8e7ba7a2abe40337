"""Reading StatBank CSV files saved from statistikbanken.dk or the API into area-coded rows.

Accepted: codes or labels, Danish or English labels, ``K`` or ``Q`` quarters, with or without BOM,
UTF-8 or cp1252. Areas are mapped to DST codes; rows for landsdele ("Province …"), abroad and
"not stated" are counted per label and left out, because Pejling compares the country, regions and
municipalities only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pejling.lib.geography import code_for_name
from pejling.lib.periods import PeriodError, parse_period
from pejling.lib.statbank.formats import FormatError, decode_text, parse_csv

AREA_VARIABLES = ("OMRÅDE", "BOPOMR", "BOPKOM", "KOMK", "KOMGRP", "BLSTKOM", "KOMMUNEDK", "AMT", "AREA")
_TABLE_IN_NAME = re.compile(r"^([A-Za-z]+[0-9]+[A-Za-z]*)(?:[_\-. ]|$)")


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
    """What was read from a file: the table id, the rows, and what was left out."""

    table: str
    area_variable: str
    time_variable: str
    rows: list[FileRow] = field(default_factory=list)
    skipped_areas: Counter[str] = field(default_factory=Counter)


def table_from_filename(path: Path) -> str | None:
    """``auk01_social_assistance.csv`` → ``AUK01``."""
    match = _TABLE_IN_NAME.match(path.name)
    return match.group(1).upper() if match else None


def read_statbank_file(content: bytes, *, table: str) -> StatBankFile:
    """Parse a saved StatBank CSV; raises FormatError naming the line, variable or value at fault."""
    parsed = parse_csv(decode_text(content, ("utf-8-sig", "cp1252")))
    names = [name.upper() for name in parsed.variables]
    time_variable = next((n for n in parsed.variables if n.upper() in ("TID", "TIME")), None)
    if time_variable is None:
        raise FormatError(f"tabel {table}: ingen TID-kolonne / no TID column in {list(parsed.variables)}")
    area_variable = next((parsed.variables[i] for i, n in enumerate(names) if n in AREA_VARIABLES), None)
    if area_variable is None:
        raise FormatError(f"tabel {table}: ingen områdekolonne / no area column in {list(parsed.variables)}")
    result = StatBankFile(table, area_variable, time_variable)
    for line, cell in enumerate(parsed.cells, start=2):
        label = cell.code(area_variable)
        area = code_for_name(label)
        if area is None:
            result.skipped_areas[label] += 1
            continue
        try:
            period = parse_period(cell.code(time_variable)).code
        except PeriodError as exc:
            raise FormatError(f"tabel {table}, linje {line}, variabel {time_variable}: {exc}") from None
        dims = {name: code for name, code in cell.codes if name not in (area_variable, time_variable)}
        result.rows.append(FileRow(area, period, dims, cell.value, cell.flag or ""))
    return result
