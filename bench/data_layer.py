"""Benchmark: the data layer end to end against the fake StatBank (no latency), in one run.

One plan (Randers): the client's own CPU time for a full `sync` and for `sync --force` (goal < 5 s; the fake
server runs in another thread and is not counted), and `assess` as of today end to end against the robust
method alone on bench/assess.py's 1× series, the yardstick the issue measured against (goal ≤ 3× and < 2 s;
the best of three runs each, as the machine is noisy). Then 98 plans, one per municipality, made from the
Randers file with their own municipality code: a full sync makes as many data requests as one plan, and
observations and indicator values are stored once (row counts equal one plan's); all 98 are assessed in one
run, as `pejling assess` does (goal < 60 s). Run with ``--plans N`` to try fewer plans.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
TMP = tempfile.mkdtemp(prefix="pejling-bench-")
os.environ["DATABASE_URL"] = f"sqlite:///{TMP}/bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pejling.settings")

import django  # noqa: E402

django.setup()

from assess import specs as pure_specs  # noqa: E402  (bench/assess.py)
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

import pejling.progress.assess as assess_module  # noqa: E402
from pejling.lib.fakestat.server import FakeStatBankServer  # noqa: E402
from pejling.lib.geography import MUNICIPALITIES  # noqa: E402
from pejling.lib.planfile.validate import check_plan_text  # noqa: E402
from pejling.lib.progress import METHODS  # noqa: E402
from pejling.lib.statbank.client import StatBankClient  # noqa: E402
from pejling.plans.loader import plan_load  # noqa: E402
from pejling.plans.models import PlanVersion  # noqa: E402
from pejling.plans.queries import current_bindings, current_plan_files  # noqa: E402
from pejling.progress.shared import SharedComputations  # noqa: E402
from pejling.stats.models import IndicatorValue, Observation  # noqa: E402
from pejling.stats.runner import sync_all  # noqa: E402

RANDERS = (REPO / "plans" / "randers.yaml").read_text(encoding="utf-8")


def plan_text(code: str) -> str:
    """The Randers plan as another municipality's: its own id and municipality code."""
    text = re.sub(r"(?m)^(  id: )\S+", rf"\g<1>plan-{code}", RANDERS, count=1)
    return re.sub(r'(?m)^(  municipality: )"730"', rf'\g<1>"{code}"', text, count=1)


def reset() -> None:
    call_command("flush", interactive=False, verbosity=0)


def load(codes: list[str]) -> float:
    started = time.perf_counter()
    for code in codes:
        text = RANDERS if code == "730" else plan_text(code)
        checked = check_plan_text(text)
        assert checked.plan is not None, checked.problems
        plan_load(checked.plan, source_text=text, source_path="", now=datetime.now(UTC), commit=True)
    return time.perf_counter() - started


def sync(server: FakeStatBankServer, *, force: bool = False) -> tuple[float, int]:
    """The client's CPU seconds for one sync of every plan, and the data requests it made."""
    client = StatBankClient(server.url, requests_per_second=1e6)
    before = len(server.config.request_log)
    started = time.thread_time()
    sync_all(current_bindings(), statbank=client, jobindsats=None, now=timezone.now, force=force)
    cpu = time.thread_time() - started
    client.close()
    data = sum(1 for endpoint, _ in server.config.request_log[before:] if endpoint == "data")
    return cpu, data


def assess_all(today: date) -> tuple[float, float]:
    """Wall seconds for assessing every plan end to end, and the part spent in the method on the series."""
    inner = assess_module.assess_target
    spent = [0.0]

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started

    assess_module.assess_target = timed
    try:
        started = time.perf_counter()
        shared = SharedComputations()  # as `pejling assess` does for every plan it assesses in one run
        for slug, plan_file in current_plan_files():
            version = PlanVersion.objects.filter(plan__slug=slug).order_by("-number").first()
            assert version is not None
            assess_module.assess_plan(version, plan_file, as_of=today, now=timezone.now(), shared=shared)
        return time.perf_counter() - started, spent[0]
    finally:
        assess_module.assess_target = inner


def pure_method() -> float:
    """Seconds for the robust method alone on bench/assess.py's 1× series (the issue's yardstick: the Randers
    plan's Mål × 98 municipalities × 14 as-of years)."""
    method = METHODS["robust"]
    batch = pure_specs(1)
    started = time.perf_counter()
    for spec in batch:
        method(spec, None)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=len(MUNICIPALITIES))
    count = parser.parse_args().plans
    today = date.today()
    call_command("migrate", verbosity=0)
    server = FakeStatBankServer()
    server.start_in_thread()
    try:
        load(["730"])
        first_cpu, one_plan_requests = sync(server)
        force_cpu, _ = sync(server, force=True)
        rows = (Observation.objects.count(), IndicatorValue.objects.count())
        total, method = min(assess_all(today) for _ in range(3))  # best of three: the machine is noisy
        pure = min(pure_method() for _ in range(3))
        print(f"one plan: sync CPU {first_cpu:.1f} s (first), {force_cpu:.1f} s (--force; goal < 5 s)")
        print(f"one plan: {one_plan_requests} data requests; {rows[0]:,} observations, {rows[1]:,} indicator values")
        print(
            f"assess as of {today}: {total:.2f} s end to end (goal < 2 s); the pure method on bench/assess.py's "
            f"1× series {pure:.2f} s: ratio {total / pure:.1f}× (goal ≤ 3×); {method:.2f} s of the run inside "
            "assess_target (method, benchmarks, projections)"
        )

        reset()
        codes = [m.code for m in MUNICIPALITIES][:count]
        loaded = load(codes)
        _, many_requests = sync(server)
        many_rows = (Observation.objects.count(), IndicatorValue.objects.count())
        many_total, _ = assess_all(today)
        print(f"{count} plans: loaded in {loaded:.1f} s; {many_requests} data requests (one plan: {one_plan_requests})")
        print(
            f"{count} plans: {many_rows[0]:,} observations, {many_rows[1]:,} indicator values "
            f"(one plan: {rows[0]:,}, {rows[1]:,})"
        )
        print(f"{count} plans: assessed in {many_total:.1f} s (goal < 60 s for 98)")
        print(
            f"ratios: requests {many_requests / one_plan_requests:.2f} (goal 1.00), "
            f"observations {many_rows[0] / rows[0]:.2f} (goal 1.00), indicator values {many_rows[1] / rows[1]:.2f} "
            "(goal 1.00)"
        )
    finally:
        server.stop()
        connection.close()


if __name__ == "__main__":
    main()
