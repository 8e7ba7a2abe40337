"""What a binding asks of its source: one series per table (the value, and a ratio's denominator)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

from pejling.lib.planfile.schema import Binding, RatioDerivation, ShareDerivation, SumDerivation


@dataclass(frozen=True)
class SeriesRequest:
    """One table's part of a binding: which codes to select and which variable's codes stay apart."""

    role: str  # "value" or "denominator"
    source: str
    table: str
    area_variable: str
    time_variable: str
    select: dict[str, list[str]] = field(default_factory=dict)
    keep_split: str | None = None
    measure: str | None = None

    @property
    def signature(self) -> str:
        """Changes whenever the request would change; a changed binding is fetched again."""
        text = json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()


def series_for_binding(binding: Binding) -> list[SeriesRequest]:
    """The series a binding needs, with the derivation's own codes added to the selection."""
    derivation = binding.derivation
    select = {name: list(codes) for name, codes in binding.select.items()}
    keep_split = None
    if isinstance(derivation, ShareDerivation):
        keep_split = derivation.variable
        select[derivation.variable] = list(dict.fromkeys([*derivation.numerator, *derivation.denominator]))
    elif isinstance(derivation, SumDerivation):
        keep_split = derivation.variable
        select[derivation.variable] = list(derivation.values)
    series = [
        SeriesRequest(
            "value",
            binding.source,
            binding.table,
            binding.area_variable or "",
            binding.time_variable,
            select,
            keep_split,
            binding.measure,
        )
    ]
    if isinstance(derivation, RatioDerivation):
        below = derivation.denominator
        series.append(
            SeriesRequest(
                "denominator",
                below.source,
                below.table,
                below.area_variable or "",
                below.time_variable,
                {name: list(codes) for name, codes in below.select.items()},
            )
        )
    return series
