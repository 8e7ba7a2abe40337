"""Benchmark: assess every Mål × 98 municipalities × every as-of year, and show that time grows linearly.

1× is the Randers plan's 15 Mål for the 98 municipalities, assessed as of each year 2011–2024 on 17-year
series (2008–2024), with the default robust method. Goal: 1× under 1 s on this machine; 10× and 100× about
10 and 100 times as long.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pejling.lib.fakestat.model import centred
from pejling.lib.geography import MUNICIPALITIES
from pejling.lib.progress import METHODS
from pejling.lib.progress.opensdg import SeriesSpec

TARGETS, FIRST, LAST = 15, 2008, 2024
AS_OF_YEARS = range(2011, LAST + 1)


def specs(multiplier: int) -> list[SeriesSpec]:
    out = []
    for copy in range(multiplier):
        for target in range(TARGETS):
            for m in MUNICIPALITIES:
                level = 50 * (1 + 0.5 * centred("level", target, m.code, copy))
                values = {
                    y: level
                    * (1 + 0.01 * centred("trend", target, m.code)) ** (y - FIRST)
                    * (1 + 0.03 * centred("noise", target, m.code, y, copy))
                    for y in range(FIRST, LAST + 1)
                }
                direction = 1 if target % 2 else -1
                for as_of in AS_OF_YEARS:
                    seen = {y: v for y, v in values.items() if y <= as_of}
                    out.append(SeriesSpec(seen, direction, base_year=FIRST, target=None, target_year=2035))
    return out


def main() -> None:
    method = METHODS["robust"]
    timings = []
    for multiplier in (1, 10, 100):
        batch = specs(multiplier)
        started = time.perf_counter()
        for spec in batch:
            method(spec, None)
        elapsed = time.perf_counter() - started
        timings.append((multiplier, len(batch), elapsed))
        print(
            f"{multiplier:>3}×: {len(batch):>9,} series assessed in {elapsed:6.2f} s "
            f"({elapsed / len(batch) * 1e6:.1f} µs each)"
        )
    base = timings[0][2]
    print(f"1× (every Mål × 98 municipalities × {len(AS_OF_YEARS)} as-of years): {base:.2f} s (goal < 1 s)")
    print("growth: " + ", ".join(f"{m}× → {t / base:.1f}× the time" for m, _, t in timings))


if __name__ == "__main__":
    main()
