"""Golden systemd units; `systemd-analyze verify` accepts them where it is installed.

Regenerate after an intended change with ``PEJLING_UPDATE_GOLDEN=1`` and review the diff.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from pejling.lib.deploy.systemd import SystemdUnits
from tests.conftest import FIXTURES

GOLDEN = FIXTURES / "golden" / "systemd"
UNITS = SystemdUnits(
    pejling=Path("/srv/pejling/.venv/bin/pejling"),
    workdir=Path("/srv/pejling"),
    environment_file=Path("/etc/pejling/pejling.env"),
    schedule="*-*-* 05:30:00",
)


@pytest.mark.parametrize("name", sorted(UNITS.files()))
def test_unit_matches_its_golden_file(name):
    text = UNITS.files()[name]
    path = GOLDEN / name
    if os.environ.get("PEJLING_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_systemd_analyze_verify_accepts_the_units(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    fake_bin = tmp_path / "pejling"
    fake_bin.write_text("#!/bin/sh\n", encoding="utf-8")
    fake_bin.chmod(0o755)
    env_file = tmp_path / "pejling.env"
    env_file.write_text("PEJLING_DEBUG=false\n", encoding="utf-8")
    units = SystemdUnits(pejling=fake_bin, workdir=tmp_path, environment_file=env_file, user="root")
    for name, text in units.files().items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    done = subprocess.run(
        [analyze, "verify", *(str(tmp_path / n) for n in units.files())], capture_output=True, text=True, check=False
    )
    problems = [line for line in done.stderr.splitlines() if str(tmp_path) in line or "pejling" in line]
    assert problems == [], done.stderr
