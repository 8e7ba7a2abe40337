"""A real OpenID Connect provider for the tests: django-oauth-toolkit in its own process on loopback, with its
own database, an RSA signing key, one confidential client (PKCE required) and users whose ``groups`` claim
the tests set. Never a mock of the protocol: Pejling talks to it exactly as to Keycloak or Entra ID."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
CLIENT_ID = "pejling-test"
CLIENT_SECRET = "pejling-test-secret-0123456789"
PASSWORD = "udbyder-kodeord-2026"


@dataclass(frozen=True)
class Provider:
    url: str
    issuer: str
    database: Path

    def set_groups(self, username: str, groups: list[str]) -> None:
        """Change a user's groups at the provider (the next login's claim)."""
        _manage(self.database, self.url, ["groups", username, json.dumps(groups)])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(database: Path, url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "PEJLING_"))}
    return env | {
        "DJANGO_SETTINGS_MODULE": "tests.oidc_provider.settings",
        "OIDC_TEST_DB": str(database),
        "OIDC_TEST_URL": url,
        "PYTHONPATH": str(REPO),
    }


def _manage(database: Path, url: str, args: list[str]) -> None:
    subprocess.run(
        [sys.executable, "-m", "tests.oidc_provider.serve", *args], env=_env(database, url), check=True, cwd=REPO
    )


@contextmanager
def running_provider(
    folder: Path, *, redirect_uri: str, post_logout_uri: str, users: dict[str, list[str]]
) -> Iterator[Provider]:
    """Start the provider with these users (e-mail → groups) and the client allowed to come back to
    ``redirect_uri``; stop it afterwards."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    database = folder / "provider.sqlite3"
    _manage(database, url, ["setup", redirect_uri, post_logout_uri, json.dumps(users)])
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.oidc_provider.serve", "run", str(port)],
        env=_env(database, url),
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    issuer = f"{url}/o"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{issuer}/.well-known/openid-configuration", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"the test provider did not start: {process.stderr.read().decode() if process.stderr else ''}"
                )
            time.sleep(0.1)
        yield Provider(url, issuer, database)
    finally:
        process.terminate()
        process.wait(timeout=10)
