"""Benchmark: a full refresh of every Randers binding against the fake StatBank with 100 ms latency,
then a second refresh with nothing new, in one run.

Prints the requests made, the wall time, the number of requests a client asking per municipality would
need, and the time of the second refresh. Goals: data requests ≤ bindings × period slices; the second
refresh at least 10× faster than the first.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
TMP = tempfile.mkdtemp(prefix="pejling-bench-")
os.environ["DATABASE_URL"] = f"sqlite:///{TMP}/bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pejling.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402

from pejling.lib.bindings import indicator_request  # noqa: E402
from pejling.lib.fakestat.server import FakeConfig, FakeStatBankServer  # noqa: E402
from pejling.lib.geography import AREAS  # noqa: E402
from pejling.lib.planfile.schema import Binding  # noqa: E402
from pejling.lib.planfile.validate import check_plan_file  # noqa: E402
from pejling.lib.statbank.client import StatBankClient  # noqa: E402
from pejling.lib.statbank.planning import SeriesSpec, plan_requests  # noqa: E402
from pejling.plans.loader import plan_load  # noqa: E402
from pejling.plans.queries import current_bindings  # noqa: E402
from pejling.stats.runner import sync_all  # noqa: E402

LATENCY_MS = 100


def planned_slices(bindings: list[tuple[str, Binding]], url: str) -> int:
    """Σ over bindings and their tables of the period slices the planner needs (the upper bound)."""
    client = StatBankClient(url, requests_per_second=1000)
    total = 0
    for _, binding in bindings:
        for _, series in indicator_request(binding).series():
            info, _ = client.tableinfo(series.table)
            spec = SeriesSpec(info.id, series.area_variable, series.time_variable, series.select, series.keep_split)
            total += len(plan_requests(spec, info))
    client.close()
    return total


def main() -> None:
    call_command("migrate", verbosity=0)
    plan = check_plan_file(REPO / "plans" / "randers.yaml").plan
    assert plan is not None
    plan_load(plan, source_text="", source_path="", now=datetime.now(UTC), commit=True)
    bindings = [(key, b) for key, b in current_bindings() if b.source == "statbank"]
    server = FakeStatBankServer(config=FakeConfig(latency_ms=LATENCY_MS))
    server.start_in_thread()
    try:
        timings = []
        for _ in range(2):
            client = StatBankClient(server.url)  # the default polite rate limit: 2 requests per second
            started = time.perf_counter()
            run, _ = sync_all(bindings, statbank=client, jobindsats=None, now=timezone.now, source_url=server.url)
            timings.append((time.perf_counter() - started, client.request_count, run))
            client.close()
        log = server.config.request_log[:]
        slices = planned_slices(bindings, server.url)
    finally:
        server.stop()
    (first, first_requests, first_run), (second, second_requests, second_run) = timings
    first_data = sum(1 for endpoint, _ in log[:first_requests] if endpoint == "data")
    per_municipality = first_data * len(AREAS) + (first_requests - first_data)
    print(f"bindings (StatBank): {len(bindings)}; areas per request: {len(AREAS)}; latency {LATENCY_MS} ms")
    print(f"first refresh:  {first_requests} requests ({first_data} data), {first:.2f} s, status {first_run.status}")
    print(f"per-municipality client would need: {per_municipality} requests")
    print(f"second refresh: {second_requests} requests, {second:.2f} s, status {second_run.status}")
    print(
        f"data requests / Σ(binding series × period slices): {first_data} / {slices} = {first_data / slices:.2f} "
        "(goal ≤ 1.00)"
    )
    print(f"ratio first / second refresh: {first / second:.1f}× (goal ≥ 10×)")
    print(f"ratio per-municipality / ours: {per_municipality / first_requests:.0f}×")


if __name__ == "__main__":
    main()
