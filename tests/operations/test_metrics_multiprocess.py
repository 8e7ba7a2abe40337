"""Under `pejling serve` (gunicorn, two workers) /metrics adds up the requests of every worker."""

import os
import subprocess
import sys
import time

import httpx
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import REPO
from tests.dashboard.test_nginx_front import free_port


def test_request_counts_are_summed_over_the_workers(tmp_path):
    port = free_port()
    env = dict(
        os.environ,
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        PEJLING_CACHE_DIR=str(tmp_path / "cache"),
        PEJLING_METRICS_DIR=str(tmp_path / "metrics"),
        PEJLING_STATIC_ROOT=str(tmp_path / "static"),
        DJANGO_SETTINGS_MODULE="pejling.settings",
    )
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    pejling = [sys.executable, "-m", "pejling.cli"]
    subprocess.run([*pejling, "migrate", "--no-input", "-v", "0"], env=env, cwd=REPO, check=True)
    server = subprocess.Popen(
        [*pejling, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "2", "--no-collectstatic"],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            for _ in range(100):
                try:
                    client.get("/healthz")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            for _ in range(40):  # new connections, so both workers answer some
                with httpx.Client(base_url=f"http://127.0.0.1:{port}") as once:
                    assert once.get("/healthz").status_code == 200
            text = client.get("/metrics").text
            pids = {p.stem.rsplit("_", 1)[-1] for p in (tmp_path / "metrics").glob("counter_*.db")}
    finally:
        server.terminate()
        server.wait(timeout=30)
    by_view = {
        s.labels["view"]: s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
        if s.name == "django_http_requests_total_by_view_transport_method_total"
    }
    assert by_view["healthz"] == 41  # the first readiness probe and the 40, summed over every worker
    assert len(pids) >= 2  # files of more than one process were added up
