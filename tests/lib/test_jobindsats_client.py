"""The Jobindsats v2 client against the fake Jobindsats on loopback: the key in the Authorization header, the
table addressed in lower case, all areas in one data request, errors that name the table."""

import json

import httpx
import pytest

from pejling.lib.fakejob.server import FakeJobindsatsServer
from pejling.lib.http import RetryPolicy
from pejling.lib.jobindsats.client import JobindsatsClient, JobindsatsError, address, periods_of_type
from pejling.lib.jobindsats.parser import parse_v2


@pytest.fixture
def server():
    server = FakeJobindsatsServer()
    server.start_in_thread()
    yield server
    server.stop()


def _client(server, key="secret"):
    return JobindsatsClient(key, server.url, requests_per_second=1e6, retry=RetryPolicy(max_attempts=1))


def test_without_a_key_nothing_is_fetched():
    with pytest.raises(JobindsatsError, match="PEJLING_JOBINDSATS_KEY er ikke sat"):
        JobindsatsClient("")


def test_tables_periods_and_data(server):
    client = _client(server)
    times, _ = client.tables()
    assert sorted(times) == ["OTIJ01", "Y14D03", "Y30R21"]
    every, _ = client.periods("OTIJ01")
    months = periods_of_type(every, "M")
    assert (months[0], months[-1], periods_of_type(every, "Y")[0]) == ("2019M01", "2026M09", "2019Y01")
    raw = client.data("OTIJ01", months[-2:], {"_ygrp_j01": ["Kontanthjælp"], "_maalgrp": ["Jobparate mv."]})
    assert raw.sample_data is True
    assert raw.request == {
        "area": "*",
        "period": ["2026M08", "2026M09"],
        "_ygrp_j01": ["Kontanthjælp"],
        "_maalgrp": ["Jobparate mv."],
    }
    rows = parse_v2(raw.content)
    assert len(rows) == 2 * 99  # the 98 municipalities and "Hele landet"
    assert {r.dims["Ydelsesgrupper"] for r in rows} == {"Kontanthjælp"}
    assert server.request_log == [
        ("POST", "/v2/tables/json"),
        ("GET", "/v2/tables/otij01/json/"),
        ("POST", "/v2/data/otij01/json"),
    ]
    assert client.request_count == 3
    assert address("PTVA02") == "ptv_a02" and address("Y14D03") == "y14d03"


def test_refusals_name_the_table(server):
    assert httpx.post(f"{server.url}/v2/tables/json", json={}).status_code == 401  # no key
    client = _client(server)
    with pytest.raises(JobindsatsError, match=r"tabel OTIJ01: HTTP 400: .*Ukendt værdi for _maalgrp: Under 30 år"):
        client.data("OTIJ01", ["2026M09"], {"_maalgrp": ["Under 30 år"]})
    with pytest.raises(JobindsatsError, match="tabel NOPE: HTTP 404"):
        client.periods("NOPE")
    body = json.loads(
        httpx.post(
            f"{server.url}/v2/data/otij01/json", json={"period": ["1999M01"]}, headers={"Authorization": "k"}
        ).content
    )
    assert body == {"Message": "Ukendt periode: 1999M01"}
