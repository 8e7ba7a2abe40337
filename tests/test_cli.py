"""The `pejling` console script runs Django's commands and lists Pejling's own."""

import subprocess
import sys


def test_pejling_help_lists_our_commands():
    out = subprocess.run(
        [sys.executable, "-m", "pejling.cli", "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "[plans]\n    plan\n" in out


def test_pejling_plan_check_help_names_the_subcommands():
    out = subprocess.run(
        [sys.executable, "-m", "pejling.cli", "plan", "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "{check,load}" in out
