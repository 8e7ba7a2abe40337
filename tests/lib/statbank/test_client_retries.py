"""Retries, back-off, Retry-After and typed errors, at the one HTTP seam (httpx.MockTransport)."""

import json

import httpx
import pytest

from pejling.lib.http import RetryPolicy
from pejling.lib.statbank.client import StatBankClient
from pejling.lib.statbank.errors import TransientError, ValueNotFound
from pejling.lib.statbank.formats import parse_csv

CSV = "\ufeffOMRÅDE;TID;INDHOLD\r\n730;2024;5\r\n".encode()


def _client(answers, sleeps):
    calls = []

    def handler(request):
        calls.append(json.loads(request.content))
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    now = [0.0]

    def sleep(seconds):
        sleeps.append(seconds)
        now[0] += seconds

    client = StatBankClient(
        "https://api.statbank.dk/v1",
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(max_attempts=5, base_seconds=0.5, max_seconds=8),
        sleep=sleep,
        clock=lambda: now[0],
        requests_per_second=1e9,
    )
    return client, calls


def test_timeouts_429_5xx_and_truncated_bodies_are_retried_until_success():
    sleeps = []
    client, calls = _client(
        [
            httpx.ReadTimeout("slow"),
            httpx.Response(429, headers={"Retry-After": "2"}),
            httpx.Response(503, content=b"<html/>"),
            httpx.Response(200, content=CSV[:30]),
            httpx.Response(200, content=CSV),
        ],
        sleeps,
    )
    table, raw = client.data({"table": "BU43", "format": "CSV"}, parse_csv)
    assert [c.value for c in table.cells] == [5.0]
    assert raw.attempts == 5
    assert client.request_count == 5
    assert len(calls) == 5
    assert sleeps[1] == 2.0  # Retry-After honoured
    backoffs = [sleeps[0], sleeps[2], sleeps[3]]
    assert 0.25 <= backoffs[0] < 0.75 and 1.0 <= backoffs[1] < 3.0 and 2.0 <= backoffs[2] < 6.0


def test_giving_up_names_the_table_and_the_last_error():
    sleeps = []
    client, _ = _client([httpx.Response(503)] * 5, sleeps)
    with pytest.raises(
        TransientError, match=r"^tabel NEET1: opgivet efter 5 forsøg / gave up after 5 attempts: HTTP 503"
    ):
        client.data({"table": "NEET1", "format": "CSV"}, parse_csv)
    assert len(sleeps) == 4


def test_api_errors_are_not_retried():
    body = json.dumps({"errorTypeCode": "EXTRACT-NOTFOUND", "message": "Kan ikke finde værdien: TOT22 (ALDER)"})
    client, calls = _client([httpx.Response(400, content=body.encode())], [])
    with pytest.raises(ValueNotFound) as caught:
        client.data({"table": "BU43", "format": "CSV"}, parse_csv)
    assert (caught.value.table, caught.value.variable, caught.value.value) == ("BU43", "ALDER", "TOT22")
    assert len(calls) == 1


def test_the_rate_limit_spaces_request_starts():
    now = [0.0]
    sleeps = []

    def sleep(seconds):
        sleeps.append(round(seconds, 6))
        now[0] += seconds

    client = StatBankClient(
        "https://x/v1",
        transport=httpx.MockTransport(lambda r: httpx.Response(200, content=CSV)),
        requests_per_second=2.0,
        sleep=sleep,
        clock=lambda: now[0],
    )
    for _ in range(3):
        client.data({"table": "T"}, parse_csv)
    assert sleeps == [0.5, 0.5]
