"""The rate limits are counted in a cache every server process shares: with Redis (PEJLING_REDIS_URL), attempts
counted by another process count here too; without it, the database's cache table does the same."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from datetime import UTC, datetime

import pytest

from pejling.participation.limits import Refusal, check_input
from tests.conftest import REPO

REDIS = "redis://127.0.0.1:6379/0"
COUNT_ELSEWHERE = """
import sys, django
from datetime import datetime
django.setup()
from pejling.participation.limits import check_input
now = datetime.fromisoformat(sys.argv[2])
print(check_input(sys.argv[1], "198.51.100.1", now), check_input(sys.argv[1], "198.51.100.2", now))
"""


def _redis_or_skip() -> None:
    import redis

    try:
        redis.Redis.from_url(REDIS, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("Redis svarer ikke på 127.0.0.1:6379 / is not running")


def _count_in_another_process(email: str, now: datetime, **env: str) -> str:
    run = subprocess.run(
        [sys.executable, "-c", COUNT_ELSEWHERE, email, now.isoformat()],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "pejling.settings", **env},
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return run.stdout.strip()


def test_another_process_counts_against_the_same_limit(settings):
    _redis_or_skip()
    settings.CACHES = {
        **settings.CACHES,
        "limits": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS},
    }
    settings.PEJLING_INPUT_PER_EMAIL_PER_HOUR = 3
    email, now = f"{uuid.uuid4().hex}@example.dk", datetime.now(UTC)  # a fresh address: nothing counted yet
    assert check_input(email, "192.0.2.1", now) is None
    elsewhere = _count_in_another_process(email, now, PEJLING_REDIS_URL=REDIS, PEJLING_INPUT_PER_EMAIL_PER_HOUR="3")
    assert elsewhere == "None None"
    assert check_input(email, "192.0.2.2", now) == Refusal("email", 3)


def test_the_database_cache_counts_within_the_limit(db, settings):
    settings.PEJLING_INPUT_PER_IP_PER_HOUR = 2
    now = datetime(2026, 12, 2, 10, 30, tzinfo=UTC)
    assert [check_input(f"p{n}@example.dk", "192.0.2.9", now) for n in range(3)] == [None, None, Refusal("ip", 2)]
    next_hour = datetime(2026, 12, 2, 11, 0, tzinfo=UTC)
    assert check_input("p9@example.dk", "192.0.2.9", next_hour) is None  # a new hour's window
