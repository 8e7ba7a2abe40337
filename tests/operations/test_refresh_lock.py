"""`pejling refresh` holds one lock: a second refresh exits cleanly or waits; a killed sync's run is failed."""

import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from django.db import connection

from pejling.operations.lock import LockBusy, exclusive
from pejling.stats.models import SyncRun
from tests.conftest import REPO, run_command

pytestmark = pytest.mark.django_db(transaction=True)

HOLDER = """
import sys, django
django.setup()
from pejling.operations.lock import exclusive
with exclusive(wait=False):
    print("held", flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def lock_held_elsewhere(settings, tmp_path):
    """Another process holding the lock on the same database (PostgreSQL) or lock directory (SQLite)."""
    settings.PEJLING_LOCK_DIR = tmp_path
    env = dict(os.environ, PEJLING_LOCK_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="pejling.settings")
    if connection.vendor == "postgresql":
        db = connection.settings_dict
        env["DATABASE_URL"] = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO, env=env
    )
    assert holder.stdout.readline() == "held\n"
    yield holder
    if holder.poll() is None:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_a_second_refresh_exits_cleanly_while_one_runs(lock_held_elsewhere, capsys):
    code, out = run_command(capsys, "refresh", "--fake")
    assert code == 0
    assert out == "En anden opdatering kører / another refresh is running — springer over / skipping\n"
    with pytest.raises(LockBusy), exclusive(wait=False):
        pass


def test_a_waiting_refresh_gets_the_lock_when_the_first_ends(lock_held_elsewhere):
    waits = []

    def first_ends(seconds):
        waits.append(seconds)
        lock_held_elsewhere.stdin.close()
        lock_held_elsewhere.wait(timeout=30)

    with exclusive(wait=True, poll_seconds=0.25, sleep=first_ends):
        got_it = True
    assert got_it and waits == [0.25]


def test_a_sync_marks_runs_left_running_by_a_killed_sync_as_failed(settings, tmp_path, capsys):
    settings.PEJLING_LOCK_DIR = tmp_path
    killed = SyncRun.objects.create(started_at=datetime(2026, 11, 30, 3, 0, tzinfo=UTC))
    assert run_command(capsys, "plan", "load", str(REPO / "tests/fixtures/plans/minimal.yaml"), "--commit")[0] == 0
    run_command(capsys, "sync", "--fake")
    killed.refresh_from_db()
    assert killed.status == SyncRun.Status.FAILED
    assert killed.report == [
        {
            "binding": "",
            "series": "",
            "table": "",
            "code": "source.interrupted",
            "error": "afbrudt før afslutning / interrupted before it finished",
        }
    ]
    assert killed.finished_at is not None
    assert SyncRun.objects.exclude(pk=killed.pk).get().finished_at is not None  # the new run ran and closed
