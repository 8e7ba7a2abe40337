"""The Open SDG / Statistics Canada progress method, written from its published description.

Method 1 (no target): P = s·d·CAGR(current, base), bands 1.5 % / 0.5 % / 0 (× the natural-limit factor C).
Method 2 (a target): target achieved first; else R = s·d·CAGR_obs / |CAGR_req|, bands 0.95 / 0.60 / 0.
Scores run from −5 to +5, piecewise linear with 2.5 per band. Direction is always explicit (d = ±1).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pejling.lib.progress.statuses import (
    DETERIORATION,
    LIMITED,
    MODERATE,
    SUBSTANTIAL,
    TARGET_ACHIEVED,
    Result,
    not_available,
)

LIMIT_EXPONENT = 4.44
ZERO_REPLACEMENT = 0.001


@dataclass(frozen=True)
class SeriesSpec:
    """What to assess: yearly values, which way is better (+1 up, −1 down), base year, target, limit."""

    values: Mapping[int, float]
    direction: int
    base_year: int = 2015
    target: float | None = None
    target_year: int = 2030
    limit: float | None = None


def cagr(later: float, earlier: float, t_later: float, t_earlier: float) -> float:
    """Compound annual growth rate from ``earlier`` to ``later``."""
    return float((later / earlier) ** (1 / (t_later - t_earlier)) - 1)


def limit_factor(base: float, limit: float) -> float:
    """The natural-limit factor C (method 1 only)."""
    b, lim = abs(base), abs(limit)
    if b >= 2 * lim:
        return 1.0
    if b <= lim:
        return float(1 - (b / lim) ** LIMIT_EXPONENT)
    return float(1 - ((2 * lim - b) / lim) ** LIMIT_EXPONENT)


def score_method_1(p: float, c: float = 1.0) -> float:
    """Score of a method-1 progress value P (a fraction), with limit factor C."""
    if p < 0:
        return max(125 * p - 2.5, -5.0)
    if c == 0:
        return 5.0
    if p < 0.005 * c:
        return 500 * p / c - 2.5
    if p < 0.015 * c:
        return 250 * p / c - 1.25
    return min(500 * p / c - 5, 5.0)


def score_method_2(ratio: float) -> float:
    """Score of a method-2 ratio R."""
    if ratio < 0.6:
        return max(2.5 * (ratio / 0.6) - 2.5, -5.0)
    return min(2.5 * (ratio - 0.6) / 0.35, 5.0)


def status_method_1(p: float, c: float = 1.0) -> str:
    if c == 0 and p >= 0:
        return SUBSTANTIAL
    if p >= 0.015 * c:
        return SUBSTANTIAL
    if p >= 0.005 * c:
        return MODERATE
    return LIMITED if p >= 0 else DETERIORATION


def status_method_2(ratio: float) -> str:
    if ratio >= 0.95:
        return SUBSTANTIAL
    if ratio >= 0.6:
        return MODERATE
    return LIMITED if ratio >= 0 else DETERIORATION


def target_achieved(current: float, target: float, direction: int) -> bool:
    return current >= target if direction > 0 else current <= target


def evaluate(spec: SeriesSpec) -> Result:
    """Assess one series by the Open SDG method; every "not available" says why."""
    method = "opensdg-2" if spec.target is not None else "opensdg-1"
    if spec.direction not in (1, -1):
        raise ValueError("direction skal være +1 eller −1 / direction must be +1 or −1")
    years = sorted(y for y, v in spec.values.items() if v is not None)
    if not years:
        return not_available(method, "no_data")
    usable = [y for y in years if y >= spec.base_year]
    if not usable:
        params = {"base_year": spec.base_year}
        return not_available(method, "no_data_from_base_year", params, latest_year=years[-1])
    t0, ti = usable[0], years[-1]
    y0, yi = float(spec.values[t0]), float(spec.values[ti])
    components: dict[str, object] = {
        "base_year": t0,
        "base_value": y0,
        "current_year": ti,
        "current_value": yi,
        "direction": spec.direction,
        "requested_base_year": spec.base_year,
    }
    if ti - t0 < 1:
        return not_available(method, "only_base_year", {"base_year": t0}, **components)
    sign = -1 if y0 < 0 else 1
    components["sign"] = sign
    if y0 * yi < 0:
        return not_available(method, "opposite_signs", **components)
    y0_used = ZERO_REPLACEMENT if y0 == 0 else y0
    observed = cagr(yi, y0_used, ti, t0)
    components["cagr_observed"] = observed
    if spec.target is None:
        p = sign * spec.direction * observed
        c = 1.0 if spec.limit is None else limit_factor(y0_used, spec.limit)
        components.update({"progress_value": p, "limit": spec.limit, "limit_factor": c})
        return Result(status_method_1(p, c), score_method_1(p, c), method, components=components)
    target = ZERO_REPLACEMENT if spec.target == 0 else spec.target
    components.update({"target": spec.target, "target_year": spec.target_year})
    if target_achieved(yi, target, spec.direction):
        return Result(TARGET_ACHIEVED, 5.0, method, components=components)
    if target * y0_used <= 0:
        return not_available(method, "target_opposite_sign", **components)
    required = cagr(target, y0_used, spec.target_year, t0)
    components["cagr_required"] = required
    if required == 0:
        return not_available(method, "target_equals_base", **components)
    ratio = sign * spec.direction * observed / abs(required)
    components["progress_value"] = ratio
    return Result(status_method_2(ratio), score_method_2(ratio), method, components=components)
