"""``pejling participation digest|notify|purge [--plan ID] [--today DATE]``: the moderators' daily digest, the mails
about changed initiatives, and the daily clean-up of personal data (unconfirmed input, warnings, deletions). Each
is safe to run more than once a day."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from pejling.participation.digest import send_digest
from pejling.participation.notify import notify
from pejling.participation.retention import purge
from pejling.plans.models import Plan
from pejling.plans.queries import current_plan


class Command(BaseCommand):
    help = "Inddragelse: moderatoroversigt og sletning af personoplysninger / participation digest and purge."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        digest = actions.add_parser("digest", help="send dagens oversigt til moderatorerne (én gang pr. dag)")
        digest.add_argument("--plan", help="plan-id (standard: sidens plan)")
        digest.add_argument("--today", type=date.fromisoformat, help="dagen (standard: i dag)")
        actions.add_parser("notify", help="giv besked til dem, hvis initiativ har ændret sig siden sidst")
        cleanup = actions.add_parser("purge", help="slet ubekræftet input og udløbne personoplysninger (advar først)")
        cleanup.add_argument("--today", type=date.fromisoformat, help="dagen (standard: i dag)")

    def handle(self, *args: Any, **options: Any) -> None:
        today = options.get("today") or timezone.localdate()
        if options["action"] == "notify":
            told = notify(timezone.now())
            for item in told:
                self.stdout.write(
                    f"besked / notified: bidrag {item.contribution} om {item.initiative} ({item.changes})"
                )
            self.stdout.write(f"{len(told)} sendt / sent")
            return
        if options["action"] == "purge":
            done = purge(today=today, now=timezone.now())
            self.stdout.write(
                f"ubekræftet slettet / unconfirmed deleted: {done.expired}; advaret / warned: {len(done.warned)}; "
                f"slettet / erased: {done.erased}"
            )
            return
        plan = Plan.objects.filter(slug=options["plan"]).first() if options["plan"] else current_plan()
        version = plan.latest_version() if plan else None
        if version is None:
            raise CommandError(f"planen findes ikke / no such plan: {options['plan'] or '(standard)'}")
        sent = send_digest(version, today=today, now=timezone.now())
        for address in sent:
            self.stdout.write(f"oversigt / digest → {address}")
        self.stdout.write(f"{len(sent)} sendt / sent")
