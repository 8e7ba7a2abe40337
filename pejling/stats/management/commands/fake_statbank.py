"""``pejling fake_statbank --port N [--latency-ms MS] [--fault KIND --fault-rate R]`` (also ``fake-statbank``)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from pejling.lib.fakestat.server import FAULT_KINDS, FakeConfig, FakeStatBankServer
from pejling.lib.sources import SOURCES


class Command(BaseCommand):
    help = "Start Pejlings testserver for Statistikbanken / start the fake StatBank server (eksempeldata)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=8765)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--latency-ms", type=float, default=0.0)
        parser.add_argument("--fault", choices=FAULT_KINDS)
        parser.add_argument("--fault-rate", type=float, default=0.0)
        parser.add_argument("--fault-table", action="append", default=[], help="kun fejl for denne tabel")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--revision", type=int, default=0, help="revidér seneste periode / revise the latest period"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        config = FakeConfig(
            latency_ms=options["latency_ms"],
            fault=options["fault"],
            fault_rate=options["fault_rate"],
            fault_tables={t.upper() for t in options["fault_table"]},
            seed=options["seed"],
            revision=options["revision"],
        )
        server = FakeStatBankServer(options["port"], config, host=options["host"])
        self.stdout.write(
            f"Testserver for Statistikbanken på / fake StatBank at {server.url} "
            f"({SOURCES['statbank'].sample_citation}). Stop med Ctrl+C."
        )
        self.stdout.write(f"Brug / use: PEJLING_STATBANK_URL={server.url} pejling sync")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
