import httpx
import pytest

from pejling.lib.jobindsats.client import JobindsatsClient, JobindsatsError, latest_periods
from tests.conftest import FIXTURES


def test_without_a_key_nothing_is_fetched():
    with pytest.raises(JobindsatsError, match="PEJLING_JOBINDSATS_KEY er ikke sat"):
        JobindsatsClient("")


def test_it_sends_the_bearer_key_and_asks_for_all_areas():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        name = "OTIJ01__v3_table.json" if "/table/" in request.url.path else "OTIJ01__v3_data.json"
        return httpx.Response(200, content=(FIXTURES / "jobindsats" / name).read_bytes())

    client = JobindsatsClient("secret", transport=httpx.MockTransport(handler))
    meta, _ = client.table("OTIJ01")
    assert latest_periods(meta) == ("M", ["2025M01", "2025M02"])
    raw = client.data("OTIJ01", "M", ["2025M01", "2025M02"], {"Målgruppe": "Under 30 år"})
    assert raw.content.startswith(b'{"columns"')
    assert seen[0].headers["authorization"] == "Bearer secret"
    assert seen[1].url.path == "/v3/data/OTIJ01"
    assert dict(seen[1].url.params) == {
        "period.M": "2025M01,2025M02",
        "format": "json",
        "area": "*",
        "Målgruppe": "Under 30 år",
    }
    assert client.request_count == 2


def test_an_error_answer_names_the_table():
    client = JobindsatsClient(
        "k", transport=httpx.MockTransport(lambda r: httpx.Response(401, text="Forkert nøgle eller nøglen er udløbet."))
    )
    with pytest.raises(JobindsatsError, match="tabel OTIJ01: HTTP 401: Forkert nøgle"):
        client.table("OTIJ01")
