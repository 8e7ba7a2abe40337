"""`pejling plan check --online`: every StatBank binding of a plan held against the live /tableinfo — codes
that exist (with the nearest valid codes when one does not), tables still updated, and the area levels the
binding needs (the plan's municipality, all municipalities, and the country unless the binding says not to).

Pure: the caller passes a function that returns a table's tableinfo (or raises StatBankError)."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass

from pejling.lib import problems as codes
from pejling.lib.bindings import SeriesRequest, indicator_request
from pejling.lib.geography import COUNTRY, MUNICIPALITY_CODES
from pejling.lib.planfile.schema import Binding, PlanFile
from pejling.lib.statbank.errors import StatBankError
from pejling.lib.statbank.retired import inactive_message
from pejling.lib.statbank.tableinfo import TableInfo, Variable, is_selector

OK = "ok"
NEAREST = 3
_TOTALS = {"tot", "ialt", "i alt", "total", "00", "mok"}  # what people write for a variable's total


@dataclass(frozen=True)
class BindingCheck:
    """One row of the check: a binding's table and what was found (``code`` is ``ok`` or a problem code)."""

    binding: str
    table: str
    code: str
    message: str

    @property
    def ok(self) -> bool:
        return self.code == OK

    def as_dict(self) -> dict[str, str]:
        return {"binding": self.binding, "table": self.table, "code": self.code, "message": self.message}


def nearest_codes(variable: Variable, wanted: str, limit: int = NEAREST) -> list[str]:
    """The valid codes whose code or label is nearest to ``wanted`` ("PRIV" → "1040 Private virksomheder")."""
    folded = wanted.casefold()

    def score(item: tuple[str, str]) -> float:
        code, label = item[0].casefold(), item[1].casefold()
        if folded in _TOTALS and ("i alt" in label or "total" in label):
            return 3.0
        if folded and (folded in label or folded in code):
            return 2.0 - label.find(folded) / 100 if folded in label else 2.0
        return max(difflib.SequenceMatcher(None, folded, code).ratio(), _word_ratio(folded, label))

    ranked = sorted(variable.values.items(), key=lambda item: -score(item))
    return [f"{code} {label}" for code, label in ranked[:limit]]


def _word_ratio(wanted: str, label: str) -> float:
    return max((difflib.SequenceMatcher(None, wanted, word).ratio() for word in label.split()), default=0.0)


def _selection_problems(info: TableInfo, request: SeriesRequest) -> list[str]:
    found = []
    for name, wanted in request.select.items():
        variable = info.variable(name)
        if variable is None:
            known = ", ".join(v.id for v in info.variables)
            found.append(f"variablen {name} findes ikke / no variable {name} (findes / exists: {known})")
            continue
        for code in wanted:
            if not is_selector(code) and code not in variable.values:
                near = "; ".join(nearest_codes(variable, code))
                found.append(
                    f"{variable.id}: koden {code!r} findes ikke / code {code!r} does not exist "
                    f"(nærmeste / nearest: {near})"
                )
    return found


def _area_problems(info: TableInfo, request: SeriesRequest, binding: Binding, municipality: str) -> list[str]:
    area = info.variable(request.area_variable)
    if area is None:
        return [f"områdevariablen {request.area_variable} findes ikke / no area variable {request.area_variable}"]
    have = set(area.values)
    missing = []
    if binding.compare_with_country and COUNTRY not in have:
        missing.append("hele landet (000) / the country (000)")
    if len(MUNICIPALITY_CODES & have) < len(MUNICIPALITY_CODES) // 2:
        missing.append("kommuner / municipalities")
    elif municipality not in have:
        missing.append(f"planens kommune / the plan's municipality ({municipality})")
    if not missing:
        return []
    return [f"områdeniveau mangler / area level missing: {', '.join(missing)}"]


def _check(binding: Binding, request: SeriesRequest, info: TableInfo, municipality: str) -> list[BindingCheck]:
    rows = [
        BindingCheck(binding.id, info.id, codes.SOURCE_CODE_NOT_FOUND, message)
        for message in _selection_problems(info, request)
    ]
    if not info.active:
        time = info.time_variable
        latest = list(time.values)[-1] if time and time.values else "?"
        rows.append(BindingCheck(binding.id, info.id, codes.SOURCE_INACTIVE, inactive_message(info.id, latest)))
    rows += [
        BindingCheck(binding.id, info.id, codes.SOURCE_AREA_LEVEL_MISSING, message)
        for message in _area_problems(info, request, binding, municipality)
    ]
    return rows


def check_online(plan: PlanFile, tableinfo: Callable[[str], TableInfo], bindings: list[Binding]) -> list[BindingCheck]:
    """One row per StatBank binding that is in order, else one row per problem, in the plan's order."""
    infos: dict[str, TableInfo | StatBankError] = {}
    rows: list[BindingCheck] = []
    for binding in bindings:
        found: list[BindingCheck] = []
        for _, request in indicator_request(binding).series():
            if request.source != "statbank":
                continue
            key = request.table.upper()
            if key not in infos:
                try:
                    infos[key] = tableinfo(request.table)
                except StatBankError as exc:
                    infos[key] = exc
            info = infos[key]
            if isinstance(info, StatBankError):
                found.append(BindingCheck(binding.id, request.table, info.code, str(info)))
            else:
                found += _check(binding, request, info, plan.plan.municipality)
        if binding.source == "statbank" or found:
            rows += found or [BindingCheck(binding.id, binding.table, OK, "OK")]
    return rows
