"""``pejling user add EMAIL --role ROLE [--initiative ID] [--forvaltning NAME]`` and ``pejling user list``."""

from __future__ import annotations

import sys
from typing import IO, Any, cast

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.utils import timezone
from rich.console import Console
from rich.table import Table

from pejling.accounts.actions import ensure_forvaltning, save_staff
from pejling.accounts.actors import shell_operator
from pejling.accounts.roles import roles_of
from pejling.editor.actions import edit_initiative
from pejling.editor.queries import initiative_entity, record_for
from pejling.lib.roles import ROLES
from pejling.plans.models import Plan
from pejling.plans.queries import current_plan


class Command(BaseCommand):
    help = "Tilføj eller vis medarbejdere / add or list staff."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        add = actions.add_parser("add", help="opret eller ændr en medarbejder / create or change a staff member")
        add.add_argument("email")
        add.add_argument("--role", action="append", required=True, choices=sorted(ROLES), help="kan gentages")
        add.add_argument(
            "--initiative", action="append", default=[], help="initiativ-id, brugeren bliver ansvarlig (kan gentages)"
        )
        add.add_argument(
            "--forvaltning", help="forvaltningens navn; en initiativejer får alle forvaltningens initiativer"
        )
        add.add_argument("--name", default="", help="fulde navn / full name")
        add.add_argument("--plan", help="plan-id for --initiative (standard: sidens plan)")
        actions.add_parser("list", help="vis medarbejdere og roller / list staff and roles")

    def handle(self, *args: Any, **options: Any) -> None:
        self.console = Console(file=cast(IO[str], self.stdout), highlight=False, soft_wrap=True, width=200)
        if options["action"] == "list":
            self._list()
            return
        try:
            self._add(options)
        except ValidationError as error:
            for message in error.messages:
                self.stdout.write(f"fejl / error: {message}")
            sys.exit(2)

    def _add(self, options: dict[str, Any]) -> None:
        operator, now = shell_operator(), timezone.now()
        plan = None
        if options["initiative"]:
            plan = Plan.objects.filter(slug=options["plan"]).first() if options["plan"] else current_plan()
            if plan is None:
                raise ValidationError(f"planen findes ikke / no such plan: {options['plan'] or '(standard)'}")
        with transaction.atomic():
            forvaltning = ensure_forvaltning(operator, now, options["forvaltning"]) if options["forvaltning"] else None
            user = save_staff(
                operator,
                now,
                options["email"],
                roles=options["role"],
                forvaltning=forvaltning,
                forvaltning_grant=forvaltning is not None,
                name=options["name"],
            )
            for key in options["initiative"]:
                assert plan is not None
                entity = initiative_entity(plan, key)
                if entity is None:
                    raise ValidationError(f"initiativet findes ikke i {plan.slug} / no such initiative: {key}")
                record = record_for(entity, now.date())
                fields: dict[str, Any] = {"owner": user} | ({"forvaltning": forvaltning} if forvaltning else {})
                edit_initiative(operator, now, record, **fields)
        roles = ", ".join(sorted(roles_of(user)))
        self.stdout.write(f"{user.get_username()}: {roles}")
        if not user.has_usable_password():
            self.stdout.write(
                f"Log ind med OpenID Connect, eller sæt en adgangskode / set a password: "
                f"pejling changepassword {user.get_username()}"
            )

    def _list(self) -> None:
        table = Table("e-mail", "roller / roles", "forvaltning", "initiativer / initiatives")
        for user in get_user_model().objects.order_by("username").select_related("staff_profile__forvaltning"):
            profile = getattr(user, "staff_profile", None)
            owned = ", ".join(sorted(r.entity.key for r in user.initiatives.select_related("entity")))
            forvaltning = str(profile.forvaltning) if profile and profile.forvaltning else ""
            if profile and profile.forvaltning_grant and forvaltning:
                forvaltning += " (alle initiativer)"
            table.add_row(user.get_username(), ", ".join(sorted(roles_of(user))), forvaltning, owned)
        self.console.print(table)
