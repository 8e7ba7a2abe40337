"""What a binding asks of its source, as identities: the series (one table slice) and the indicator derived
from it.

A series is identified by its source, table and canonical selection (variable ids sorted, codes sorted, the
derivation's own codes added), so every binding, in any plan, that asks for the same slice shares one series:
one fetch, one copy. An indicator is identified by its series, its derivation and its period alignment.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from pejling.lib.planfile.schema import Binding, PlanFile, RatioDerivation, ShareDerivation, SumDerivation


def _digest(document: Any) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True)
class SeriesRequest:
    """One table slice: which codes to select, which variable's codes stay apart, which measure (Jobindsats)."""

    source: str
    table: str
    area_variable: str
    time_variable: str
    select: dict[str, list[str]] = field(default_factory=dict)
    keep_split: str | None = None
    measure: str | None = None
    groups: dict[str, list[str]] = field(default_factory=dict)  # keep_split's codes asked as named sums
    period_type: str | None = None  # Jobindsats: M, Q, QMAT or Y (None: the table's first)

    def canonical(self) -> dict[str, Any]:
        """The slice written one way only: variables sorted, each variable's codes sorted and unique."""
        document = {
            "source": self.source,
            "table": self.table,
            "area_variable": self.area_variable,
            "time_variable": self.time_variable,
            "select": {name: sorted(set(self.select[name])) for name in sorted(self.select)},
            "keep_split": self.keep_split,
            "measure": self.measure,
        }
        if self.groups:  # only when set, so that every other series keeps its identity
            document["groups"] = {name: sorted(set(self.groups[name])) for name in sorted(self.groups)}
        if self.period_type:
            document["period_type"] = self.period_type
        return document

    @property
    def key(self) -> str:
        """The series' identity (sha256 of the canonical slice)."""
        return _digest(self.canonical())

    @property
    def label(self) -> str:
        """A readable name: ``AUK01 YDELSESTYPE=TOT ALDER=16-64``."""
        parts = [f"{name}={','.join(codes)}" for name, codes in self.canonical()["select"].items()]
        return " ".join([self.table, *parts, *([f"[{self.measure}]"] if self.measure else [])])

    @classmethod
    def from_canonical(cls, document: dict[str, Any]) -> SeriesRequest:
        return cls(
            document["source"],
            document["table"],
            document["area_variable"],
            document["time_variable"],
            {name: list(codes) for name, codes in document["select"].items()},
            document.get("keep_split"),
            document.get("measure"),
            {name: list(codes) for name, codes in document.get("groups", {}).items()},
            document.get("period_type"),
        )


@dataclass(frozen=True)
class IndicatorRequest:
    """A binding's indicator: its value series, a ratio's denominator series, the derivation and alignment."""

    value: SeriesRequest
    denominator: SeriesRequest | None
    derivation: dict[str, Any]
    period_alignment: str

    @property
    def key(self) -> str:
        return _digest(
            {
                "value": self.value.key,
                "denominator": self.denominator.key if self.denominator else None,
                "derivation": self.derivation,
                "period_alignment": self.period_alignment,
            }
        )

    def series(self) -> list[tuple[str, SeriesRequest]]:
        """(role, series) pairs: the value, then the denominator when there is one."""
        return [("value", self.value)] + ([("denominator", self.denominator)] if self.denominator else [])


def indicator_request(binding: Binding) -> IndicatorRequest:
    """The indicator a binding names, with the derivation's own codes added to the value series' selection."""
    derivation = binding.derivation
    select = {name: list(codes) for name, codes in binding.select.items()}
    keep_split = None
    if isinstance(derivation, ShareDerivation):
        keep_split = derivation.variable
        select[derivation.variable] = list(dict.fromkeys([*derivation.numerator, *derivation.denominator]))
    elif isinstance(derivation, SumDerivation):
        keep_split = derivation.variable
        select[derivation.variable] = list(derivation.values)
    value = SeriesRequest(
        binding.source,
        binding.table,
        binding.area_variable or "",
        binding.time_variable,
        select,
        keep_split,
        binding.measure,
        period_type=binding.period_type,
    )
    denominator = None
    if isinstance(derivation, RatioDerivation):
        below = derivation.denominator
        below_select = {name: list(codes) for name, codes in below.select.items()}
        groups: dict[str, list[str]] = {}
        if below.by_year is not None:  # each band asked as one named sum, so each year takes its own
            wanted = [code for band in below.by_year.bands for code in band.codes]
            below_select[below.by_year.variable] = list(dict.fromkeys(wanted))
            groups = {band.id: list(band.codes) for band in below.by_year.bands}
        denominator = SeriesRequest(
            below.source,
            below.table,
            below.area_variable or "",
            below.time_variable,
            below_select,
            below.by_year.variable if below.by_year is not None else None,
            below.measure,
            groups=groups,
            period_type=below.period_type,
        )
    spec = derivation.model_dump(mode="json")
    if isinstance(spec.get("denominator"), dict):
        spec["denominator"].pop("verified", None)  # a reviewer's mark, not part of what is computed
    return IndicatorRequest(value, denominator, spec, binding.period_alignment)


def plan_bindings(plan_file: PlanFile) -> list[Binding]:
    """Every binding of a plan: the Mål's, then the peers' structural variables."""
    bindings = [b for goal in plan_file.goals for target in goal.targets for b in target.bindings]
    return bindings + (list(plan_file.peers.variables) if plan_file.peers is not None else [])
