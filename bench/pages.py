"""Benchmark: the forside and one Mål page under 50 concurrent clients for 20 s, in one run, served by
gunicorn with 2 workers alone; by the production deployment (nginx from `pejling nginx-config` in front of
the same gunicorn, see docs/operations.md); and as the same HTML in static files served by nginx.

Needs Debian's nginx and wrk (installed when missing and run as root). Prints requests per second, p50
and p95 for each, and the ratios to static. Goals: the deployment at least half the static throughput,
p95 under 50 ms. gunicorn alone is printed too: Python cannot come near nginx' static throughput on two
shared cores (an empty WSGI application reaches about a seventh of it), which is why the front exists.
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
TMP = Path(tempfile.mkdtemp(prefix="pejling-pages-"))
TMP.chmod(0o755)  # nginx' workers (nobody, when started as root) read the pages and write their cache here
os.environ["DATABASE_URL"] = f"sqlite:///{TMP}/pages.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pejling.settings")

import django  # noqa: E402

django.setup()

import httpx  # noqa: E402
from django.core.management import call_command  # noqa: E402

from pejling.lib.deploy.nginx import find_program  # noqa: E402
from pejling.lib.fakestat.server import FakeStatBankServer  # noqa: E402
from pejling.lib.planfile.validate import check_plan_file  # noqa: E402
from pejling.lib.statbank.client import StatBankClient  # noqa: E402
from pejling.plans.loader import plan_load  # noqa: E402
from pejling.plans.models import PlanVersion  # noqa: E402
from pejling.plans.queries import current_bindings, current_plan_files  # noqa: E402
from pejling.progress.assess import assess_plan  # noqa: E402
from pejling.stats.runner import sync_all  # noqa: E402

GUNICORN_ARGS = ["--workers", "2", "--log-level", "warning", "--bind"]
CLIENTS, SECONDS = 50, int(os.environ.get("PEJLING_BENCH_SECONDS", "20"))
PAGES = {"forside": "/", "maal": "/maal/1.1/"}
LUA = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.3f %.3f %.3f %d\\n", summary.requests, summary.duration / 1e6,
                         latency:percentile(50) / 1000, latency:percentile(95) / 1000,
                         e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def ensure(tool: str, package: str) -> str:
    found = find_program(tool)
    if found is None and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-q", package], check=False, capture_output=True)
        found = find_program(tool)
    if found is None:
        sys.exit(f"{tool} mangler / is missing: apt-get install {package}")
    return found


def prepare() -> None:
    call_command("migrate", verbosity=0)
    plan = check_plan_file(REPO / "plans" / "randers.yaml").plan
    assert plan is not None
    now = datetime.now(UTC)
    plan_load(plan, source_text="", source_path="", now=now, commit=True)
    server = FakeStatBankServer()
    server.start_in_thread()
    try:
        wanted = [(k, b) for k, b in current_bindings() if b.source == "statbank" and not b.id.startswith("peer-")]
        sync_all(
            wanted,
            statbank=StatBankClient(server.url, requests_per_second=1e6),
            jobindsats=None,
            now=lambda: datetime.now(UTC),
        )
    finally:
        server.stop()
    [(slug, plan_file)] = current_plan_files()
    assess_plan(PlanVersion.objects.get(plan__slug=slug), plan_file, as_of=date.today(), now=now)


def wait_for(url: str) -> None:
    for _ in range(100):
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    sys.exit(f"{url} svarer ikke / does not answer")


def load(wrk: str, url: str, clients: int = CLIENTS) -> tuple[float, float, float]:
    """Steady state: one request first (a cold page is rendered once, then cached), then wrk."""
    httpx.get(url, timeout=30).raise_for_status()
    script = TMP / "report.lua"
    script.write_text(LUA)
    out = subprocess.run(
        [wrk, "-t", "2", "-c", str(clients), "-d", f"{SECONDS}s", "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    _, requests, seconds, p50, p95, errors = next(
        line for line in out.splitlines() if line.startswith("RESULT")
    ).split()
    if int(errors):
        sys.exit(f"{url}: {errors} of {requests} answers were errors or not 2xx/3xx; the run does not count")
    return int(requests) / float(seconds), float(p50), float(p95)


def run_front(nginx: str, port: int, app_port: int, prefix: Path) -> subprocess.Popen[bytes]:
    """nginx in front of gunicorn, configured exactly as `pejling nginx-config` writes it for production."""
    conf = prefix / "nginx.conf"
    call_command(
        "nginx_config",
        listen=f"127.0.0.1:{port}",
        upstream=f"127.0.0.1:{app_port}",
        cache_dir=prefix / "cache",
        standalone=prefix,
        output=conf,
        stdout=io.StringIO(),
    )
    return subprocess.Popen([nginx, "-c", str(conf), "-p", str(prefix), "-g", "daemon off;"])


def run_static(nginx: str, port: int, root: Path) -> subprocess.Popen[bytes]:
    """nginx serving the same HTML as plain files: the ceiling to compare with."""
    conf = TMP / "static.conf"
    conf.write_text(f"""worker_processes 2; pid {TMP}/static.pid; error_log {TMP}/static-error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; sendfile on; server {{ listen 127.0.0.1:{port}; root {root}; }} }}
