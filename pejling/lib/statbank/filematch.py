"""Which rows of a saved StatBank file belong to which series: labels turned into codes through the table's
tableinfo, and a series fed by exactly the rows whose variables are its variables and whose codes it selects."""

from __future__ import annotations

from pejling.lib.bindings import SeriesRequest
from pejling.lib.connectors import Cell
from pejling.lib.statbank.files import FileRow, StatBankFile
from pejling.lib.statbank.tableinfo import TableInfo, Variable


def _find(tableinfo: TableInfo, name: str) -> Variable | None:
    return tableinfo.variable(name) or next(
        (v for v in tableinfo.variables if v.text.casefold() == name.casefold()), None
    )


def to_codes(rows: list[FileRow], tableinfo: TableInfo | None) -> list[Cell]:
    """The file's rows as cells with variable ids and value codes (labels mapped, Danish or English as the
    tableinfo has them); without a tableinfo the file's own names and codes are kept."""
    variables: dict[str, tuple[str, dict[str, str]]] = {}
    cells = []
    for row in rows:
        dims = {}
        for name, code in row.dims.items():
            if tableinfo is None:
                dims[name] = code
                continue
            if name not in variables:
                variable = _find(tableinfo, name)
                by_label = {label.casefold(): c for c, label in variable.values.items()} if variable else {}
                variables[name] = (variable.id if variable else name, by_label)
            variable_id, by_label = variables[name]
            dims[variable_id] = code if code in by_label.values() else by_label.get(code.casefold(), code)
        cells.append(Cell(row.area, row.period, dims, row.value, row.flag))
    return cells


def cells_for_series(cells: list[Cell], request: SeriesRequest) -> list[Cell]:
    """The cells that belong to the series: the file has exactly the series' variables (compared without
    case) and the cell's codes are among those the series selects. Names are written as the series has them."""
    wanted = {name.upper(): (name, set(codes)) for name, codes in request.select.items()}
    out = []
    for cell in cells:
        if {name.upper() for name in cell.dims} != set(wanted):
            return []
        dims = {}
        for name, code in cell.dims.items():
            series_name, codes = wanted[name.upper()]
            if code not in codes:
                break
            dims[series_name] = code
        else:
            out.append(Cell(cell.area, cell.period, dims, cell.value, cell.flag))
    return out


def file_request(table: str, read: StatBankFile, cells: list[Cell]) -> SeriesRequest:
    """The slice a file holds, for a file no binding reads: its variables with the codes present."""
    select: dict[str, set[str]] = {}
    for cell in cells:
        for name, code in cell.dims.items():
            select.setdefault(name, set()).add(code)
    return SeriesRequest(
        "statbank",
        table,
        read.area_variable,
        read.time_variable,
        {name: sorted(codes) for name, codes in select.items()},
    )
