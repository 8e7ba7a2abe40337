"""Answer StatBank requests from the fake tables: tables, tableinfo and data (CSV, JSONSTAT, BULK),
with the real API's error bodies, elimination rules, computed sums and the 1,000,000-cell limit."""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from typing import Any

from pejling.lib.fakestat.model import municipality_codes, population
from pejling.lib.fakestat.tables import FakeTable, FakeVariable, area_label
from pejling.lib.periods import Period, parse_period

CELL_LIMIT = 1_000_000
_SUM = re.compile(r"^sum\((?:(?P<code>[^|=]+)\|)?(?P<label>[^=]*)=(?P<members>.*)\)$", re.IGNORECASE)


class ApiError(Exception):
    """An error answer with the real API's body shape."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def body(self) -> bytes:
        return json.dumps({"errorTypeCode": self.code, "message": self.message}, ensure_ascii=False).encode()


@dataclass(frozen=True)
class Choice:
    """One selected value: a code, or a computed sum over member codes."""

    code: str
    label: str
    members: tuple[str, ...]


@dataclass(frozen=True)
class Options:
    """Server-wide switches: renamed codes (a new table version), revised values, areas with no cases."""

    changed_codes: bool = False
    revision: int = 0
    cell_limit: int = CELL_LIMIT
    zero_areas: frozenset[str] = frozenset()


def _public(code: str, options: Options) -> str:
    return f"{code}N" if options.changed_codes else code


def _internal(code: str, variable: FakeVariable, options: Options) -> str | None:
    if options.changed_codes:
        return code[:-1] if code.endswith("N") and code[:-1] in variable.values else None
    return code if code in variable.values else None


def tableinfo(table: FakeTable, options: Options, updated: str, lang: str = "da") -> dict[str, Any]:
    """The table's metadata as /v1/tableinfo gives it, with labels in Danish or English."""
    english = lang == "en"
    area = {
        "id": table.area_variable,
        "text": "region" if english else "område",
        "elimination": True,
        "time": False,
        "map": "denmark_municipality_07",
        "values": [{"id": c, "text": area_label(table, c, lang)} for c in table.areas],
    }
    others = [
        {
            "id": v.id,
            "text": (v.text_en or v.text) if english else v.text,
            "elimination": v.eliminate_to is not None,
            "time": False,
            "values": [{"id": _public(code, options), "text": v.label(code, lang)} for code in v.values],
        }
        for v in table.variables
    ]
    time = {
        "id": "Tid",
        "text": "time" if english else "tid",
        "elimination": False,
        "time": True,
        "values": [{"id": c, "text": parse_period(c).label_en if english else c} for c in table.time_codes],
    }
    text = (table.text_en or table.text) if english else table.text
    return {
        "id": table.id,
        "text": text,
        "description": text,
        "unit": table.unit,
        "suppressedDataValue": "0",
        "updated": updated,
        "active": table.active,
        "contacts": [],
        "documentation": {
            "id": table.id.lower(),
            "url": f"https://www.dst.dk/statistikdokumentation/{table.id}",
        },
        "footnote": None,
        "variables": [area, *others, time],
    }


def _choices(
    table: FakeTable, name: str, values: list[str], options: Options, streamed: bool, lang: str
) -> list[Choice]:
    if name.upper() == table.area_variable.upper():
        codes = table.areas if values == ["*"] else values
        for code in codes:
            if code not in table.areas:
                raise ApiError(400, "EXTRACT-NOTFOUND", f"Kan ikke finde værdien: {code} ({table.area_variable})")
        return [Choice(c, area_label(table, c, lang), (c,)) for c in codes]
    if name.upper() == "TID":
        codes = list(table.time_codes) if values == ["*"] else values
        for code in codes:
            if code not in table.time_codes:
                raise ApiError(400, "EXTRACT-NOTFOUND", f"Kan ikke finde værdien: {code} (Tid)")
        return [Choice(c, c, (c,)) for c in codes]
    variable = next(v for v in table.variables if v.id.upper() == name.upper())
    choices = []
    for value in values:
        if value == "*":
            choices += [Choice(_public(c, options), variable.label(c, lang), (c,)) for c in variable.values]
            continue
        match = _SUM.match(value)
        if match and streamed:
            raise ApiError(400, "EXTRACT-NOTALLOWED", "Beregnede værdier kan ikke vælges for streamede formater")
        members = [m.strip() for m in re.split("[;,]", match["members"])] if match else [value]
        internal: list[str] = []
        for member in members:
            found = _internal(member, variable, options)
            if found is None:
                raise ApiError(400, "EXTRACT-NOTFOUND", f"Kan ikke finde værdien: {member} ({variable.id})")
            internal.append(found)
        if match:
            choices.append(Choice(match["code"] or match["label"], match["label"], tuple(internal)))
        else:
            choices.append(Choice(value, variable.label(internal[0], lang), tuple(internal)))
    return choices


