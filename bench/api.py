"""Benchmark: the JSON API's series and targets endpoints behind the nginx front (as `pejling nginx-config`
writes it) under 200 concurrent clients for 20 s, against the forside behind the same front, in one run.

Goal: each API endpoint at least half the pages' throughput, with no error answers (the run is refused
when wrk counts any). Needs nginx and wrk, like bench/pages.py, whose set-up it shares.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
import pages  # sets up its own database and settings on import
from django.core.management import call_command

CLIENTS = 200


def main() -> None:
    wrk, nginx = pages.ensure("wrk", "wrk"), pages.ensure("nginx", "nginx-light")
    pages.prepare()
    app_port, front_port = pages.free_port(), pages.free_port()
    env = os.environ | {"PEJLING_ALLOWED_HOSTS": "127.0.0.1,localhost"}
    call_command("collectstatic", interactive=False, verbosity=0)
    gunicorn = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "pejling.wsgi:application", *pages.GUNICORN_ARGS, f"127.0.0.1:{app_port}"],
        env=env,
        cwd=pages.REPO,
    )
    front = None
    try:
        pages.wait_for(f"http://127.0.0.1:{app_port}/")
        slug = httpx.get(f"http://127.0.0.1:{app_port}/api/plans").json()["items"][0]["id"]
        endpoints = {"series": "/api/series/BU43?area=730", "targets": f"/api/plans/{slug}/targets"}
        front = pages.run_front(nginx, front_port, app_port, pages.TMP / "front")
        pages.wait_for(f"http://127.0.0.1:{front_port}/")
        base = f"http://127.0.0.1:{front_port}"
        print(f"{CLIENTS} clients, {pages.SECONDS} s per run, loopback (wrk); nginx front, 2 gunicorn workers")
        forside = pages.load(wrk, f"{base}/", clients=CLIENTS)
        pages.report("forside", "page behind the front", forside)
        for name, path in endpoints.items():
            result = pages.load(wrk, base + path, clients=CLIENTS)
            pages.report(name, f"API {path[:28]}", result)
            print(f"{name:8} ratio API/pages: {result[0] / forside[0]:.2f} (goal ≥ 0.50), 0 errors")
    finally:
        if front is not None:
            front.terminate()
            front.wait()
        gunicorn.terminate()
        gunicorn.wait()


if __name__ == "__main__":
    main()
