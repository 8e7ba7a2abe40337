"""The one HTTP layer every online source uses: retries with back-off, Retry-After honoured, a clear give-up;
tested against a real HTTP server on loopback that answers from a script."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pejling.lib.http import GaveUp, PoliteHttp, Retry, RetryPolicy, retry_after
from pejling.lib.jobindsats.client import JobindsatsClient, JobindsatsError


class Scripted:
    """A loopback server answering each request with the next (status, headers, body) of its script."""

    def __init__(self, script):
        self.script, self.paths = list(script), []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                owner.paths.append(self.path)
                status, headers, body = owner.script.pop(0)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def serve():
    servers = []

    def start(script):
        servers.append(Scripted(script))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def _ok(response, attempt):
    if response.status_code != 200:
        raise Retry(f"HTTP {response.status_code}", retry_after(response))
    return response.content, attempt


def test_a_busy_server_is_asked_again_with_growing_pauses(serve):
    server = serve([(503, {}, b""), (503, {}, b""), (200, {}, b"svar")])
    sleeps = []
    http = PoliteHttp(server.url, requests_per_second=1e6, retry=RetryPolicy(5, 1.0, 8.0), sleep=sleeps.append)
    assert http.send("GET", "tables", _ok) == (b"svar", 3)
    assert http.request_count == 3
    assert len(sleeps) == 2 and 0.5 <= sleeps[0] < 1.5 and 1.0 <= sleeps[1] < 3.0


def test_retry_after_is_honoured_and_the_give_up_says_why(serve):
    server = serve([(429, {"Retry-After": "7"}, b""), (503, {}, b""), (503, {}, b"")])
    sleeps = []
    http = PoliteHttp(server.url, requests_per_second=1e6, retry=RetryPolicy(3, 0.0), sleep=sleeps.append)
    with pytest.raises(GaveUp, match="opgivet efter 3 forsøg / gave up after 3 attempts: HTTP 503"):
        http.send("GET", "tables", _ok)
    assert sleeps == [7.0, 0.0]


def test_jobindsats_goes_through_the_same_layer(serve):
    meta = json.dumps([{"TableID": "y30r21", "Period": ["2024QMAT02"]}]).encode()
    server = serve([(502, {}, b""), (200, {"Content-Type": "application/json"}, meta), (401, {}, b"Forkert")])
    client = JobindsatsClient(
        "key-1", server.url, requests_per_second=1e6, retry=RetryPolicy(3, 0.0), sleep=lambda s: None
    )
    found, raw = client.periods("Y30R21")
    assert (found, raw.attempts, client.request_count) == (["2024QMAT02"], 2, 2)
    with pytest.raises(JobindsatsError, match="tabel Y30R21: HTTP 401: Forkert"):  # not retried
        client.periods("Y30R21")
    assert client.request_count == 3
    assert server.paths == ["/v2/tables/y30r21/json/"] * 3
