"""The production front: real nginx, configured by `pejling nginx-config`, before a live Pejling server.

Pages come from nginx' cache while they are fresh, the admin never does, and a new assessment reaches
visitors once the proxy lifetime (s-maxage) has passed.
"""

import io
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import httpx
import pytest
from django.core.management import call_command

from pejling.lib.deploy.nginx import find_program
from tests.conftest import run_command

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
NGINX = find_program("nginx")
pytestmark = pytest.mark.skipif(
    NGINX is None, reason="nginx mangler / is missing: apt-get install nginx-light (make test does)"
)


PROXY_MAX_AGE = 3  # long enough that a slow machine still sees a HIT, short enough to wait for expiry


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def front(transactional_db, live_server, randers_assessed, settings):
    """nginx on a free port in front of the live server; its URL."""
    settings.PEJLING_PROXY_MAX_AGE = PROXY_MAX_AGE
    prefix = Path(tempfile.mkdtemp(prefix="pejling-front-"))
    prefix.chmod(0o755)  # started as root, nginx' workers are `nobody` and write their cache here
    port = free_port()
    conf = prefix / "nginx.conf"
    upstream = live_server.url.removeprefix("http://")
    call_command(
        "nginx_config",
        listen=f"127.0.0.1:{port}",
        upstream=upstream,
        cache_dir=prefix / "cache",
        standalone=prefix,
        output=conf,
        stdout=io.StringIO(),
    )
    process = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(prefix), "-g", "daemon off;"])
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(url + "/om-metoden/", timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait()
        shutil.rmtree(prefix, ignore_errors=True)


def test_a_page_is_fetched_once_then_served_from_the_front(front, live_server):
    first = httpx.get(front + "/maal/1.1/")
    second = httpx.get(front + "/maal/1.1/")
    direct = httpx.get(live_server.url + "/maal/1.1/")
    assert (first.status_code, first.headers["X-Cache-Status"]) == (200, "MISS")
    assert (second.status_code, second.headers["X-Cache-Status"]) == (200, "HIT")
    assert second.content == direct.content
    assert second.headers["ETag"] == direct.headers["ETag"]
    assert "Vary" not in second.headers


def test_api_answers_are_kept_by_the_front_and_errors_are_not(front, live_server):
    path = "/api/series/BU43?area=730&limit=5"
    first, second = httpx.get(front + path), httpx.get(front + path)
    assert (first.headers["X-Cache-Status"], second.headers["X-Cache-Status"]) == ("MISS", "HIT")
    assert second.json() == httpx.get(live_server.url + path).json()
    assert second.json()["count"] > 0
    missing = [httpx.get(front + "/api/plans/ingen/targets") for _ in range(2)]
    assert [(m.status_code, m.headers["X-Cache-Status"]) for m in missing] == [(404, "MISS"), (404, "MISS")]


def test_the_admin_is_never_served_from_the_front(front):
    statuses = [httpx.get(front + "/admin/login/").headers["X-Cache-Status"] for _ in range(2)]
    assert statuses == ["MISS", "MISS"]


def test_a_new_assessment_reaches_visitors_after_the_proxy_lifetime(front, live_server, capsys):
    old = httpx.get(front + "/").headers["ETag"]
    code, _ = run_command(capsys, "assess", "--as-of", "2026-11-29")
    assert code == 0
    new = httpx.get(live_server.url + "/").headers["ETag"]
    assert new != old
    seen = []
    deadline = time.monotonic() + PROXY_MAX_AGE + 15
    while time.monotonic() < deadline:
        answer = httpx.get(front + "/")
        seen.append(answer.headers["X-Cache-Status"])
        if answer.headers["ETag"] == new:
            break
        time.sleep(0.2)
    assert answer.headers["ETag"] == new, seen
    assert answer.content == httpx.get(live_server.url + "/").content
