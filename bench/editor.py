"""Benchmark: logged-in staff pages under 20 concurrent sessions, uncached, served by gunicorn as `pejling serve`
runs it (2 sync workers); and how soon a saved update is on the public page.

20 initiative owners of one forvaltning (so Mine initiativer lists all 14), each with their own session, work
at once for PEJLING_BENCH_SECONDS (default 15) s after a warm-up: each asks for Mine initiativer, then their
update form, pausing PEJLING_BENCH_THINK (default 1) s between pages as a person does. With no pause the run
measures saturation instead: two cores serve some 40 such pages a second, so 20 clients that never pause queue
for each other (p95 about 0.45 s). Prints p50 and p95 per page, the ratio of p95 to the goal of 100 ms (goal:
at most 1) and the pages served per second. Then one owner saves an update through the form while the public
initiative page is in the cache, and the page is polled: prints how long until the update shows, as a ratio of
the page cache's lifetime (goal: under 1; the cache is cleared when the update commits).
"""

from __future__ import annotations

import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
TMP = Path(tempfile.mkdtemp(prefix="pejling-editor-"))
os.environ["DATABASE_URL"] = f"sqlite:///{TMP}/editor.sqlite3"
os.environ["PEJLING_CACHE_DIR"] = str(TMP / "cache")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pejling.settings")

import django  # noqa: E402

django.setup()

import httpx  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.core.management import call_command  # noqa: E402

from pejling.accounts.actions import ensure_forvaltning, save_staff  # noqa: E402
from pejling.accounts.actors import Operator  # noqa: E402
from pejling.editor.actions import edit_initiative  # noqa: E402
from pejling.editor.queries import current_initiatives, record_for  # noqa: E402
from pejling.lib.planfile.validate import check_plan_file  # noqa: E402
from pejling.plans.loader import plan_load  # noqa: E402
from pejling.plans.models import PlanVersion  # noqa: E402

SESSIONS, SECONDS, GOAL_MS = 20, int(os.environ.get("PEJLING_BENCH_SECONDS", "15")), 100.0
THINK = float(os.environ.get("PEJLING_BENCH_THINK", "1"))


def serve(port: int) -> subprocess.Popen[bytes]:
    """gunicorn with 2 workers on a free port, answered once /healthz does."""
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    args = [
        "pejling.wsgi",
        "--workers",
        "2",
        "--log-level",
        "warning",
        "--bind",
        f"127.0.0.1:{port}",
    ]  # as pejling serve
    server = subprocess.Popen([gunicorn, *args], env=os.environ | {"PEJLING_ALLOWED_HOSTS": "127.0.0.1"})
    for _ in range(200):
        try:
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1.0)
            return server
        except httpx.HTTPError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("gunicorn did not answer")


def prepare() -> list[tuple[str, str]]:
    """The plan, 20 owners (initiatives shared round-robin) with a session each: (session key, initiative)."""
    call_command("migrate", verbosity=0)
    plan = check_plan_file(REPO / "plans" / "randers.yaml").plan
    assert plan is not None
    now = datetime.now(UTC)
    plan_load(plan, source_text="", source_path="", now=now, commit=True)
    shell = Operator("bench")
    unit = ensure_forvaltning(shell, now, "Teknik og Miljø")
    initiatives = current_initiatives(PlanVersion.objects.get())
    sessions = []
    for number in range(SESSIONS):
        user = save_staff(
            shell, now, f"ejer{number}@randers.dk", roles=["initiativejer"], forvaltning=unit, forvaltning_grant=True
        )
        initiative = initiatives[number % len(initiatives)]
        record = record_for(initiative.entity, date(2026, 1, 1))
        if record.pk is None:  # every owner keeps the forvaltning's initiatives: Mine initiativer lists all 14
            edit_initiative(shell, now, record, owner=user, forvaltning=unit)
        store = SessionStore()
        store[SESSION_KEY], store[BACKEND_SESSION_KEY] = str(user.pk), settings.AUTHENTICATION_BACKENDS[-1]
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.create()
        sessions.append((str(store.session_key), initiative.key))
    return sessions


def hammer(base: str, sessions: list[tuple[str, str]]) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {"mine": [], "update_form": []}
    lock, stop = threading.Lock(), time.monotonic() + SECONDS

    def client(number: int, session: str, key: str) -> None:
        pages = (("mine", "/redaktion/"), ("update_form", f"/redaktion/initiativ/{key}/opdatering/"))
        with httpx.Client(base_url=base, cookies={"sessionid": session}, timeout=30) as http:
            time.sleep(THINK * number / SESSIONS)  # people do not all click at the same moment
            while time.monotonic() < stop:
                for name, path in pages:
                    started = time.perf_counter()
                    response = http.get(path)
                    elapsed = (time.perf_counter() - started) * 1000
                    if response.status_code != 200:
                        raise SystemExit(f"{path}: {response.status_code}")
                    with lock:
                        timings[name].append(elapsed)
                    time.sleep(THINK)

    with httpx.Client(base_url=base, cookies={"sessionid": sessions[0][0]}, timeout=30) as warm:
        for _ in range(20):  # every worker thread has rendered each page once: the run measures steady state
            warm.get("/redaktion/")
            warm.get(f"/redaktion/initiativ/{sessions[0][1]}/opdatering/")
    threads = [threading.Thread(target=client, args=(n, *item)) for n, item in enumerate(sessions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return timings


def update_reaches_the_public_page(base: str, session: str, key: str) -> float:
    with httpx.Client(base_url=base, cookies={"sessionid": session}, timeout=30) as http:
        http.get(f"/initiativ/{key}/")  # the public page is now in the cache
        form = http.get(f"/redaktion/initiativ/{key}/opdatering/").text
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
        period = re.search(r'<option value="([^"]+)" selected', form)
        assert token and period
        text = f"Benchmark-opdatering {time.time():.0f}"
        data = {
            "csrfmiddlewaretoken": token.group(1),
            "period": period.group(1),
            "text": text,
            "progress": "10",
            "status": "in_progress",
        }
        saved = time.perf_counter()
        answer = http.post(f"/redaktion/initiativ/{key}/opdatering/", data=data, headers={"Referer": base})
        assert answer.status_code == 302, answer.status_code
    while text not in httpx.get(f"{base}/initiativ/{key}/").text:
        time.sleep(0.05)
        if time.perf_counter() - saved > settings.PEJLING_CACHE_SECONDS * 2:
            raise SystemExit("the update did not reach the public page within two cache lifetimes")
    return time.perf_counter() - saved


def main() -> None:
    sessions = prepare()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    server = serve(port)
    try:
        started = time.monotonic()
        timings = hammer(base, sessions)
        served = sum(len(values) for values in timings.values()) / (time.monotonic() - started)
        print(f"{SESSIONS} sessions, {THINK:g} s between pages: {served:.1f} pages/s")
        for name, values in timings.items():
            p50 = statistics.median(values)
            p95 = statistics.quantiles(values, n=20)[18]
            print(f"{name}: {len(values)} requests, p50 {p50:.1f} ms, p95 {p95:.1f} ms, p95/goal {p95 / GOAL_MS:.2f}")
        seconds = update_reaches_the_public_page(base, *sessions[0])
        lifetime = settings.PEJLING_CACHE_SECONDS
        print(
            f"update visible on the public page after {seconds:.2f} s; ratio to the cache lifetime ({lifetime} s) "
            f"{seconds / lifetime:.4f}"
        )
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
