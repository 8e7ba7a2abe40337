"""``/v1/tableinfo`` answers: a table's variables and codes, and checking a selection against them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True)
class Variable:
    """One variable of a table with its value codes and labels."""

    id: str
    text: str
    elimination: bool
    time: bool
    values: dict[str, str] = field(default_factory=dict)  # code → label, in the table's order


@dataclass(frozen=True)
class TableInfo:
    """A table's metadata as StatBank returns it."""

    id: str
    text: str
    unit: str
    updated: datetime | None
    suppressed_value: str | None
    variables: tuple[Variable, ...]
    documentation_url: str = ""
    active: bool = True  # False: Danmarks Statistik no longer updates the table

    def variable(self, variable_id: str) -> Variable | None:
        for variable in self.variables:
            if variable.id.upper() == variable_id.upper():
                return variable
        return None

    @property
    def time_variable(self) -> Variable | None:
        return next((v for v in self.variables if v.time), None)

    def selection_problems(self, select: dict[str, list[str]]) -> list[str]:
        """Every code in ``select`` that the table does not have, as readable problems."""
        problems = []
        order = {v.id.upper(): i for i, v in enumerate(self.variables)}
        for variable_id, codes in sorted(select.items(), key=lambda item: order.get(item[0].upper(), len(order))):
            variable = self.variable(variable_id)
            if variable is None:
                known = ", ".join(v.id for v in self.variables)
                problems.append(
                    f"tabel {self.id}: variablen {variable_id} findes ikke / variable {variable_id} "
                    f"does not exist (findes / exists: {known})"
                )
                continue
            for code in codes:
                if not is_selector(code) and code not in variable.values:
                    problems.append(
                        f"tabel {self.id}, variabel {variable.id}: koden {code!r} findes ikke / "
                        f"code {code!r} does not exist"
                    )
        return problems


def is_selector(code: str) -> bool:
    """Wildcards, ranges and nth rules are selectors, not codes."""
    return any(mark in code for mark in "*<>()")


def parse_tableinfo(body: bytes) -> TableInfo:
    """Parse a tableinfo JSON answer."""
    data: dict[str, Any] = json.loads(body.decode("utf-8-sig"))
    documentation = data.get("documentation") or {}
    return TableInfo(
        id=str(data["id"]),
        text=str(data.get("text", "")),
        unit=str(data.get("unit", "")),
        updated=parse_timestamp(data.get("updated")),
        suppressed_value=data.get("suppressedDataValue"),
        variables=tuple(
            Variable(
                id=str(v["id"]),
                text=str(v.get("text", "")),
                elimination=bool(v.get("elimination", False)),
                time=bool(v.get("time", False)),
                values={str(item["id"]): str(item.get("text", "")) for item in v.get("values", [])},
            )
            for v in data.get("variables", [])
        ),
        documentation_url=str(documentation.get("url", "")) if isinstance(documentation, dict) else "",
        active=data.get("active", True) is not False,
    )


def parse_timestamp(text: str | None) -> datetime | None:
    """StatBank's ``updated`` (ISO 8601, with or without zone; without counts as UTC)."""
    if not text:
        return None
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
