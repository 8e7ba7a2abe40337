"""Streamed (BULK) answers leave out every combination whose value is 0; put those zeros back.

Danmarks Statistik: "An absent combination means value 0; a present but empty cell means missing or
suppressed" (reference/statbank-api.md). Without this, a municipality with no cases in a year would look
like a municipality without data. The combinations that should be there are the codes each variable
asked for: explicit codes as given, ``*`` as every code the table's tableinfo lists. A variable asked for
with another selector (ranges, ``x*``) cannot be expanded safely and keeps only the codes the answer shows.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from pejling.lib.statbank.formats import Cell, ParsedTable
from pejling.lib.statbank.tableinfo import TableInfo, is_selector


def requested_codes(body: Mapping[str, Any], info: TableInfo) -> dict[str, list[str] | None]:
    """Variable (upper case) → the codes a request asked for; None where a selector cannot be expanded."""
    grid: dict[str, list[str] | None] = {}
    for item in body.get("variables", []):
        name = str(item["code"]).upper()
        values = [str(v) for v in item.get("values", [])]
        variable = info.variable(name)
        if values == ["*"] and variable is not None:
            grid[name] = list(variable.values)
        elif any(is_selector(value) for value in values):
            grid[name] = None
        else:
            grid[name] = values
    return grid


def fill_absent_zeros(parsed: ParsedTable, grid: Mapping[str, Sequence[str] | None]) -> ParsedTable:
    """``parsed`` with a 0 cell for every requested combination the answer left out, in grid order."""
    present = {tuple(code for _, code in cell.codes): cell for cell in parsed.cells}
    axes: list[Sequence[str]] = []
    for position, name in enumerate(parsed.variables):
        codes = grid.get(name.upper())
        axes.append(list(dict.fromkeys(key[position] for key in present)) if codes is None else codes)
    cells: list[Cell] = []
    for key in itertools.product(*axes):
        found = present.pop(key, None)
        cells.append(found if found is not None else Cell(tuple(zip(parsed.variables, key, strict=True)), 0.0))
    cells.extend(present.values())  # codes the answer has beyond the request (kept, never dropped)
    return ParsedTable(parsed.variables, tuple(cells))
