"""Progress status by a published method (Open SDG / Statistics Canada), a robust variant, projections.

``METHODS`` is the registry of status methods: name → function(SeriesSpec, threshold) → Result.
"""

from __future__ import annotations

from collections.abc import Callable

from pejling.lib.progress.opensdg import SeriesSpec, evaluate
from pejling.lib.progress.robust import evaluate_robust, evaluate_threshold
from pejling.lib.progress.statuses import Result


def _opensdg(spec: SeriesSpec, threshold: float | None) -> Result:
    if threshold is not None:
        return evaluate_threshold(spec, threshold)
    return evaluate(spec)


METHODS: dict[str, Callable[[SeriesSpec, float | None], Result]] = {
    "opensdg": _opensdg,
    "robust": evaluate_robust,
}
DEFAULT_METHOD = "robust"
