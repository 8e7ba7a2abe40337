"""Pejling's robust variant, the default for small, noisy municipal series.

The trend is a least-squares fit over every point since the base year: log-linear for positive series
(the slope is a compound growth rate), linear for series that can be zero or negative (the slope is
taken relative to the mean absolute level). The 90 % interval of the trend gives a status only when it
lies within one band of the Open SDG thresholds; otherwise the status is "Uafklaret" with the range.
Threshold targets ("nettotilflytning > 0") compare the mean of the latest three years, with its
interval, to the threshold.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from functools import cache

from scipy import stats  # type: ignore[import-untyped]

from pejling.lib.progress.opensdg import (
    SeriesSpec,
    cagr,
    score_method_1,
    score_method_2,
    status_method_1,
    status_method_2,
    target_achieved,
)
from pejling.lib.progress.statuses import (
    INCONCLUSIVE,
    TARGET_ACHIEVED,
    TARGET_NOT_ACHIEVED,
    Result,
    not_available,
)

CONFIDENCE = 0.90
MIN_POINTS = 3
THRESHOLD_WINDOW = 3
NOT_ACHIEVED_SCORE = -2.5  # Pejling's choice: "Mål ikke nået" sits at the limited/deterioration boundary


@dataclass(frozen=True)
class Fit:
    """A straight-line fit y = a + b·(t − t̄) with what is needed for intervals and projections."""

    slope: float
    intercept: float
    t_mean: float
    sxx: float
    residual_sd: float
    n: int
    log_scale: bool

    @property
    def slope_se(self) -> float:
        return self.residual_sd / math.sqrt(self.sxx) if self.sxx > 0 else math.inf

    def quantile(self, confidence: float = CONFIDENCE) -> float:
        return t_quantile(self.n - 2, confidence)

    def slope_interval(self, confidence: float = CONFIDENCE) -> tuple[float, float]:
        half = self.quantile(confidence) * self.slope_se
        return self.slope - half, self.slope + half

    def predict(self, year: float, confidence: float = CONFIDENCE) -> tuple[float, float, float]:
        """Point prediction and prediction interval for a new value at ``year`` (back on the original scale)."""
        centre = self.intercept + self.slope * (year - self.t_mean)
        se = self.residual_sd * math.sqrt(1 + 1 / self.n + (year - self.t_mean) ** 2 / self.sxx)
        half = self.quantile(confidence) * se
        values = (centre, centre - half, centre + half)
        return tuple(math.exp(v) for v in values) if self.log_scale else values  # type: ignore[return-value]


@cache
def t_quantile(dof: int, confidence: float = CONFIDENCE) -> float:
    """The two-sided Student-t quantile for ``dof`` degrees of freedom (cached: it is asked for very often)."""
    return float(stats.t.ppf(0.5 + confidence / 2, dof)) if dof > 0 else math.inf


def fit(points: dict[int, float], log_scale: bool) -> Fit:
    """Least squares on (year, value) or (year, log value); plain Python, fast for short series."""
    years = sorted(points)
    ys = [math.log(points[y]) if log_scale else float(points[y]) for y in years]
    n = len(years)
    t_mean = sum(years) / n
    y_mean = sum(ys) / n
    sxx = sum((t - t_mean) ** 2 for t in years)
    slope = sum((t - t_mean) * (y - y_mean) for t, y in zip(years, ys, strict=True)) / sxx
    rss = sum((y - (y_mean + slope * (t - t_mean))) ** 2 for t, y in zip(years, ys, strict=True))
    residual_sd = math.sqrt(rss / (n - 2)) if n > 2 else math.inf
    return Fit(slope, y_mean, t_mean, sxx, residual_sd, n, log_scale)


def _growth(f: Fit, points: dict[int, float], bound: float) -> float:
    """A slope as a yearly growth rate: exp(b) − 1 on the log scale, b / mean |y| on the linear scale."""
    if f.log_scale:
        return math.exp(bound) - 1
    return bound / (sum(abs(v) for v in points.values()) / len(points))


def evaluate_robust(spec: SeriesSpec, threshold: float | None = None) -> Result:
    """Assess one series with the fitted trend and its 90 % interval."""
    if threshold is not None:
        return evaluate_threshold(spec, threshold)
    method = "robust-2" if spec.target is not None else "robust-1"
    points = {y: float(v) for y, v in spec.values.items() if v is not None and y >= spec.base_year}
    if len(points) < MIN_POINTS:
        return not_available(
            method,
            "too_few_years",
            {"points": len(points), "base_year": spec.base_year, "needed": MIN_POINTS},
            base_year=spec.base_year,
            points=len(points),
            latest_year=max(spec.values) if spec.values else None,
        )
    log_scale = all(v > 0 for v in points.values())
    f = fit(points, log_scale)
    low, high = (_growth(f, points, b) for b in f.slope_interval())
    growth = _growth(f, points, f.slope)
    d = spec.direction
    p_low, p_high = sorted((d * low, d * high))
    t0, ti = min(points), max(points)
    components: dict[str, object] = {
        "base_year": t0,
        "base_value": points[t0],
        "current_year": ti,
        "current_value": points[ti],
        "direction": d,
        "points": len(points),
        "scale": "log" if log_scale else "linear",
        "trend_growth": growth,
        "trend_interval": [low, high],
        "confidence": CONFIDENCE,
    }
    if spec.target is None:
        p = d * growth
        components.update({"progress_value": p, "progress_interval": [p_low, p_high]})
        low_status, high_status = status_method_1(p_low), status_method_1(p_high)
        score = score_method_1(p)
        if low_status != high_status:  # no score: only conclusive statuses carry one
            return Result(
                INCONCLUSIVE,
                None,
                method,
                "interval_crosses",
                components | {"possible": [low_status, high_status], "score_estimate": score},
            )
        return Result(low_status, score, method, components=components)
    components.update({"target": spec.target, "target_year": spec.target_year})
    if target_achieved(points[ti], spec.target, d):
        return Result(TARGET_ACHIEVED, 5.0, method, components=components)
    base_fitted = f.predict(t0)[0]
    if spec.target * base_fitted <= 0:
        return not_available(method, "target_opposite_sign", **components)
    required = (
        cagr(spec.target, base_fitted, spec.target_year, t0)
        if log_scale
        else (
            (spec.target - base_fitted) / (spec.target_year - t0) / (sum(abs(v) for v in points.values()) / len(points))
        )
    )
    if required == 0:
        return not_available(method, "target_equals_base", **components)
    ratio, r_low, r_high = (d * g / abs(required) for g in (growth, low, high))
    r_low, r_high = sorted((r_low, r_high))
    components.update({"cagr_required": required, "progress_value": ratio, "progress_interval": [r_low, r_high]})
    low_status, high_status = status_method_2(r_low), status_method_2(r_high)
    if low_status != high_status:
        return Result(
            INCONCLUSIVE,
            None,
            method,
            "interval_crosses",
            components | {"possible": [low_status, high_status], "score_estimate": score_method_2(ratio)},
        )
    return Result(low_status, score_method_2(ratio), method, components=components)


def evaluate_threshold(spec: SeriesSpec, threshold: float) -> Result:
    """A binary target: the mean of the latest years, with its interval, against the threshold."""
    years = sorted(y for y, v in spec.values.items() if v is not None)
    recent = [float(spec.values[y]) for y in years[-THRESHOLD_WINDOW:]]
    if not recent:
        return not_available("threshold", "no_data")
    mean = sum(recent) / len(recent)
    components: dict[str, object] = {
        "threshold": threshold,
        "direction": spec.direction,
        "window": years[-len(recent) :],
        "window_mean": mean,
        "current_year": years[-1],
        "current_value": recent[-1],
    }
    enough = len(recent) >= 2
    half = t_quantile(len(recent) - 1) * statistics.stdev(recent) / math.sqrt(len(recent)) if enough else 0.0
    low, high = mean - half, mean + half
    components["window_interval"] = [low, high]
    met_low, met_high = (target_achieved(v, threshold, spec.direction) and v != threshold for v in (low, high))
    if met_low and met_high:
        return Result(TARGET_ACHIEVED, 5.0, "threshold", components=components)
    if not met_low and not met_high:
        return Result(TARGET_NOT_ACHIEVED, NOT_ACHIEVED_SCORE, "threshold", components=components)
    return Result(
        INCONCLUSIVE,
        None,
        "threshold",
        "interval_crosses_threshold",
        components,
    )
