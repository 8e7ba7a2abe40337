"""What every plan assessed in one run can share: the same binding reads the same indicator values, and the
same Mål reading, area, groups and data give the same result, whichever plan asks. `pejling assess` over many
plans (98 municipalities loading the same catalogue) computes each of these once; nothing outlives the run, so
a later sync or import is always seen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pejling.lib.planfile.schema import Binding, Peers
from pejling.progress.inputs import BindingData, load_binding
from pejling.rows import JsonCache
from pejling.stats.indicators import ensure_indicators

TargetKey = tuple[Any, ...]


@dataclass
class SharedComputations:
    """Per-run memo of binding data, target results and nearest neighbours, with how often each was reused."""

    bindings: dict[str, BindingData] = field(default_factory=dict)
    results: dict[TargetKey, dict[str, Any]] = field(default_factory=dict)
    neighbours: dict[str, Any] = field(default_factory=dict)
    json: JsonCache = field(default_factory=dict)  # the stored text of shared results (pejling.rows)
    ensured: set[str] = field(default_factory=set)
    reused: int = 0

    def ensure_indicators(self, bindings: list[Binding], now: datetime) -> None:
        """Every binding's indicator exists and follows today's derive rule (checked once per run)."""
        new = [b for b in bindings if b.model_dump_json() not in self.ensured]
        ensure_indicators(new, now)
        self.ensured.update(b.model_dump_json() for b in new)

    def binding(self, binding: Binding) -> BindingData:
        """The binding's data, loaded once per run (keyed on everything the binding says)."""
        key = binding.model_dump_json()
        if key not in self.bindings:
            self.bindings[key] = load_binding(binding)
        return self.bindings[key]

    def result(self, key: TargetKey, compute: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """A Mål's result for one area, computed once per distinct key."""
        found = self.results.get(key)
        if found is None:
            found = self.results[key] = compute()
        else:
            self.reused += 1
        return found

    def peers(self, peers: Peers, as_of: Any, compute: Callable[[], Any]) -> Any:
        """Nearest neighbours for one peers section and as-of date, computed once."""
        key = f"{peers.model_dump_json()}|{as_of}"
        if key not in self.neighbours:
            self.neighbours[key] = compute()
        return self.neighbours[key]


def groups_key(groups: dict[str, list[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(sorted((name, tuple(members)) for name, members in groups.items()))