def _expand(variable: FakeVariable, code: str, sign: int = 1) -> list[tuple[str, int]]:
    if code not in variable.composite:
        return [(code, sign)]
    return [leaf for child, s in variable.composite[code] for leaf in _expand(variable, child, sign * s)]


def _leaves(table: FakeTable, variable: FakeVariable, choice: Choice) -> list[tuple[str, int]]:
    if table.kind == "rate":
        return [(code, 1) for code in choice.members]
    return [leaf for code in choice.members for leaf in _expand(variable, code)]


def _factor(table: FakeTable, variable: FakeVariable, choice: Choice, municipality: str, year: float) -> float:
    share = table.shares.get(variable.id)
    if share is None:
        return 1.0
    return sum(sign * share(leaf, municipality, year) for leaf, sign in _leaves(table, variable, choice))


def _joint_factor(
    table: FakeTable, names: tuple[str, ...], picks: dict[str, Choice], municipality: str, year: float
) -> float:
    share = table.joint[names]
    variables = {v.id: v for v in table.variables}
    total = 0.0
    for combination in itertools.product(*(_leaves(table, variables[n], picks[n]) for n in names)):
        sign = 1
        for _, s in combination:
            sign *= s
        total += sign * share(tuple(code for code, _ in combination), municipality, year)
    return total


def _exists(table: FakeTable, period: Period, picks: dict[str, Choice]) -> bool:
    for variable in table.variables:
        for code in picks[variable.id].members:
            if period.year < variable.starts.get(code, 0):
                return False
    return True


def cell_value(table: FakeTable, area: str, period: Period, picks: dict[str, Choice], options: Options) -> float | None:
    """The value of one cell; None where the table has no value (closed years, codes not yet in use)."""
    if table.missing(area, period) or not _exists(table, period, picks):
        return None
    if area in options.zero_areas or area in table.extras:
        return 0.0
    year = period.year if period.kind in ("year", "window") else period.start.year + (period.start.month - 1) / 12
    jointly = {name for names in table.joint for name in names}
    total, weights = 0.0, 0.0
    for municipality in municipality_codes(area):
        if municipality in table.exclude:
            continue
        value = table.level(municipality, year)
        for variable in table.variables:
            if variable.id not in jointly:
                value *= _factor(table, variable, picks[variable.id], municipality, year)
        for names in table.joint:
            value *= _joint_factor(table, names, picks, municipality, year)
        if table.kind == "rate":
            weight = population(municipality, year)
            total, weights = total + weight * value, weights + weight
        else:
            total += value
    result = total / weights if table.kind == "rate" else total
    if options.revision and period.code == table.time_codes[-1]:
        result *= 1 + 0.01 * options.revision
    return round(result, table.decimals)


