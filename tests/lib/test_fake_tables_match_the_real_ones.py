"""The fake StatBank's tableinfo holds the facts of the real tables (tests/fixtures/dst/real_table_facts.yaml,
transcribed from dst-tables.md): a code the real API would refuse is refused here too."""

import pytest
import yaml

from pejling.lib.fakestat.server import FakeConfig, FakeStatBankServer
from pejling.lib.geography import LANDSDEL_BY_CODE, MUNICIPALITY_CODES
from pejling.lib.http import RetryPolicy
from pejling.lib.periods import parse_period
from pejling.lib.statbank.client import StatBankClient
from tests.conftest import FIXTURES

FACTS = yaml.safe_load((FIXTURES / "dst/real_table_facts.yaml").read_text(encoding="utf-8"))
LEVELS = {
    "country": lambda codes: "000" in codes,
    "regions": lambda codes: bool({"081", "082", "083", "084", "085"} & codes),
    "landsdele": lambda codes: bool(set(LANDSDEL_BY_CODE) & codes),
    "municipalities": lambda codes: len(MUNICIPALITY_CODES & codes) >= 90,
}


@pytest.fixture(scope="module")
def client():
    server = FakeStatBankServer(config=FakeConfig())
    server.start_in_thread()
    yield StatBankClient(server.url, requests_per_second=1e6, retry=RetryPolicy(max_attempts=1))
    server.stop()


def test_every_table_the_fake_serves_has_its_facts(client):
    updated, _ = client.tables()
    assert sorted(updated) == sorted(FACTS)


@pytest.mark.parametrize("table", sorted(FACTS))
def test_tableinfo_holds_the_real_facts(client, table):
    facts = FACTS[table]
    info, raw = client.tableinfo(table)
    assert raw.sample_data is True
    assert info.active is facts["active"]
    area = info.variables[0]
    assert area.id == facts["area_variable"]
    codes = set(area.values)
    for level in ("country", "regions", "landsdele", "municipalities"):
        assert LEVELS[level](codes) is (level in facts["levels"]), f"{table}: level {level}"
    if "areas" in facts:
        assert len(codes) == facts["areas"]
    assert ("411" in codes) is facts.get("christianso", False)
    assert not set(facts.get("absent_areas", [])) & codes
    for variable_id, expected in facts.get("variables", {}).items():
        variable = info.variable(variable_id)
        assert variable is not None, f"{table}: {variable_id}"
        assert variable.id == variable_id
        assert set(expected.get("codes", [])) <= set(variable.values), f"{table} {variable_id}"
        assert not set(expected.get("absent", [])) & set(variable.values), f"{table} {variable_id}"
        if "elimination" in expected:
            assert variable.elimination is expected["elimination"]
    periods = list(info.time_variable.values)
    assert info.time_variable.id == "Tid"
    if "first_period" in facts:
        assert periods[0] == facts["first_period"]
    if "last_period" in facts:
        assert periods[-1] == facts["last_period"]
    if "last_period_at_least" in facts:
        assert parse_period(periods[-1]) >= parse_period(facts["last_period_at_least"])
    assert not set(facts.get("absent_periods", [])) & set(periods)
