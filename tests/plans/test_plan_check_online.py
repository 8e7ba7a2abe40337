"""`pejling plan check --online` holds every StatBank binding against the live /tableinfo: a copy of the
Randers plan with one wrong code, one inactive table and one missing area level gives exactly those rows."""

import json

import pytest

from pejling.lib.fakestat.server import FakeConfig, FakeStatBankServer
from tests.conftest import RANDERS_PLAN, run_command

pytestmark = pytest.mark.django_db


@pytest.fixture
def fake_statbank(settings):
    server = FakeStatBankServer(config=FakeConfig())
    server.start_in_thread()
    settings.PEJLING_STATBANK_URL = server.url
    yield server
    server.stop()


def _broken_copy(tmp_path):
    text = RANDERS_PLAN.read_text(encoding="utf-8")
    replacements = [
        ('              HERKOMST: ["00"]', '              HERKOMST: ["TOT"]'),  # a guessed total code
        (  # the retired table with its own codes
            '            table: NEET3\n            area_variable: BOPOMR\n            select:\n              KØN: ["00"]\n'
            '              ALDER: ["1624"]\n',
            '            table: NEET1\n            area_variable: BOPOMR\n            select:\n              KØN: ["TOT"]\n',
        ),
        ("            compare_with_country: false\n", ""),  # BEV107 has no country row
    ]
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "randers-kopi.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_randers_plan_is_in_order(capsys, fake_statbank):
    code, out = run_command(capsys, "plan", "check", str(RANDERS_PLAN), "--online", "--format", "json")
    rows = json.loads(out)["online"]
    assert code == 0
    assert {row["code"] for row in rows} == {"ok"}
    assert len(rows) == 15  # the ten StatBank bindings of the Mål and the five peer variables


def test_one_wrong_code_one_inactive_table_one_missing_area_level(capsys, tmp_path, fake_statbank):
    code, out = run_command(capsys, "plan", "check", str(_broken_copy(tmp_path)), "--online", "--format", "json")
    assert code == 1
    problems = [row for row in json.loads(out)["online"] if row["code"] != "ok"]
    assert problems == [
        {
            "binding": "neet-andel-16-24",
            "table": "NEET1",
            "code": "source.inactive",
            "message": "Danmarks Statistik opdaterer ikke længere tabellen NEET1; seneste periode 2023 / "
            "Statistics Denmark no longer updates table NEET1; latest period 2023 — afløser / successor: NEET3 "
            "(KØN=00 og ALDER=1624 gengiver NEET1 / KØN=00 and ALDER=1624 reproduce NEET1 (dst-tables.md §4))",
        },
        {
            "binding": "ras200-beskaeftigelsesfrekvens",
            "table": "RAS200",
            "code": "source.code_not_found",
            "message": "HERKOMST: koden 'TOT' findes ikke / code 'TOT' does not exist (nærmeste / nearest: 00 I alt; "
            "30 Efterkommere; 34 Efterkommere fra vestlige lande)",
        },
        {
            "binding": "bev107-nettotilflytning",
            "table": "BEV107",
            "code": "source.area_level_missing",
            "message": "områdeniveau mangler / area level missing: hele landet (000) / the country (000)",
        },
    ]


def test_the_text_table_names_the_nearest_codes(capsys, tmp_path, fake_statbank):
    path = _broken_copy(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace('SEKTOR: ["1040"]', 'SEKTOR: ["PRIV"]'), "utf-8")
    code, out = run_command(capsys, "plan", "check", str(path), "--online")
    flat = " ".join(out.split())
    assert code == 1
    assert "'PRIV'" in flat and "1040 Private" in flat and "[source.code_not_found]" in flat
    assert "Online: 11 OK, 4 problemer / problems" in flat
