"""``pejling data import-statbank FILE``, ``pejling data import FILE --binding ID``, ``pejling data show``."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any, cast

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from pejling.accounts.actors import shell_operator
from pejling.editor.local_data import confirm, receive
from pejling.editor.models import LocalUpload
from pejling.lib.statbank.files import table_from_filename
from pejling.lib.statbank.formats import FormatError
from pejling.lib.statbank.tableinfo import parse_tableinfo
from pejling.plans.models import PlanEntity
from pejling.plans.queries import current_bindings
from pejling.stats.imports import import_statbank_file
from pejling.stats.indicator_provenance import indicator_values_with_provenance
from pejling.stats.provenance import observations_with_provenance

TEXT_LIMIT = 500


class Command(BaseCommand):
    help = "Indlæs eller vis data / import or show data."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        statbank = actions.add_parser("import-statbank", help="CSV fra statistikbanken.dk eller API'et")
        statbank.add_argument("file", type=Path)
        statbank.add_argument("--table", help="tabel-id (ellers fra filnavnet) / table id (else from the file name)")
        statbank.add_argument(
            "--tableinfo",
            type=Path,
            help="tabellens tableinfo (JSON) til at oversætte etiketter / the table's tableinfo to map labels",
        )
        local = actions.add_parser("import", help="lokale data til en 'local'-binding (CSV eller XLSX)")
        local.add_argument("file", type=Path)
        local.add_argument("--binding", required=True)
        local.add_argument("--source", default="", help="kildehenvisning for alle rækker / citation for every row")
        local.add_argument("--entered-by", default="", help="hvem indtastede / who entered the data")
        show = actions.add_parser("show", help="vis observationer med kilde / show observations with provenance")
        which = show.add_mutually_exclusive_group(required=True)
        which.add_argument("--table", help="rå observationer / raw observations")
        which.add_argument("--binding", help="bindingens indikatorværdier / the binding's indicator values")
        show.add_argument("--area")
        show.add_argument("--format", choices=["text", "json"], default="text")
        show.add_argument(
            "--limit", type=int, help=f"højst så mange rækker / at most this many rows (text: {TEXT_LIMIT})"
        )
        show.add_argument("--offset", type=int, default=0, help="spring så mange over / skip this many rows")

    def handle(self, *args: Any, **options: Any) -> None:
        wide = None if self.stdout.isatty() else 200
        self.console = Console(file=cast(IO[str], self.stdout), highlight=False, soft_wrap=True, width=wide)
        {"import-statbank": self._import_statbank, "import": self._import_local, "show": self._show}[options["action"]](
            options
        )

    def _fail(self, message: str) -> None:
        self.console.print(f"[red]✗[/] {message}")
        sys.exit(1)

    def _import_statbank(self, options: dict[str, Any]) -> None:
        path: Path = options["file"]
        table = (options["table"] or table_from_filename(path) or "").upper()
        if not table:
            self._fail(f"{path}: angiv --table / give --table (tabel-id kan ikke læses af filnavnet)")
        if not path.is_file():
            self._fail(f"filen findes ikke / file not found: {path}")
        try:
            tableinfo = parse_tableinfo(options["tableinfo"].read_bytes()) if options["tableinfo"] else None
        except (OSError, ValueError, KeyError) as exc:
            self._fail(f"{options['tableinfo']}: ikke en tableinfo / not a tableinfo answer ({exc})")
            return
        try:
            result = import_statbank_file(path, table=table, now=timezone.now(), tableinfo=tableinfo)
        except FormatError as exc:
            self._fail(f"{path}: {exc} — intet gemt / nothing stored")
            return
        if result.problems:
            self._report_left_out(result.skipped)
            for problem in result.problems:
                self.console.print(
                    "[red]✗[/] " + escape(f"{path}:{problem.line}: tabel {table}, {problem.message} [{problem.code}]")
                )
            self._fail(f"{len(result.problems)} fejl / errors — intet gemt / nothing stored")
        c = result.counts
        self.console.print(
            f"✓ {path}: tabel {table}, {c['rows']} rækker / rows: {c['created']} nye / new, "
            f"{c['revised']} revideret / revised, {c['unchanged']} uændrede / unchanged"
        )
        for label in result.series:
            self.console.print(f"  → serie / series {label}")
        for warning in result.warnings:
            self.console.print(f"  [yellow]![/] {warning}")
        if not result.read_by_bindings:
            self.console.print(
                "  ingen binding læser dette udsnit; gemt som egen serie / no binding reads this slice; "
                "stored as a series of its own"
            )
        self._report_left_out(result.skipped)

    def _report_left_out(self, skipped: dict[str, int]) -> None:
        for label, count in sorted(skipped.items()):
            self.console.print(
                f"  udeladt / left out: {label!r} ({count} rækker / rows; ikke kommune, region eller land)"
            )

    def _import_local(self, options: dict[str, Any]) -> None:
        path: Path = options["file"]
        matches = [(key, b) for key, b in current_bindings() if options["binding"] in (key, b.id)]
        if not matches:
            self._fail(f"ingen binding hedder / no binding named {options['binding']!r}")
        _, binding = matches[0]
        if binding.source != "local":
            self._fail(f"binding {binding.id} henter fra {binding.source}, ikke lokale data / is not a local binding")
        if not path.is_file():
            self._fail(f"filen findes ikke / file not found: {path}")
        entity = PlanEntity.objects.filter(
            kind=PlanEntity.Kind.BINDING, key=binding.id, plan__slug=matches[0][0].split(":")[0]
        )
        operator, now = shell_operator(), timezone.now()
        # the same path as an upload in the browser: the file is kept with who loaded it, and audited
        upload = receive(
            operator, now, entity.get(), name=path.name, content=path.read_bytes(), citation=options["source"]
        )
        if upload.state == LocalUpload.State.PENDING:
            upload = confirm(operator, now, upload, binding, entered_by=options["entered_by"] or getpass.getuser())
        if upload.problems:
            for problem in upload.problems:
                where = f"{path}:{problem['line']}: {problem['message']} [{problem['code']}]"
                self.console.print("[red]✗[/] " + escape(where))
            self._fail(f"{len(upload.problems)} fejl / errors — intet gemt / nothing stored")
        c = upload.counts
        self.console.print(
            f"✓ {path} → {binding.id}: {c['created']} nye / new, {c['revised']} revideret / revised, "
            f"{c['unchanged']} uændrede / unchanged"
        )

    def _show(self, options: dict[str, Any]) -> None:
        if options["binding"]:
            self._show_binding(options)
            return
        everything = observations_with_provenance(options["table"], options["area"])
        offset, limit = max(options["offset"], 0), options["limit"]
        if options["format"] == "json":
            selected = everything if (offset, limit) == (0, None) else everything[offset : offset + (limit or 10**12)]
            self._write_json_array(selected)
            return
        total = len(everything)
        rows = everything[offset : offset + (limit if limit is not None else TEXT_LIMIT)]
        if not rows:
            self.console.print(f"Ingen observationer for tabel {options['table']} / no observations")
            return
        flags = {"missing": "mangler", "suppressed": "diskretioneret", "preliminary": "foreløbig", "": ""}
        table = Table("Område", "Periode", "Koder", "Værdi", "Markering", "Hentet / retrieved", "Serie")
        for row in rows:
            value = "—" if row["value"] is None else f"{row['value']:g}"
            codes = ", ".join(f"{k}={v}" for k, v in row["dims"].items())
            table.add_row(
                f"{row['area']} {row['area_name']}",
                row["period"],
                codes,
                value,
                flags[row["flag"]],
                row["provenance"]["retrieved_at"][:16],
                row["series"],
            )
        self.console.print(table)
        self._print_sources([row["provenance"] for row in rows])
        if len(rows) < total:
            self.console.print(
                f"Viser / showing {offset + 1}–{offset + len(rows)} af / of {total}; "
                "brug / use --offset, --limit eller / or --format json"
            )

    def _print_sources(self, provenances: list[dict[str, Any]]) -> None:
        """One line per distinct source; sample data from the fake server say so and nothing else."""
        seen = dict.fromkeys(
            (p["citation"], p["producer"], p["table_url"], p["licence"], bool(p.get("sample_data")))
            for p in provenances
        )
        for citation, producer, url, licence, sample in seen:
            line = " · ".join(part for part in (citation, producer, url, f"licens {licence}") if part)
            self.console.print(f"[bold]{escape(line)}[/]" if sample else escape(line))

    def _show_binding(self, options: dict[str, Any]) -> None:
        matches = [b for key, b in current_bindings() if options["binding"] in (key, b.id)]
        if not matches:
            self._fail(f"ingen binding hedder / no binding named {options['binding']!r}")
        rows = indicator_values_with_provenance(matches[0], options["area"])
        offset, limit = max(options["offset"], 0), options["limit"]
        if options["format"] == "json":
            self._write_json_array(rows[offset : offset + limit] if limit is not None else rows[offset:])
            return
        if not rows:
            self.console.print(f"Ingen indikatorværdier for / no indicator values for {matches[0].id}: kør / run sync")
            return
        shown = rows[offset : offset + (limit if limit is not None else TEXT_LIMIT)]
        table = Table("Område", "Periode", "Værdi", "Tæller", "Nævner", "Bemærkning", "Hentet / retrieved")
        for row in shown:
            retrieved = (row["provenance"]["snapshot"] or {}).get("retrieved_at", "")
            table.add_row(
                f"{row['area']} {row['area_name']}",
                row["period"],
                *("—" if row[k] is None else f"{row[k]:g}" for k in ("value", "numerator", "denominator")),
                row["note"],
                retrieved[:16],
            )
        self.console.print(table)
        self._print_sources([row["provenance"] for row in rows])
        if len(shown) < len(rows):
            self.console.print(f"Viser / showing {offset + 1}–{offset + len(shown)} af / of {len(rows)}")

    def _write_json_array(self, rows: Iterable[dict[str, Any]]) -> None:
        """Stream a JSON array row by row, so that a table of any size prints in bounded memory."""
        self.stdout.write("[", ending="")
        for position, row in enumerate(rows):
            self.stdout.write(("," if position else "") + "\n  " + json.dumps(row, ensure_ascii=False), ending="")
        self.stdout.write("\n]")
