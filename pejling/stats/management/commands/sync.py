"""``pejling sync [--only BINDING] [--force] [--fake | --offline-fallback]``."""

from __future__ import annotations

import sys
from typing import IO, Any, cast

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pejling.operations.lock import exclusive
from pejling.plans.queries import current_bindings
from pejling.stats.models import SyncRun
from pejling.stats.references import reference_requests
from pejling.stats.runner import BindingResult, mark_interrupted_runs, sync_all
from pejling.stats.sources import jobindsats_source, statbank_source


class Command(BaseCommand):
    help = "Hent data til planens indikatorer / fetch data for the plan's indicators."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--only",
            action="append",
            default=[],
            metavar="BINDING",
            help="kun denne binding (id eller plan:id); kan gentages / only this binding",
        )
        parser.add_argument("--force", action="store_true", help="hent også uændrede tabeller / refetch all")
        parser.add_argument("--plan", help="kun denne plan (id) / only this plan")
        group = parser.add_mutually_exclusive_group()
        group.add_argument("--fake", action="store_true", help="brug den indbyggede testserver / use the fake server")
        group.add_argument(
            "--offline-fallback",
            action="store_true",
            help="brug testserveren, hvis Statistikbanken ikke svarer / fake server when offline",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        with exclusive(wait=True):  # never two syncs at once; a run left "running" by a killed sync is stale
            mark_interrupted_runs(timezone.now())
            self._sync(options)

    def _sync(self, options: dict[str, Any]) -> None:
        console = Console(file=cast(IO[str], self.stdout), highlight=False, soft_wrap=True)
        bindings = current_bindings(options["plan"])
        if options["only"]:
            wanted = set(options["only"])
            bindings = [(key, b) for key, b in bindings if key in wanted or b.id in wanted]
            if not bindings:
                console.print(f"Ingen binding hedder / no binding named: {', '.join(sorted(wanted))}")
                sys.exit(2)
        if not bindings:
            console.print("Ingen plan er indlæst / no plan loaded: pejling plan load FILE --commit")
            sys.exit(2)
        with statbank_source(
            fake=options["fake"], offline_fallback=options["offline_fallback"], say=console.print
        ) as source:
            console.print(source.note)
            with (
                jobindsats_source(fake=source.fake) as jobindsats,
                Progress(
                    TextColumn("{task.description}"),
                    BarColumn(),
                    MofNCompleteColumn(),
                    TimeElapsedColumn(),
                    console=console,
                    transient=True,
                ) as progress,
            ):
                task = progress.add_task("Synkroniserer / syncing", total=len(bindings))

                def advance(result: BindingResult) -> None:
                    progress.update(task, advance=1, description=f"{result.series_key}: {result.status}")

                run, results = sync_all(
                    bindings,
                    statbank=source.client,
                    jobindsats=jobindsats,
                    now=timezone.now,
                    force=options["force"],
                    source_url=source.url,
                    on_result=advance,
                    references=[] if options["only"] else reference_requests(),
                )
        self._summary(console, run, results)
        if run.counts.get("failed"):
            sys.exit(1)

    def _summary(self, console: Console, run: SyncRun, results: list[BindingResult]) -> None:
        table = Table("Binding", "Status", "Besked / message")
        for result in results:
            message = " ".join([result.message, *result.notices, *(f"[{code}]" for code in result.codes)]).strip()
            table.add_row(result.series_key.split(":", 1)[-1], result.status, escape(message))
        console.print(table)
        c = run.counts
        console.print(
            f"Sync {run.status}: {c['fetched']} hentet / fetched, {c['skipped']} sprunget over / skipped, "
            f"{c['failed']} fejlet / failed; {c['requests']} forespørgsler / requests; observationer / observations: "
            f"{c['created']} nye / new, {c['revised']} revideret / revised, {c['unchanged']} uændrede / unchanged"
        )