def evaluate(table: FakeTable, body: dict[str, Any], options: Options) -> tuple[bytes, str]:
    """The answer to one /v1/data request, or ApiError."""
    data_format = str(body.get("format", "")).upper()
    if data_format not in ("CSV", "JSONSTAT", "BULK"):
        raise ApiError(400, "REQUEST-MISSING", "Format ikke angivet, eller ikke gyldigt.")
    streamed = data_format == "BULK"
    known = {v.id.upper(): v.id for v in table.variables} | {
        table.area_variable.upper(): table.area_variable,
        "TID": "Tid",
    }
    requested: dict[str, list[Choice]] = {}
    for item in body.get("variables", []):
        name = known.get(str(item.get("code", "")).upper())
        if name is None:
            raise ApiError(400, "EXTRACT-NOTFOUND", f"Kan ikke finde variablen: {item.get('code')}")
        values = [str(v) for v in item.get("values", [])]
        requested[name] = _choices(table, name, values, options, streamed, str(body.get("lang", "da")))
    for name in [table.area_variable, *(v.id for v in table.variables), "Tid"]:
        if name in requested:
            continue
        variable = next((v for v in table.variables if v.id == name), None)
        if streamed or (variable is not None and variable.eliminate_to is None):
            raise ApiError(400, "EXTRACT-NOTALLOWED", f"Der skal vælges værdier for variabel: {name}")
    shown = [name for name in [table.area_variable, *(v.id for v in table.variables), "Tid"] if name in requested]
    rows = 1
    for name in shown:
        rows *= len(requested[name])
    cells = rows * (len(shown) + 1)
    if not streamed and cells > options.cell_limit:
        raise ApiError(
            400,
            "REQUEST-LIMIT",
            f"Forespørgslen på op mod {cells:,} celler er over begrænsningen på {options.cell_limit:,} "
            "celler for denne filtype. Anvend BULK eller andet streaming format i stedet.".replace(",", "."),
        )
    fixed = {
        v.id: Choice(v.eliminate_to or "", "", (v.eliminate_to or "",))
        for v in table.variables
        if v.id not in requested
    }
    area_choices = requested.get(table.area_variable, [Choice("000", "Hele landet", ("000",))])
    time_choices = requested.get("Tid", [Choice(table.time_codes[-1], "", (table.time_codes[-1],))])
    other_names = [v.id for v in table.variables if v.id in requested]
    out = []
    for area, *others, time in itertools.product(area_choices, *(requested[n] for n in other_names), time_choices):
        picks = fixed | dict(zip(other_names, others, strict=True))
        value = cell_value(table, area.code, parse_period(time.code), picks, options)
        out.append(([area, *others, time], value))
    if streamed:  # like the real API: a streamed answer leaves out every cell whose value is 0
        out = [(choices, value) for choices, value in out if value != 0]
    if data_format == "JSONSTAT":
        return _jsonstat(table, shown, requested, out), "text/json; charset=utf-8"
    return _csv(shown, out, table.decimals), "text/csv; charset=utf-8"


def _number(value: float | None, decimals: int) -> str:
    if value is None:
        return ".."
    return f"{value:.{decimals}f}".replace(".", ",") if decimals else str(round(value))


def _csv(shown: list[str], out: list[tuple[list[Choice], float | None]], decimals: int) -> bytes:
    header = ";".join(name.upper() if name == "Tid" else name for name in shown) + ";INDHOLD"
    lines = [header] + [";".join(c.code for c in choices) + ";" + _number(v, decimals) for choices, v in out]
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def _jsonstat(
    table: FakeTable,
    shown: list[str],
    requested: dict[str, list[Choice]],
    out: list[tuple[list[Choice], float | None]],
) -> bytes:
    dimension: dict[str, Any] = {}
    for name in shown:
        choices = requested[name]
        dimension[name] = {
            "label": name.lower(),
            "category": {
                "index": {c.code: i for i, c in enumerate(choices)},
                "label": {c.code: c.label for c in choices},
            },
        }
    dimension["ContentsCode"] = {
        "label": "Indhold",
        "category": {"index": {table.id: 0}, "label": {table.id: table.text}},
    }
    ids = [*shown[:-1], "ContentsCode", shown[-1]] if shown and shown[-1] == "Tid" else [*shown, "ContentsCode"]
    dimension["id"] = ids
    dimension["size"] = [1 if d == "ContentsCode" else len(requested[d]) for d in ids]
    dimension["role"] = {"geo": [table.area_variable], "metric": ["ContentsCode"], "time": ["Tid"]}
    dataset = {
        "dimension": dimension,
        "label": table.text,
        "source": "Danmarks Statistik (Pejling fake)",
        "updated": table.updated,
        "value": [v for _, v in out],
    }
    return json.dumps({"dataset": dataset}, ensure_ascii=False).encode("utf-8")
