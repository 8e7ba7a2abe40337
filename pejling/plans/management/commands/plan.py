"""``pejling plan check FILE`` and ``pejling plan load FILE [--commit]``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Any, cast

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from pejling.accounts.actors import shell_operator
from pejling.lib.planfile.summary import summarize
from pejling.lib.planfile.validate import CheckResult, check_plan_file
from pejling.lib.statbank.online_check import BindingCheck
from pejling.plans.loader import plan_load
from pejling.stats.online import check_plan_online


class Command(BaseCommand):
    help = "Tjek eller indlæs en planfil / check or load a plan file."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        check = actions.add_parser("check", help="Valider en planfil og vis alle fejl / validate a plan file")
        check.add_argument("file", type=Path)
        check.add_argument("--format", choices=["text", "json"], default="text")
        check.add_argument(
            "--online",
            action="store_true",
            help="hold hver binding op mod den levende /tableinfo (PEJLING_STATBANK_URL) / check every binding "
            "against the live /tableinfo",
        )
        load = actions.add_parser(
            "load",
            help="Indlæs en planfil (prøvekørsel uden --commit) / load a plan file (dry run by default)",
        )
        load.add_argument("file", type=Path)
        load.add_argument("--commit", action="store_true", help="skriv ændringerne / write the changes")

    def handle(self, *args: Any, **options: Any) -> None:
        console = Console(file=cast(IO[str], self.stdout), soft_wrap=True, highlight=False)
        result = check_plan_file(options["file"])
        if options["action"] == "check":
            self._report_check(console, options["file"], result, options["format"], options["online"])
        else:
            self._load(console, options["file"], result, options["commit"])

    def _report_check(self, console: Console, path: Path, result: CheckResult, fmt: str, online: bool) -> None:
        rows = check_plan_online(result.plan) if online and result.plan is not None else []
        if fmt == "json":
            payload = {
                "valid": result.valid and all(row.ok for row in rows),
                "errors": [problem.as_dict() for problem in result.problems],
                "warnings": [warning.as_dict() for warning in result.warnings],
                **({"online": [row.as_dict() for row in rows]} if online else {}),
                **summarize(result.raw),
            }
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            self._print_problems(console, path, result)
            if result.valid:
                counts = summarize(result.raw)["counts"]
                console.print(
                    f"[green]✓[/] {path}: gyldig / valid — {counts['goals']} målsætninger, "
                    f"{counts['prerequisites']} forudsætninger, {counts['targets']} mål, "
                    f"{counts['initiatives']} initiativer"
                )
            if rows:
                self._print_online(console, rows)
        if not result.valid or not all(row.ok for row in rows):
            sys.exit(1)

    def _print_online(self, console: Console, rows: list[BindingCheck]) -> None:
        table = Table("Binding", "Tabel / table", "Resultat / result")
        for row in rows:
            verdict = "OK" if row.ok else f"{row.message} [{row.code}]"
            table.add_row(row.binding, row.table, escape(verdict))
        console.print(table)
        problems = sum(not row.ok for row in rows)
        console.print(
            f"Online: {len(rows) - problems} OK, {problems} problemer / problems ({settings.PEJLING_STATBANK_URL})"
        )

    def _print_problems(self, console: Console, path: Path, result: CheckResult) -> None:
        for problem in result.problems:
            where = f"{path}:{problem.line}: {problem.location}: {problem.message} [{problem.code}]"
            console.print("[red]✗[/] " + escape(where), markup=True)
        if result.problems:
            console.print(f"{len(result.problems)} fejl / errors")
        for warning in result.warnings:
            where = f"{path}:{warning.line}: {warning.location}: {warning.message} [{warning.code}]"
            console.print("[yellow]![/] " + escape(where), markup=True)

    def _load(self, console: Console, path: Path, result: CheckResult, commit: bool) -> None:
        if result.plan is None:
            self._print_problems(console, path, result)
            console.print("Intet er indlæst / nothing was loaded")
            sys.exit(1)
        outcome = plan_load(
            result.plan,
            source_text=path.read_text(encoding="utf-8"),
            source_path=str(path),
            now=timezone.now(),
            commit=commit,
            actor=shell_operator(),
        )
        if outcome.action == "unchanged":
            console.print(
                f"Uændret / unchanged: {outcome.plan_slug} er allerede indlæst som version {outcome.version_number}"
            )
            return
        verb = "Oprettet / created" if outcome.action == "create" else "Ny version / new version"
        if outcome.action == "create":
            counts = summarize(result.raw)["counts"]
            console.print(
                f"{verb}: {outcome.plan_slug} version 1 — {counts['goals']} målsætninger, "
                f"{counts['prerequisites']} forudsætninger, {counts['targets']} mål, "
                f"{counts['initiatives']} initiativer"
            )
        else:
            console.print(f"{verb}: {outcome.plan_slug} version {outcome.version_number}")
            for change in outcome.changes:
                console.print(f"  {change.path}: {_short(change.before)} → {_short(change.after)}")
        if not outcome.committed:
            console.print("Prøvekørsel — intet skrevet; brug --commit / dry run — nothing written; use --commit")


def _short(value: Any, limit: int = 80) -> str:
    if value is None:
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"
