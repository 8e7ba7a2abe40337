"""Parsers for StatBank data answers: CSV (also BULK) and JSON-stat, into uniform cells.

CSV: UTF-8 with or without BOM, CRLF or LF, ``;`` separated, decimal comma or point, no thousands
separators; ``..`` (suppressed), ``.``, ``-`` and empty (missing) become ``value=None`` with a flag.
A row with the wrong number of fields, or a value that is neither a number nor a marker, means the
body is damaged (e.g. truncated): the parser raises ``FormatError`` and nothing is used.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pejling.lib.numbers import Convention, NumberError, finite, parse_decimal

MISSING_MARKERS = {"..": "suppressed", ".": "missing", "-": "missing", "": "missing"}


class FormatError(ValueError):
    """A data answer that cannot be read completely."""


@dataclass(frozen=True)
class Cell:
    """One value with the code (or label) of every variable, in column order."""

    codes: tuple[tuple[str, str], ...]
    value: float | None
    flag: str | None = None  # None, "missing" or "suppressed"

    def code(self, variable: str) -> str:
        wanted = variable.upper()
        for name, code in self.codes:
            if name.upper() == wanted:
                return code
        raise KeyError(f"variablen {variable} er ikke i svaret / variable {variable} is not in the answer")


@dataclass(frozen=True)
class ParsedTable:
    """The variables of an answer (without the value column) and its cells."""

    variables: tuple[str, ...]
    cells: tuple[Cell, ...]


def parse_number(text: str, convention: Convention = Convention.POINT) -> tuple[float | None, str | None]:
    """A StatBank number: decimal comma or point, finite; missing markers give (None, flag).

    The API never writes thousands separators, so its ``12.345`` is a decimal (``Convention.POINT``); a saved
    file passes the convention its own values show (``lib/numbers.py``)."""
    cleaned = text.strip()
    if cleaned in MISSING_MARKERS:
        return None, MISSING_MARKERS[cleaned]
    try:
        return parse_decimal(cleaned, convention), None
    except NumberError as exc:
        raise FormatError(str(exc)) from None


def decode_text(body: bytes, encodings: Iterable[str] = ("utf-8-sig",)) -> str:
    """Decode with the first encoding that works; a file from statistikbanken.dk may be cp1252."""
    for encoding in encodings:
        try:
            return body.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise FormatError(f"kan ikke læses som / cannot be decoded as {', '.join(encodings)}")


def parse_csv(
    body: bytes | str, *, value_column: str = "INDHOLD", convention: Convention = Convention.POINT
) -> ParsedTable:
    """Parse a CSV (or BULK) answer. The last column must be ``value_column``."""
    text = body if isinstance(body, str) else decode_text(body)
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    rows = [row for row in rows if row]
    if not rows:
        raise FormatError("svaret er tomt / the answer is empty")
    header = [name.strip() for name in rows[0]]
    if header[-1].upper() != value_column.upper():
        raise FormatError(f"sidste kolonne er {header[-1]!r}, ikke {value_column} / last column is not {value_column}")
    names = tuple(header[:-1])
    cells = []
    for line_number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise FormatError(
                f"linje {line_number}: {len(row)} felter, ventede {len(header)} / "
                f"line {line_number}: {len(row)} fields, expected {len(header)} (afkortet svar? / truncated?)"
            )
        try:
            value, flag = parse_number(row[-1], convention)
        except FormatError as exc:
            raise FormatError(f"linje {line_number}: {exc}") from None
        cells.append(Cell(tuple(zip(names, (c.strip() for c in row[:-1]), strict=True)), value, flag))
    return ParsedTable(names, tuple(cells))


def parse_jsonstat(body: bytes | str) -> ParsedTable:
    """Parse a JSON-stat answer (version-1 bundle with ``dataset``, or a bare dataset)."""
    try:
        data: dict[str, Any] = json.loads(body if isinstance(body, str) else decode_text(body))
    except json.JSONDecodeError as exc:
        raise FormatError(f"ugyldig JSON / invalid JSON at position {exc.pos} (afkortet svar? / truncated?)") from None
    dataset = data.get("dataset", data)
    dimension = dataset["dimension"]
    ids: list[str] = list(dimension.get("id") or dataset["id"])
    sizes: list[int] = list(dimension.get("size") or dataset["size"])
    roles = dimension.get("role") or dataset.get("role") or {}
    metric = set(roles.get("metric", [])) | {"ContentsCode"}
    codes_per_dimension = [_category_codes(dimension[d]["category"]) for d in ids]
    values = dataset["value"]
    total = 1
    for size in sizes:
        total *= size
    kept = [i for i, d in enumerate(ids) if d not in metric]
    cells = []
    for flat in range(total):
        raw = values.get(str(flat)) if isinstance(values, dict) else values[flat]
        positions = _unravel(flat, sizes)
        codes = tuple((ids[i], codes_per_dimension[i][positions[i]]) for i in kept)
        try:
            value = None if raw is None else finite(float(raw))
        except (TypeError, ValueError) as exc:
            raise FormatError(f"JSON-stat værdi nr. / value number {flat}: {exc}") from None
        cells.append(Cell(codes, value, None if raw is not None else "missing"))
    return ParsedTable(tuple(ids[i] for i in kept), tuple(cells))


def _category_codes(category: dict[str, Any]) -> list[str]:
    index = category.get("index")
    if index is None:
        return list(category["label"])
    if isinstance(index, list):
        return [str(code) for code in index]
    return [code for code, _ in sorted(index.items(), key=lambda item: item[1])]


def _unravel(flat: int, sizes: list[int]) -> list[int]:
    positions = [0] * len(sizes)
    for i in range(len(sizes) - 1, -1, -1):
        flat, positions[i] = divmod(flat, sizes[i])
    return positions


PARSERS = {"CSV": parse_csv, "BULK": parse_csv, "JSONSTAT": parse_jsonstat}
