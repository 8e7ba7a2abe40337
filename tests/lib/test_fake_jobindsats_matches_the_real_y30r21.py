"""The fake Jobindsats answers Y30R21 in the shape of the real rows (../shared/data/real/jobindsats-y30r21):
the same columns, the same benefit groups and municipality names, no national row, decimal commas in shares,
integers in counts and ranks; Randers calibrated to its real share."""

import json

import pytest

from pejling.lib.fakejob.server import FakeJobindsatsServer
from pejling.lib.jobindsats.client import JobindsatsClient
from tests.conftest import shared_path

SHARE = "Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Faktisk andel (pct.)"
GROUPS = ["Ydelsesgrupper i alt", "A-dagpenge mv.", "Sygedagpenge mv.", "Kontanthjælp mv."]


@pytest.fixture(scope="module")
def answers():
    real = [
        json.loads(line)
        for line in shared_path("data/real/jobindsats-y30r21/Y30R21-api.ndjson").read_text("utf-8").splitlines()
    ]
    server = FakeJobindsatsServer()
    server.start_in_thread()
    client = JobindsatsClient("key", server.url, requests_per_second=1e6)
    periods = sorted({r["Periode"] for r in real})
    body = json.loads(client.data("Y30R21", periods, {"_ygrp_y30r21": GROUPS}).content)[0]
    server.stop()
    labels = [v["Label"] for v in body["Variables"]]
    return real, [dict(zip(labels, row, strict=True)) for row in body["Data"]]


def test_same_columns_groups_areas_and_periods(answers):
    real, fake = answers
    assert list(fake[0]) == list(real[0])
    for key in ("Area", "Periode", "Ydelsesgrupper"):
        assert {r[key] for r in fake} == {r[key] for r in real}, key
    assert len(fake) == len(real) == 98 * 4 * 6


def test_value_types_as_the_real_api_writes_them(answers):
    real, fake = answers
    for column in real[0]:
        assert {type(r[column]) for r in fake} == {type(r[column]) for r in real}, column
    assert all("," in r[SHARE] for r in fake)
    assert sorted(
        r["Placering på benchmarkranglisten"]
        for r in fake
        if r["Periode"] == "2022QMAT04" and r["Ydelsesgrupper"] == GROUPS[0]
    ) == list(range(1, 99))


def test_randers_is_calibrated_to_its_real_share(answers):
    real, fake = answers

    def share(rows):
        row = next(
            r
            for r in rows
            if r["Area"] == "Randers" and r["Periode"] == "2022QMAT04" and r["Ydelsesgrupper"] == GROUPS[0]
        )
        return float(row[SHARE].replace(",", "."))

    assert share(real) == 10.08
    assert share(fake) == pytest.approx(share(real), rel=0.05)
