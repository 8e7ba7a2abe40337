"""The fake Jobindsats over real HTTP on loopback: ``POST /v2/tables/json``, ``GET /v2/tables/{id}/json/`` and
``POST /v2/data/{id}/json``, as dst-tables.md §7 records them; a request without an Authorization header is
refused. Every answer carries ``X-Pejling-Sample-Data: 1``."""

from __future__ import annotations

import json
import re
from http.server import BaseHTTPRequestHandler
from typing import Any

from pejling.lib.fakejob.engine import JobApiError, data, find, table_list
from pejling.lib.loopback import LoopbackServer
from pejling.lib.statbank.client import SAMPLE_DATA_HEADER

_TABLE = re.compile(r"^/v2/tables/(?P<id>[\w]+)/json/?$")
_DATA = re.compile(r"^/v2/data/(?P<id>[\w]+)/json/?$")


class _Handler(BaseHTTPRequestHandler):
    server: FakeJobindsatsServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet by default
        return

    def do_GET(self) -> None:
        self._answer("GET")

    def do_POST(self) -> None:
        self._answer("POST")

    def _answer(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        self.server.request_log.append((method, self.path))
        if not self.headers.get("Authorization"):
            self._send(401, "Forkert nøgle eller nøglen er udløbet.")
            return
        try:
            body = json.loads(raw.decode("utf-8")) if raw else None
        except (UnicodeDecodeError, json.JSONDecodeError):
            body = None
        try:
            self._send(200, self._route(method, body))
        except JobApiError as error:
            self._send(error.status, {"Message": error.message})

    def _route(self, method: str, body: Any) -> Any:
        path = self.path.split("?", 1)[0]
        if method == "POST" and path.rstrip("/") == "/v2/tables/json":
            return table_list(self.server.updated)
        table = _TABLE.match(path)
        if method == "GET" and table:
            found = find(table["id"])
            return [{"TableID": found.id.lower(), "Period": list(found.periods)}]
        wanted = _DATA.match(path)
        if method == "POST" and wanted:
            return data(find(wanted["id"]), body)
        raise JobApiError(404, "Siden findes ikke")

    def _send(self, status: int, payload: Any) -> None:
        if isinstance(payload, str):
            content, kind = payload.encode("utf-8"), "text/plain; charset=utf-8"
        else:
            content, kind = json.dumps(payload, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(content)))
        self.send_header(SAMPLE_DATA_HEADER, "1")
        self.end_headers()
        try:
            self.wfile.write(content)
        except (BrokenPipeError, ConnectionResetError):
            return


class FakeJobindsatsServer(LoopbackServer):
    """A fake Jobindsats; ``url`` is its base URL (the client adds ``v2/…``)."""

    base_path = ""
    thread_name = "fake-jobindsats"

    def __init__(self, port: int = 0, host: str = "127.0.0.1") -> None:
        super().__init__((host, port), _Handler)
        self.request_log: list[tuple[str, str]] = []
        self.updated: dict[str, str] = {}  # table id → its LatestUpdate, for tests of incremental syncs
