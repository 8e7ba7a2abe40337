"""The one interface every online source implements, framework-free: plan the requests for a series, fetch
them, parse each answer into cells, and tell whether anything changed since the last fetch.

A connector is registered with its source in ``pejling.lib.sources`` (``SourceInfo.connector``), so adding a
source is one module and one registry entry. `pejling sync` (``pejling.stats.runner``) stores what connectors
return: each data answer as a snapshot with its cells, and the side answers they keep (table lists,
tableinfo) as snapshots of their own.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from pejling.lib.bindings import SeriesRequest
from pejling.lib.problems import SOURCE_REFUSED
from pejling.lib.statbank.client import RawResponse


@dataclass(frozen=True)
class Cell:
    """A cell to store: area, period code, the other variables' codes, value, flag, and notes (provenance of
    the cell, such as a local figure's citation, never part of its identity)."""

    area: str
    period: str
    dims: dict[str, str]
    value: float | None
    flag: str = ""
    notes: dict[str, str] = field(default_factory=dict)


@dataclass
class Answer:
    """One raw answer: a series' data (``kind="data"`` with its cells) or a side answer (``tables``,
    ``tableinfo``) kept for provenance."""

    raw: RawResponse
    table: str
    request: dict[str, Any]
    kind: str = "data"
    cells: list[Cell] = field(default_factory=list)
    skipped_rows: int = 0
    table_updated: datetime | None = None
    origin: str = ""


class SourceProblem(Exception):
    """A source could not deliver a series (network, refused codes, damaged answer); the message says why and
    ``code`` is its stable problem code (``pejling.lib.problems``)."""

    def __init__(self, message: str, *, table: str = "", code: str = SOURCE_REFUSED) -> None:
        super().__init__(message)
        self.table = table
        self.code = code

    def report(self, binding: str = "", series: str = "") -> dict[str, str]:
        """The entry a sync report stores."""
        return {"binding": binding, "series": series, "table": self.table, "code": self.code, "error": str(self)}


@dataclass(frozen=True)
class ConnectContext:
    """What a connector may be built from: the clients of this run, by source key, and request limits."""

    clients: Mapping[str, Any]
    cell_limit: int


class Connector(Protocol):
    """What `pejling sync` needs of an online source."""

    key: str
    kept: list[Answer]  # side answers to store, emptied by the caller after each call

    @property
    def request_count(self) -> int:
        """Requests made so far."""

    def prepare(self) -> list[SourceProblem]:
        """Once per run, before any series (e.g. one request for every table's update time); returns warnings."""

    def changed(self, request: SeriesRequest, fetched_before: bool, last_table_updated: datetime | None) -> bool:
        """True when the series must be fetched: never fetched, or its table updated since its last answer."""

    def fetch(self, request: SeriesRequest) -> list[Answer]:
        """Plan the requests, fetch them and parse each answer into cells; raises SourceProblem."""

    def inactive(self, table: str) -> str | None:
        """The latest period of a table the source no longer updates; None while it is updated."""


class TableTimeConnector:
    """Shared by sources that publish each table's update time: a series is fetched when it never was, or when
    its table's update time is unknown or differs from the one its last answer had."""

    key = ""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.updated: dict[str, datetime | None] | None = None
        self.kept: list[Answer] = []

    @property
    def request_count(self) -> int:
        return int(self.client.request_count)

    def table_updated(self, table: str) -> datetime | None:
        return (self.updated or {}).get(table.upper())

    def inactive(self, table: str) -> str | None:
        return None

    def changed(self, request: SeriesRequest, fetched_before: bool, last_table_updated: datetime | None) -> bool:
        updated = self.table_updated(request.table)
        return not fetched_before or updated is None or last_table_updated != updated


def connect(path: str, context: ConnectContext) -> Connector | str:
    """Build the connector named by ``module:function`` for this run, or the reason it is not fetched."""
    module, _, name = path.partition(":")
    factory = getattr(importlib.import_module(module), name)
    result: Connector | str = factory(context)
    return result
