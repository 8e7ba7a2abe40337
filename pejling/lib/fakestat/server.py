"""The fake StatBank over real HTTP on loopback, with injectable latency and faults.

Faults (each request draws from a seeded random source, so runs are repeatable):
``5xx`` (HTTP 503), ``429`` (with Retry-After: 0), ``timeout`` (the answer is held back longer than a
client waits), ``truncated`` (the body is cut off while Content-Length promises more), and
``changed-codes`` (every code of every non-area, non-time variable gets a new id, as in a new table
version). ``fault_tables`` limits faults to some tables.
"""

from __future__ import annotations

import json
import random
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from pejling.lib.fakestat.catalogue import TABLES
from pejling.lib.fakestat.engine import ApiError, Options, evaluate, tableinfo
from pejling.lib.loopback import LoopbackServer
from pejling.lib.statbank.client import SAMPLE_DATA_HEADER

FAULT_KINDS = ("5xx", "429", "timeout", "truncated", "changed-codes")


@dataclass
class FakeConfig:
    """Everything a test may turn: latency, faults, revisions, table update times."""

    latency_ms: float = 0.0
    fault: str | None = None
    fault_rate: float = 0.0
    fault_tables: set[str] = field(default_factory=set)
    timeout_seconds: float = 5.0
    revision: int = 0
    cell_limit: int = 1_000_000
    zero_areas: set[str] = field(default_factory=set)  # areas with no cases: every value 0
    seed: int = 1
    updated: dict[str, str] = field(default_factory=dict)
    inactive: set[str] = field(default_factory=set)  # tables to report as no longer updated
    request_log: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.fault is not None and self.fault not in FAULT_KINDS:
            raise ValueError(f"ukendt fejltype / unknown fault {self.fault!r}; kendte / known: {FAULT_KINDS}")
        self.rng = random.Random(self.seed)
        self.lock = threading.Lock()

    def draw_fault(self, table: str) -> str | None:
        """The fault for this request, if any."""
        if self.fault is None or (self.fault_tables and table.upper() not in self.fault_tables):
            return None
        with self.lock:
            return self.fault if self.rng.random() < self.fault_rate else None

    def table_updated(self, table_id: str) -> str:
        return self.updated.get(table_id, TABLES[table_id].updated)

    def table_active(self, table_id: str) -> bool:
        return TABLES[table_id].active and table_id not in self.inactive


class _Handler(BaseHTTPRequestHandler):
    server: FakeStatBankServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet by default
        return

    def do_GET(self) -> None:
        self._send(404, b'{"errorTypeCode":"REQUEST-NOTFOUND","message":"Siden kan ikke findes. / Page not found."}')

    def do_POST(self) -> None:
        config = self.server.config
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length)
        endpoint = self.path.rstrip("/").split("/")[-1].lower()
        try:
            body = json.loads(raw.decode("utf-8")) if raw else None
        except (UnicodeDecodeError, json.JSONDecodeError):
            body = None
        table_id = str((body or {}).get("table", "")).upper()
        with config.lock:
            config.request_log.append((endpoint, table_id))
        if config.latency_ms:
            time.sleep(config.latency_ms / 1000)
        fault = config.draw_fault(table_id)
        if fault == "5xx":
            self._send(503, b"<html><body>Service Unavailable</body></html>", "text/html")
            return
        if fault == "429":
            self._send(429, b"Too Many Requests", "text/plain", {"Retry-After": "0"})
            return
        if fault == "timeout":
            time.sleep(config.timeout_seconds)
        options = Options(
            changed_codes=fault == "changed-codes",
            revision=config.revision,
            cell_limit=config.cell_limit,
            zero_areas=frozenset(config.zero_areas),
        )
        try:
            content, content_type = self._answer(endpoint, body, table_id, options)
        except ApiError as error:
            self._send(error.status, error.body())
            return
        if fault == "truncated":
            self._send(200, content[: len(content) // 2], content_type, length=len(content))
            return
        self._send(200, content, content_type)

    def _answer(self, endpoint: str, body: Any, table_id: str, options: Options) -> tuple[bytes, str]:
        config = self.server.config
        if endpoint not in ("tables", "tableinfo", "data"):
            raise ApiError(404, "REQUEST-NOTFOUND", "Siden kan ikke findes. / Page not found.")
        if not isinstance(body, dict):
            raise ApiError(
                400,
                "REQUEST-EMPTY",
                "Medsend gyldigt JSON-objekt når der postes. / Supply valid JSON-object when posting.",
            )
        if endpoint == "tables":
            items = [
                {
                    "id": t.id,
                    "text": t.text,
                    "unit": t.unit,
                    "updated": config.table_updated(t.id),
                    "firstPeriod": t.time_codes[0],
                    "latestPeriod": t.time_codes[-1],
                    "active": config.table_active(t.id),
                    "variables": [t.area_variable, *(v.id for v in t.variables), "tid"],
                }
                for t in TABLES.values()
            ]
            return json.dumps(items, ensure_ascii=False).encode(), "application/json; charset=utf-8"
        if not table_id:
            raise ApiError(400, "REQUEST-MISSING", "Der er ikke angivet nogen tabel-id.")
        table = TABLES.get(table_id)
        if table is None:
            raise ApiError(400, "EXTRACT-NOTFOUND", f"Tabel findes ikke: {body.get('table')}")
        if endpoint == "tableinfo":
            info = tableinfo(table, options, config.table_updated(table.id), str(body.get("lang", "da")))
            info["active"] = config.table_active(table.id)
            return json.dumps(info, ensure_ascii=False).encode(), "application/json; charset=utf-8"
        return evaluate(table, body, options)

    def _send(
        self,
        status: int,
        content: bytes,
        content_type: str = "application/json; charset=utf-8",
        headers: dict[str, str] | None = None,
        length: int | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(length if length is not None else len(content)))
        self.send_header(SAMPLE_DATA_HEADER, "1")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        try:
            self.wfile.write(content)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return
        if length is not None:
            self.close_connection = True


class FakeStatBankServer(LoopbackServer):
    """A fake StatBank; ``url`` is its base URL (``…/v1``)."""

    base_path = "/v1"
    thread_name = "fake-statbank"

    def __init__(self, port: int = 0, config: FakeConfig | None = None, host: str = "127.0.0.1") -> None:
        super().__init__((host, port), _Handler)
        self.config = config or FakeConfig()