""")
    return subprocess.Popen([nginx, "-c", str(conf), "-p", str(TMP), "-g", "daemon off;"])


def report(name: str, label: str, result: tuple[float, float, float]) -> None:
    print(f"{name:8} {label:36} {result[0]:8.0f} req/s  p50 {result[1]:6.2f} ms  p95 {result[2]:6.2f} ms")


def main() -> None:
    wrk, nginx = ensure("wrk", "wrk"), ensure("nginx", "nginx-light")
    prepare()
    app_port, front_port, static_port = free_port(), free_port(), free_port()
    env = os.environ | {"PEJLING_ALLOWED_HOSTS": "127.0.0.1,localhost"}
    call_command("collectstatic", interactive=False, verbosity=0)
    gunicorn = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "pejling.wsgi:application", *GUNICORN_ARGS, f"127.0.0.1:{app_port}"],
        env=env,
        cwd=REPO,
    )
    static_root = TMP / "static-pages"
    servers: list[subprocess.Popen[bytes]] = []
    try:
        wait_for(f"http://127.0.0.1:{app_port}/")
        for name, path in PAGES.items():
            html = httpx.get(f"http://127.0.0.1:{app_port}{path}").content
            (static_root / name).mkdir(parents=True, exist_ok=True)
            (static_root / name / "index.html").write_bytes(html)
        servers = [run_front(nginx, front_port, app_port, TMP / "front"), run_static(nginx, static_port, static_root)]
        wait_for(f"http://127.0.0.1:{front_port}/")
        wait_for(f"http://127.0.0.1:{static_port}/forside/")
        print(f"{CLIENTS} concurrent clients, {SECONDS} s per run, loopback (wrk); 2 gunicorn workers throughout")
        for name, path in PAGES.items():
            direct = load(wrk, f"http://127.0.0.1:{app_port}{path}")
            front = load(wrk, f"http://127.0.0.1:{front_port}{path}")
            static = load(wrk, f"http://127.0.0.1:{static_port}/{name}/")
            report(name, "gunicorn alone", direct)
            report(name, "nginx front + gunicorn (deployment)", front)
            report(name, "nginx static file", static)
            print(
                f"{name:8} ratio deployment/static: {front[0] / static[0]:.2f} (goal ≥ 0.50), "
                f"p95 {'under' if front[2] < 50 else 'OVER'} 50 ms; "
                f"gunicorn alone/static: {direct[0] / static[0]:.2f}, p95 {'under' if direct[2] < 50 else 'OVER'} 50 ms"
            )
    finally:
        for server in servers:
            server.terminate()
            server.wait()
        gunicorn.terminate()
        gunicorn.wait()


if __name__ == "__main__":
    main()
