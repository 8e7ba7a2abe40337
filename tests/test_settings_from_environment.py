"""Settings come from the environment, and every variable is documented in docs/operations.md."""

import os
import re
import subprocess
import sys

from tests.conftest import REPO

SETTINGS = REPO / "pejling" / "settings.py"
OPERATIONS = REPO / "docs" / "operations.md"


def _setting(name: str, **environ: str) -> str:
    code = f"import pejling.settings as s; print(repr(getattr(s, {name!r}, None)))"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEJLING_")} | environ
    return subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.strip()


def test_every_environment_variable_is_documented():
    read = set(re.findall(r'env_\w+\(\s*"(PEJLING_\w+)"', SETTINGS.read_text(encoding="utf-8")))
    documented = set(re.findall(r"`(PEJLING_\w+)`", OPERATIONS.read_text(encoding="utf-8")))
    assert "PEJLING_PROXY_MAX_AGE" in read
    assert sorted(read - documented) == []


def test_the_forwarded_proto_is_trusted_only_when_asked():
    assert _setting("SECURE_PROXY_SSL_HEADER") == "None"
    assert _setting("SECURE_PROXY_SSL_HEADER", PEJLING_BEHIND_TLS_PROXY="true") == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_page_lifetimes_are_read_from_the_environment():
    assert _setting("PEJLING_PROXY_MAX_AGE", PEJLING_PROXY_MAX_AGE="30") == "30"
    assert _setting("PEJLING_BROWSER_MAX_AGE") == "60"
