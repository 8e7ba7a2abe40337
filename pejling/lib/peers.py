"""Statistical nearest neighbours for the 98 municipalities (the method in reference/progress-method.md, B.3).

1. Transform skewed variables (log), winsorise at the 1st and 99th percentiles.
2. z-scores over the 98 municipalities; a missing value is imputed with the mean (z = 0) and reported.
3. D(i, j) = sqrt(Σ_g W_g · Σ_{k∈g} (z_ik − z_jk)² / |g|)   (equal weight per theme by default).
4. D'(i, j) = D(i, j) / max_j D(i, j)                      (rebased to 0–1, as CIPFA does).
5. Peers(i) = the k smallest D'(i, j), j ≠ i, ties broken by area code, so the result is deterministic.
6. Why similar: contribution_k(i, j) = W_g (z_ik − z_jk)² / (|g| · D(i, j)²), summing to 1.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from pejling.lib.geography import MUNICIPALITY_CODES

DEFAULT_K = 10


@dataclass(frozen=True)
class PeerVariable:
    """A structural variable: its id, its theme, and whether it is log-transformed."""

    id: str
    theme: str
    transform: str = "none"  # "none" or "log"


@dataclass(frozen=True)
class Peer:
    area: str
    distance: float  # rebased 0–1
    raw_distance: float
    why: dict[str, float]  # variable id → share of the squared distance


@dataclass(frozen=True)
class PeerResult:
    area: str
    peers: tuple[Peer, ...]
    imputed: tuple[str, ...]  # variables whose value was missing for this area


def _column(
    data: Mapping[str, Mapping[str, float | None]], areas: list[str], variable: PeerVariable
) -> tuple[npt.NDArray[np.float64], list[bool]]:
    raw = [data.get(area, {}).get(variable.id) for area in areas]
    missing = [v is None or (variable.transform == "log" and v <= 0) for v in raw]
    cleaned = [
        math.nan if v is None or m else (math.log(v) if variable.transform == "log" else float(v))
        for v, m in zip(raw, missing, strict=True)
    ]
    values = np.asarray(cleaned, dtype=np.float64)
    present = values[~np.isnan(values)]
    if present.size == 0:
        raise ValueError(f"peer-variablen {variable.id} har ingen værdier / has no values")
    low, high = (float(q) for q in np.percentile(present, [1.0, 99.0]))
    values = np.clip(values, low, high)
    mean, sd = float(np.nanmean(values)), float(np.nanstd(values))
    z = (values - mean) / sd if sd > 0 else np.zeros_like(values)
    return np.where(np.isnan(z), 0.0, z), missing


def nearest_neighbours(
    data: Mapping[str, Mapping[str, float | None]],
    variables: Sequence[PeerVariable],
    theme_weights: Mapping[str, float] | None = None,
    k: int = DEFAULT_K,
) -> dict[str, PeerResult]:
    """Peers for every municipality from ``data[area][variable id]``."""
    areas = sorted(MUNICIPALITY_CODES)
    themes = sorted({v.theme for v in variables})
    weights = {t: float((theme_weights or {}).get(t, 1.0)) for t in themes}
    size = {t: sum(1 for v in variables if v.theme == t) for t in themes}
    columns: list[npt.NDArray[np.float64]] = []
    missing_by_area: dict[str, list[str]] = {a: [] for a in areas}
    for variable in variables:
        z, missing = _column(data, areas, variable)
        columns.append(z)
        for area, m in zip(areas, missing, strict=True):
            if m:
                missing_by_area[area].append(variable.id)
    z = np.column_stack(columns)  # areas × variables
    factor = np.array([weights[v.theme] / size[v.theme] for v in variables])
    diff2 = (z[:, None, :] - z[None, :, :]) ** 2 * factor  # areas × areas × variables
    squared = diff2.sum(axis=2)
    distance = np.sqrt(squared)
    results = {}
    for i, area in enumerate(areas):
        farthest = distance[i].max()
        order = sorted((j for j in range(len(areas)) if j != i), key=lambda j: (distance[i, j], areas[j]))
        peers = tuple(
            Peer(
                area=areas[j],
                distance=float(distance[i, j] / farthest) if farthest > 0 else 0.0,
                raw_distance=float(distance[i, j]),
                why={
                    v.id: float(diff2[i, j, n] / squared[i, j]) if squared[i, j] > 0 else 0.0
                    for n, v in enumerate(variables)
                },
            )
            for j in order[:k]
        )
        results[area] = PeerResult(area, peers, tuple(missing_by_area[area]))
    return results


def stability(current: Mapping[str, PeerResult], previous: Mapping[str, PeerResult]) -> dict[str, dict[str, object]]:
    """Per municipality: peers kept, peers that came and went, and turnover (share of the list replaced)."""
    out: dict[str, dict[str, object]] = {}
    for area, result in current.items():
        now = [p.area for p in result.peers]
        before = [p.area for p in previous[area].peers] if area in previous else []
        kept = [a for a in now if a in before]
        out[area] = {
            "kept": kept,
            "new": [a for a in now if a not in before],
            "gone": [a for a in before if a not in now],
            "turnover": (len(now) - len(kept)) / len(now) if now and before else None,
        }
    return out
