"""Shared test fixtures: repository paths and the optional ../shared folder."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
SHARED = Path(os.environ.get("PEJLING_SHARED_DIR", str(REPO.parent / "shared")))
RANDERS_PLAN = REPO / "plans" / "randers.yaml"


def shared_path(relative: str) -> Path:
    """A file under ../shared, or a clean skip when that folder (or file) is absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"../shared/{relative} findes ikke / is absent; test needs the shared data")
    return path


def run_command(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """Run a management command as a user would; return its exit code and what it printed."""
    from django.core.management import call_command

    code = 0
    try:
        call_command(*args)
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, capsys.readouterr().out


@pytest.fixture(autouse=True)
def _own_empty_page_cache(settings, tmp_path_factory):
    """Pages are cached in files; every test gets its own empty cache directory (never a running site's)."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path_factory.mktemp("cache")),
        },
        # the rate limits' database cache, with keys of this test's own (its table outlives a flush)
        "limits": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "pejling_limits",
            "KEY_PREFIX": uuid.uuid4().hex,
        },
    }
    settings.MEDIA_ROOT = str(tmp_path_factory.mktemp("media"))  # uploads kept by a test never land in var/
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)  # a request to an English page leaves its language behind
    yield
