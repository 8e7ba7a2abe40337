"""``pejling report build --plan ID --as-of DATE [--since REPORT_ID] [--lang da|en] --format pdf|docx
[--out FILE]``: build the byrådsrapport into the archive and write the file; ``pejling report list``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from pejling.accounts.actors import shell_operator
from pejling.plans.models import Plan
from pejling.plans.queries import current_plan
from pejling.reports.actions import build_report
from pejling.reports.build import RENDERERS
from pejling.reports.models import Report


class Command(BaseCommand):
    help = "Byrådsrapporten: dan og arkivér / build and archive the council report."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        build = actions.add_parser("build", help="dan rapporten / build the report")
        build.add_argument("--plan", help="plan-id (standard: sidens plan)")
        build.add_argument("--as-of", type=date.fromisoformat, help="opgjort pr. / as of (standard: i dag)")
        build.add_argument("--since", type=int, help="id på rapporten at sammenligne med (standard: den forrige)")
        build.add_argument("--lang", choices=["da", "en"], default="da")
        build.add_argument("--format", choices=sorted(RENDERERS), default="pdf")
        build.add_argument("--out", type=Path, help="filen at skrive (standard: byraadsrapport-<dato>.<format>)")
        listing = actions.add_parser("list", help="arkivets rapporter / the archived reports")
        listing.add_argument("--plan", help="plan-id (standard: alle)")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "list":
            rows = Report.objects.order_by("-as_of", "-pk").prefetch_related("files")
            if options["plan"]:
                rows = rows.filter(plan__slug=options["plan"])
            for report in rows:
                formats = ", ".join(f"{f.format} {f.sha256[:12]}" for f in report.files.all())
                self.stdout.write(f"{report.pk}\t{report.as_of}\t{report.language}\t{report.fingerprint}\t{formats}")
            return
        plan = Plan.objects.filter(slug=options["plan"]).first() if options["plan"] else current_plan()
        if plan is None:
            raise CommandError(f"planen findes ikke / no such plan: {options['plan'] or '(standard)'}")
        since = None
        if options["since"] is not None:
            since = Report.objects.filter(pk=options["since"], plan=plan).first()
            if since is None:
                raise CommandError(f"rapport {options['since']} findes ikke for / not found for {plan.slug}")
        as_of = options["as_of"] or timezone.localdate()
        built = build_report(
            shell_operator(),
            timezone.now(),
            plan,
            as_of,
            language=options["lang"],
            file_format=options["format"],
            since=since,
        )
        out = options["out"] or Path(f"byraadsrapport-{plan.slug}-{as_of}-{options['lang']}.{options['format']}")
        out.write_bytes(bytes(built.file.data))
        state = "dannet / built" if built.new else "fandtes allerede / already archived"
        self.stdout.write(f"rapport {built.report.pk} {state}: {out}")
        self.stdout.write(f"fingeraftryk / fingerprint: {built.report.fingerprint}")
        self.stdout.write(f"filens SHA-256 / file SHA-256: {built.file.sha256}")
