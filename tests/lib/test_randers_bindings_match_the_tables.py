"""Every StatBank code plans/randers.yaml asks for exists in the fake's tableinfo and in the real tables' facts
(tests/fixtures/dst/real_table_facts.yaml); no binding reads a table that is no longer updated."""

import pytest
import yaml

from pejling.lib.bindings import indicator_request, plan_bindings
from pejling.lib.fakestat.server import FakeConfig, FakeStatBankServer
from pejling.lib.http import RetryPolicy
from pejling.lib.planfile.validate import check_plan_file
from pejling.lib.statbank.client import StatBankClient
from tests.conftest import FIXTURES, RANDERS_PLAN

FACTS = yaml.safe_load((FIXTURES / "dst/real_table_facts.yaml").read_text(encoding="utf-8"))
PLAN = check_plan_file(RANDERS_PLAN).plan
assert PLAN is not None
REQUESTS = [
    (binding.id, series)
    for binding in plan_bindings(PLAN)
    for _, series in indicator_request(binding).series()
    if series.source == "statbank"
]


@pytest.fixture(scope="module")
def client():
    server = FakeStatBankServer(config=FakeConfig())
    server.start_in_thread()
    yield StatBankClient(server.url, requests_per_second=1e6, retry=RetryPolicy(max_attempts=1))
    server.stop()


def test_the_plan_binds_the_expected_tables():
    assert sorted({series.table for _, series in REQUESTS}) == [
        "ARE207",
        "AUK01",
        "BEV107",
        "BOL101",
        "BU43",
        "ERHV5",
        "FOLK1A",
        "GF12",
        "HISBK",
        "NEET3",
        "RAS200",
    ]


@pytest.mark.parametrize(("binding", "series"), REQUESTS, ids=[f"{b}:{s.table}" for b, s in REQUESTS])
def test_codes_exist_in_the_fake_and_in_the_real_facts(client, binding, series):
    info, _ = client.tableinfo(series.table)
    assert info.selection_problems(series.select) == []
    assert info.variables[0].id == series.area_variable
    facts = FACTS[series.table]
    assert facts["active"] is True, f"{binding} reads {series.table}, which is no longer updated"
    assert series.area_variable == facts["area_variable"]
    for variable, codes in series.select.items():
        absent = set(facts.get("variables", {}).get(variable, {}).get("absent", []))
        assert not absent & set(codes), f"{binding}: {variable} {sorted(absent & set(codes))}"
