"""``pejling status [--area CODE] [--as-of DATE] [--format json]``: the plan's statuses with components."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import IO, Any, cast

from django.core.management.base import BaseCommand, CommandParser
from rich.console import Console
from rich.table import Table

from pejling.lib.progress.statuses import STATUSES, in_order
from pejling.progress.queries import plan_status


class Command(BaseCommand):
    help = "Vis planens status / show the plan's status."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--plan", help="plan-id (standard: den eneste plan)")
        parser.add_argument("--area", help="kommunekode (standard: planens kommune)")
        parser.add_argument("--as-of", type=date.fromisoformat, help="opgørelsesdato (standard: den seneste)")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        status = plan_status(options["plan"], area=options["area"], as_of=options["as_of"])
        if status is None:
            self.stdout.write("Ingen vurderinger endnu — kør `pejling assess` / no assessments yet")
            sys.exit(2)
        if options["format"] == "json":
            self.stdout.write(json.dumps(status, ensure_ascii=False, indent=2, default=str))
            return
        wide = None if self.stdout.isatty() else 200
        console = Console(file=cast(IO[str], self.stdout), highlight=False, soft_wrap=True, width=wide)
        console.print(
            f"{status['title']} — {status['area_name']} pr. {status['as_of']} (planversion {status['plan_version']})"
        )
        plan_roll = status["rollup"]
        console.print(
            f"Hele planen: gennemsnitlig score {_score(plan_roll['mean_score'])}; {_counts(plan_roll['counts'])}"
        )
        for goal in status["goals"]:
            console.print(
                f"\n{goal['number']}. {goal['title']} — score {_score(goal['rollup']['mean_score'])}; "
                f"{_counts(goal['rollup']['counts'])}"
            )
            table = Table("Mål", "Status", "Score", "Seneste", "Basis", "Note")
            for t in goal["targets"]:
                latest = "—" if t["current_value"] is None else f"{t['current_value']:.4g} ({t['current_year']})"
                base = "—" if t["base_value"] is None else f"{t['base_value']:.4g} ({t['base_year']})"
                table.add_row(
                    t["target"], t["label_da"], _score(t["score"]), latest, base, t["reason"] or t["change_note"]
                )
            console.print(table)
        console.print("Fortolkning — ikke politisk vedtaget, hvor intet andet er angivet.")


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:+.2f}"


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{STATUSES[k].label} {v}" for k, v in in_order(counts)) or "ingen"
