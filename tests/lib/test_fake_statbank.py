"""The fake StatBank answers like the real one: shapes, error bodies, the cell limit, faults."""

import json

import httpx
import pytest

from pejling.lib.fakestat.server import FakeConfig, FakeStatBankServer
from pejling.lib.http import RetryPolicy
from pejling.lib.statbank.client import StatBankClient
from pejling.lib.statbank.errors import CellLimitExceeded, NotAllowed, TableNotFound, TransientError, ValueNotFound
from pejling.lib.statbank.formats import parse_csv, parse_jsonstat


@pytest.fixture
def server():
    server = FakeStatBankServer(config=FakeConfig())
    server.start_in_thread()
    yield server
    server.stop()


def _client(server, **kw):
    return StatBankClient(
        server.url,
        requests_per_second=1e6,
        sleep=lambda s: None,
        retry=RetryPolicy(max_attempts=2, base_seconds=0),
        **kw,
    )


def test_tables_and_tableinfo(server):
    client = _client(server)
    updated, raw = client.tables()
    assert sorted(updated) == [
        "ARE207",
        "AUK01",
        "BEV107",
        "BOL101",
        "BU43",
        "ERHV5",
        "FOLK1A",
        "GF12",
        "HISBK",
        "NEET1",
        "NEET3",
        "RAS200",
    ]
    info, raw = client.tableinfo("folk1a")
    assert raw.sample_data is True
    assert [v.id for v in info.variables] == ["OMRÅDE", "KØN", "ALDER", "CIVILSTAND", "Tid"]
    assert len(info.variable("OMRÅDE").values) == 105
    assert info.time_variable.values["2008K1"] == "2008K1"  # Danish labels are the codes
    english, _ = client.tableinfo("folk1a", lang="en")
    assert english.time_variable.values["2008K1"] == "2008Q1"
    assert english.variable("OMRÅDE").values["000"] == "All Denmark"
    bev = client.tableinfo("BEV107")[0]
    assert bev.variable("KØN").elimination is True  # no total code, but leaving it out gives the sum


def test_data_is_deterministic_and_plausible(server):
    body = {
        "table": "NEET1",
        "format": "CSV",
        "valuePresentation": "Code",
        "variables": [
            {"code": "BOPOMR", "values": ["730", "000"]},
            {"code": "STATUSNEET", "values": ["00", "10"]},
            {"code": "Tid", "values": ["2023"]},
        ],
    }
    first = httpx.post(f"{server.url}/data", json=body).content
    assert first == httpx.post(f"{server.url}/data", json=body).content
    table = parse_csv(first)
    values = {(c.code("BOPOMR"), c.code("STATUSNEET")): c.value for c in table.cells}
    assert 0.05 < values[("730", "10")] / values[("730", "00")] < 0.16
    assert 0.07 < values[("000", "10")] / values[("000", "00")] < 0.12


def test_jsonstat_and_missing_values(server):
    client = _client(server)
    body = {
        "table": "RAS200",
        "format": "JSONSTAT",
        "variables": [
            {"code": "OMRÅDE", "values": ["730"]},
            {"code": "HERKOMST", "values": ["00"]},
            {"code": "ALDER", "values": ["1666", "16-64"]},
            {"code": "KØN", "values": ["TOT"]},
            {"code": "BEREGNING", "values": ["BFK"]},
            {"code": "Tid", "values": ["2021", "2022"]},
        ],
    }
    table, _ = client.data(body, parse_jsonstat)
    cells = [(c.code("ALDER"), c.code("Tid"), c.flag) for c in table.cells]
    assert cells == [
        ("1666", "2021", "missing"),
        ("1666", "2022", None),
        ("16-64", "2021", None),
        ("16-64", "2022", None),
    ]
    assert 70 < table.cells[1].value < 80
    hisbk = {"table": "HISBK", "format": "CSV", "variables": [{"code": "OMRÅDE", "values": ["825"]}]}
    with pytest.raises(ValueNotFound, match="Kan ikke finde værdien: 825"):  # Læsø has no life table
        client.data(hisbk | {"variables": [*hisbk["variables"], {"code": "KØN", "values": ["TOT"]}]}, parse_csv)


def test_real_error_bodies(server):
    client = _client(server)
    with pytest.raises(TableNotFound, match="Tabel findes ikke: NOPE"):
        client.tableinfo("NOPE")
    with pytest.raises(ValueNotFound) as caught:
        client.data(
            {"table": "BU43", "format": "CSV", "variables": [{"code": "ALDER", "values": ["TOT99"]}]}, parse_csv
        )
    assert (caught.value.variable, caught.value.value) == ("ALDER", "TOT99")
    with pytest.raises(NotAllowed, match="Der skal vælges værdier for variabel"):
        client.data(
            {"table": "BEV107", "format": "BULK", "variables": [{"code": "OMRÅDE", "values": ["*"]}]}, parse_csv
        )
    assert 105 * 3 * 127 * 75 * (4 + 1) == 15_001_875  # rows × columns (4 variables + the value)
    full = {
        "table": "FOLK1A",
        "format": "CSV",
        "variables": [{"code": c, "values": ["*"]} for c in ("OMRÅDE", "KØN", "ALDER", "Tid")],
    }
    with pytest.raises(
        CellLimitExceeded,
        match=r"Forespørgslen på op mod 15\.001\.875 celler er over begrænsningen på "
        r"1\.000\.000 celler",
    ):
        client.data(full, parse_csv)


def test_a_404_has_the_real_body(server):
    response = httpx.get(f"{server.url}/nothing")
    assert response.status_code == 404
    assert json.loads(response.content) == {
        "errorTypeCode": "REQUEST-NOTFOUND",
        "message": "Siden kan ikke findes. / Page not found.",
    }


def test_truncated_bodies_and_changed_codes():
    server = FakeStatBankServer(config=FakeConfig(fault="truncated", fault_rate=1.0))
    server.start_in_thread()
    try:
        with pytest.raises(TransientError, match="tabel BU43: opgivet efter 2 forsøg"):
            _client(server).tableinfo("BU43")
        server.config = FakeConfig(fault="changed-codes", fault_rate=1.0)
        info, _ = _client(server).tableinfo("BU43")
        assert list(info.variable("ALDER").values)[:2] == ["TOT22N", "9917N"]
    finally:
        server.stop()


def test_an_unknown_fault_kind_is_refused():
    with pytest.raises(ValueError, match="ukendt fejltype / unknown fault 'flood'"):
        FakeConfig(fault="flood")
