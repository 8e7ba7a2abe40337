"""The restore drill on the test database (SQLite and PostgreSQL): back up, restore into a scratch database,
every table's row count and checksum identical — microsecond timestamps and raw bytes included."""

from datetime import UTC, datetime

import pytest
from django.db import connection

from pejling.lib.ops.fingerprint import differences
from pejling.operations.backup import BackupError, backup, fingerprints, restore, scratch_database
from pejling.stats.models import Snapshot, SyncRun
from tests.conftest import run_command
from tests.stats.conftest import fake, randers, run_sync, statbank_client  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def some_data(randers, statbank_client):  # noqa: F811
    run_sync(statbank_client, only={"hisbk-middellevetid"})
    SyncRun.objects.create(started_at=datetime(2026, 11, 28, 6, 0, 0, 123456, tzinfo=UTC), status="ok")


def test_the_drill_restores_every_table_identically(some_data, tmp_path):
    db = dict(connection.settings_dict)
    out = tmp_path / "pejling.backup"
    assert backup(out, db) == connection.vendor
    before = fingerprints(db)
    counts = {f.table: f.rows for f in before}
    assert counts["stats_observation"] == 95 * 26 and counts["plans_planversion"] == 1
    assert counts["stats_snapshot"] == Snapshot.objects.count() > 0
    with scratch_database(db, tmp_path) as scratch:
        restore(out, scratch)
        after = fingerprints(scratch)
        assert differences(before, after) == []
        assert after == before
        SyncRun.objects.create(started_at=datetime(2026, 11, 29, tzinfo=UTC))  # the original moves on
        now = {f.table: f for f in fingerprints(db)}["stats_syncrun"]
        copy = {f.table: f for f in after}["stats_syncrun"]
        assert (now.rows, copy.rows) == (3, 2)
        assert differences(fingerprints(db), after) == [
            f"stats_syncrun: 3 rækker / rows {now.sha256[:12]} ≠ 2 rækker / rows {copy.sha256[:12]}"
        ]


def test_backup_drill_command(some_data, tmp_path, capsys, settings):
    settings.PEJLING_LOCK_DIR = tmp_path
    code, out = run_command(capsys, "backup", "--out", str(tmp_path / "b.backup"), "--drill")
    assert code == 0, out
    assert "identiske / identical" in out


def test_a_file_that_is_not_a_backup_is_refused(tmp_path):
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"not a backup at all")
    with pytest.raises(BackupError, match="ikke en Pejling-backup / not a Pejling backup"):
        restore(junk, dict(connection.settings_dict))


def test_restore_into_the_configured_database_needs_yes(tmp_path, capsys):
    path = tmp_path / "x.backup"
    path.write_bytes(b"SQLite format 3\x00")
    code, out = run_command(capsys, "restore", str(path))
    assert code == 2 and "giv / give --yes" in out
