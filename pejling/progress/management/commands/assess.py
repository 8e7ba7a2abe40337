"""``pejling assess [--as-of DATE] [--method robust|opensdg] [--plan ID]``."""

from __future__ import annotations

import sys
from datetime import date
from typing import IO, Any, cast

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn

from pejling.lib.progress import DEFAULT_METHOD, METHODS
from pejling.lib.progress.statuses import STATUSES, in_order
from pejling.plans.queries import current_plan_files, latest_versions
from pejling.progress.assess import assess_plan
from pejling.progress.shared import SharedComputations


class Command(BaseCommand):
    help = "Vurdér alle mål for alle kommuner / assess every Mål for every municipality."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--as-of", type=date.fromisoformat, help="opgørelsesdato (ÅÅÅÅ-MM-DD); standard: i dag")
        parser.add_argument("--method", choices=sorted(METHODS), default=DEFAULT_METHOD)
        parser.add_argument("--plan", help="kun denne plan (id)")

    def handle(self, *args: Any, **options: Any) -> None:
        console = Console(file=cast(IO[str], self.stdout), highlight=False, soft_wrap=True)
        as_of = options["as_of"] or timezone.localdate()
        versions = {v.plan.slug: v for v in latest_versions()}
        plans = current_plan_files(options["plan"])
        if not plans:
            console.print("Ingen plan er indlæst / no plan loaded")
            sys.exit(2)
        shared = SharedComputations()  # what the plans have in common is computed once
        for slug, plan_file in plans:
            targets = sum(len(g.targets) for g in plan_file.goals)
            with Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=console, transient=True
            ) as progress:
                task = progress.add_task(f"Vurderer / assessing {slug}", total=targets)

                def advance(key: str, task: TaskID = task) -> None:
                    progress.update(task, advance=1, description=f"mål {key}")

                summary = assess_plan(
                    versions[slug],
                    plan_file,
                    as_of=as_of,
                    now=timezone.now(),
                    method=options["method"],
                    on_target=advance,
                    shared=shared,
                )
            counts = ", ".join(f"{STATUSES[k].label}: {v}" for k, v in in_order(summary.statuses))
            console.print(
                f"✓ {slug} pr. {as_of}: {summary.assessments} vurderinger / assessments "
                f"({targets} mål × {summary.assessments // max(targets, 1)} kommuner). "
                f"{versions[slug].plan.municipality_code}: {counts}"
            )
