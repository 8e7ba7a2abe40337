"""Golden nginx configurations: what operators install must change only on purpose.

Regenerate after an intended change with ``PEJLING_UPDATE_GOLDEN=1 make test`` and review the diff.
"""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from pejling.lib.deploy.nginx import NginxFront, find_program
from tests.conftest import FIXTURES

GOLDEN = FIXTURES / "golden" / "nginx"
FRONT = NginxFront(
    listen="80",
    upstream="127.0.0.1:8000",
    static_root=Path("/srv/pejling/static"),
    cache_dir=Path("/var/cache/nginx/pejling"),
    server_name="pejling.randers.dk",
)
CASES = {
    "site.conf": lambda: FRONT.site(),
    "standalone.conf": lambda: FRONT.standalone(Path("/run/pejling-front"), workers=4),
}
NGINX = find_program("nginx")


@pytest.mark.parametrize("name", sorted(CASES))
def test_config_matches_its_golden_file(name):
    text = CASES[name]()
    path = GOLDEN / name
    if os.environ.get("PEJLING_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_the_front_caches_only_what_the_application_allows():
    site = FRONT.site()
    assert "proxy_cache_valid" not in site  # no lifetimes of its own: Cache-Control decides
    assert "proxy_ignore_headers" not in site
    assert "proxy_cache_revalidate on;" in site


@pytest.mark.skipif(NGINX is None, reason="nginx mangler / is missing: apt-get install nginx-light (make test does)")
def test_nginx_accepts_the_standalone_config():
    prefix = Path(tempfile.mkdtemp(prefix="pejling-nginx-"))
    try:
        front = NginxFront(
            listen="127.0.0.1:8080",
            upstream="127.0.0.1:8000",
            static_root=prefix / "static",
            cache_dir=prefix / "cache",
        )
        conf = prefix / "nginx.conf"
        conf.write_text(front.standalone(prefix), encoding="utf-8")
        checked = subprocess.run([NGINX, "-t", "-c", str(conf), "-p", str(prefix)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr
        assert "test is successful" in checked.stderr
    finally:
        shutil.rmtree(prefix, ignore_errors=True)
