"""`pejling sync` as an operator runs it: progress, a summary, and a non-zero exit on failures."""

import pytest

from pejling.lib.fakestat.server import FakeConfig
from pejling.stats.models import SyncRun
from tests.conftest import run_command

pytestmark = pytest.mark.django_db


def _run(capsys, *args):
    return run_command(capsys, "sync", *args)


def test_sync_on_the_built_in_fake_server(randers, capsys):
    code, out = _run(capsys, "--fake", "--only", "bu43-udsatte-0-22", "--only", "csr-job")
    assert code == 0
    assert "Eksempeldata fra Pejlings testserver — ikke tal fra Danmarks Statistik" in out
    assert (
        "Sync ok: 1 hentet / fetched, 1 sprunget over / skipped, 0 fejlet / failed; 3 forespørgsler / requests" in out
    )
    assert "lokale data indlæses med" in out
    assert SyncRun.objects.get().sample_data is True


def test_failures_end_non_zero_with_a_summary(randers, capsys, settings, fake):
    fake.config = FakeConfig(fault="5xx", fault_rate=1.0, fault_tables={"BU43"})
    settings.PEJLING_STATBANK_URL = fake.url
    settings.PEJLING_HTTP_ATTEMPTS = 2
    settings.PEJLING_HTTP_BACKOFF = 0.0
    settings.PEJLING_REQUESTS_PER_SECOND = 1000.0
    code, out = _run(capsys, "--only", "bu43-udsatte-0-22", "--only", "hisbk-middellevetid")
    assert code == 1
    assert "Sync partial: 1 hentet / fetched, 0 sprunget over / skipped, 1 fejlet / failed" in out
    assert "tabel BU43: opgivet efter 2 forsøg" in out


def test_offline_fallback_uses_the_fake_server_and_says_so(randers, capsys, settings):
    settings.PEJLING_STATBANK_URL = "http://127.0.0.1:9/v1"  # nothing listens on the discard port
    code, out = _run(capsys, "--offline-fallback", "--only", "hisbk-middellevetid")
    assert code == 0
    assert "svarer ikke — bruger den indbyggede testserver" in out
    assert "Eksempeldata fra Pejlings testserver — ikke tal fra Danmarks Statistik" in out


def test_unknown_bindings_and_no_plan(db, randers, capsys):
    code, out = _run(capsys, "--only", "nope")
    assert code == 2 and "Ingen binding hedder / no binding named: nope" in out
