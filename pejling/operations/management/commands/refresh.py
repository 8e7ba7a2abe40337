"""``pejling refresh [--wait] [--fake | --offline-fallback]``: sync, then assess, then clear the page caches.

What a timer runs (``pejling deploy systemd``, or cron). It holds the data lock, so two refreshes never
overlap: a second one exits at once saying so (exit 0), or with ``--wait`` waits for the first.
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from pejling.operations.lock import LockBusy, exclusive


class Command(BaseCommand):
    help = "Hent data, vurdér og ryd sidernes cache / sync, assess and clear the page caches."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--wait", action="store_true", help="vent på en igangværende / wait for a running one")
        group = parser.add_mutually_exclusive_group()
        group.add_argument("--fake", action="store_true", help="brug den indbyggede testserver / use the fake server")
        group.add_argument("--offline-fallback", action="store_true", help="testserveren, hvis offline / when offline")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            with exclusive(wait=options["wait"]):
                code = self._refresh(options)
        except LockBusy:
            self.stdout.write("En anden opdatering kører / another refresh is running — springer over / skipping")
            return
        if code:
            sys.exit(code)

    def _refresh(self, options: dict[str, Any]) -> int:
        # `sync` marks runs left "running" by a killed sync as failed, under the same (re-entrant) lock.
        sync_options = {"fake": options["fake"], "offline_fallback": options["offline_fallback"]}
        sync_code = _exit_code(lambda: call_command("sync", stdout=self.stdout, **sync_options))
        if sync_code == 2:  # nothing to sync: no plan loaded
            return 2
        assess_code = _exit_code(lambda: call_command("assess", stdout=self.stdout))
        return sync_code or assess_code


def _exit_code(run: Any) -> int:
    try:
        run()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0
