"""``pejling reminders send [--plan ID] [--today DATE]``: the reminder mails due today, each sent once."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from pejling.editor.reminders import send_reminders
from pejling.plans.models import Plan
from pejling.plans.queries import current_plan

KINDS = {"upcoming": "påmindelse / reminder", "overdue": "mangler / overdue", "escalation": "eskalering / escalation"}


class Command(BaseCommand):
    help = "Send påmindelser om opdateringer / send update reminders."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        send = actions.add_parser("send", help="send dagens påmindelser (højst én pr. slags og periode)")
        send.add_argument("--plan", help="plan-id (standard: sidens plan)")
        send.add_argument("--today", type=date.fromisoformat, help="dagen at regne fra (standard: i dag)")

    def handle(self, *args: Any, **options: Any) -> None:
        plan = Plan.objects.filter(slug=options["plan"]).first() if options["plan"] else current_plan()
        version = plan.latest_version() if plan else None
        if version is None:
            raise CommandError(f"planen findes ikke / no such plan: {options['plan'] or '(standard)'}")
        today = options["today"] or timezone.localdate()
        sent = send_reminders(version, today=today, now=timezone.now())
        for item in sent:
            self.stdout.write(
                f"{KINDS[item.reminder.kind]}: {item.initiative} {item.reminder.period} → {item.recipient}"
            )
        self.stdout.write(f"{len(sent)} sendt / sent")
