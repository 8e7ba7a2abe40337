"""`pejling method evaluate` lets anyone check the method on any numbers."""

import json

import pytest

from tests.conftest import run_command


def test_json_has_status_score_and_every_component(capsys):
    code, out = run_command(
        capsys,
        "method",
        "evaluate",
        "--values",
        "2015:10.2,2016:10.9,2017:11.3,2018:11.9,2019:12.2",
        "--direction",
        "up",
        "--target",
        "14",
        "--target-year",
        "2025",
        "--method",
        "opensdg",
        "--format",
        "json",
    )
    payload = json.loads(out)
    assert code == 0
    assert (payload["status"], payload["label_da"], payload["score"], payload["method"]) == (
        "substantial_progress",
        "På rette spor",
        5.0,
        "opensdg-2",
    )
    components = payload["components"]
    assert components["cagr_observed"] == pytest.approx((12.2 / 10.2) ** 0.25 - 1)
    assert components["cagr_required"] == pytest.approx((14 / 10.2) ** 0.1 - 1)
    assert components["progress_value"] == pytest.approx(components["cagr_observed"] / components["cagr_required"])
    assert [p["year"] for p in payload["projection"]] == [2025, 2040]


def test_robust_is_the_default_and_thresholds_work(capsys):
    _, out = run_command(
        capsys,
        "method",
        "evaluate",
        "--values",
        "2019:120,2020:-40,2021:35,2022:160",
        "--direction",
        "up",
        "--threshold",
        "0",
        "--format",
        "json",
    )
    payload = json.loads(out)
    assert (payload["status"], payload["method"]) == ("inconclusive", "threshold")
    _, text = run_command(
        capsys, "method", "evaluate", "--values", "2015:10,2016:10.2,2017:10.4", "--direction", "down"
    )
    assert text.startswith("Status: Forværring / Deterioration (metode robust-1)")


def test_bad_values_are_named(capsys):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="ugyldig værdi / invalid value '2015=3'"):
        run_command(capsys, "method", "evaluate", "--values", "2015=3", "--direction", "up")


def test_a_reason_is_said_in_both_languages(capsys):
    code, out = run_command(capsys, "method", "evaluate", "--values", "2024:5.0,2025:5.1", "--direction", "up")
    assert code == 0
    assert (
        "Begrundelse / reason: 2 år med data siden basisåret 2024; der skal mindst 3 til / "
        "2 years of data since the base year 2024; at least 3 are needed"
    ) in out
