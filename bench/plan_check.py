"""Benchmark: validating the Randers plan file, against parsing its YAML alone.

Prints the time per validation of the full plan (YAML with line map + schema + cross-references)
and the ratio to a bare ``yaml.safe_load`` of the same text: the cost of located errors.
"""

from __future__ import annotations

import timeit
from pathlib import Path

import yaml

from pejling.lib.planfile.validate import check_plan_text

PLAN = Path(__file__).resolve().parent.parent / "plans" / "randers.yaml"


def main() -> None:
    text = PLAN.read_text(encoding="utf-8")
    assert check_plan_text(text).valid
    rounds = 20
    full = min(timeit.repeat(lambda: check_plan_text(text), number=rounds, repeat=3)) / rounds
    bare = min(timeit.repeat(lambda: yaml.safe_load(text), number=rounds, repeat=3)) / rounds
    print(f"plan check (randers.yaml, {len(text):,} bytes): {full * 1000:.1f} ms per validation")
    print(f"yaml.safe_load alone:                          {bare * 1000:.1f} ms")
    print(f"ratio full / bare parse:                       {full / bare:.2f}")


if __name__ == "__main__":
    main()
