"""Writes about staff: adding a user with a role, changing roles and forvaltning. Each is one audited change."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from pejling.accounts.models import Forvaltning, StaffProfile
from pejling.accounts.roles import forget_roles, group_for
from pejling.accounts.rules import require
from pejling.audit.trail import change
from pejling.lib.roles import ADMINISTRATOR, MANAGE_USERS, ROLES


def _check_roles(roles: Iterable[str]) -> list[str]:
    unknown = [role for role in roles if role not in ROLES]
    if unknown:
        raise ValidationError(f"ukendt rolle / unknown role: {', '.join(unknown)} (kendte / known: {', '.join(ROLES)})")
    return list(roles)


def ensure_forvaltning(actor: Any, now: datetime, name: str, *, contact_email: str = "") -> Forvaltning:
    require(actor, MANAGE_USERS)
    found: Forvaltning | None = Forvaltning.objects.filter(name=name).first()
    if found is not None and (not contact_email or found.contact_email == contact_email):
        return found
    with change(actor, now, "forvaltning.save") as audit:
        forvaltning = found or Forvaltning(name=name)
        audit.track(forvaltning)
        if contact_email:
            forvaltning.contact_email = contact_email
        forvaltning.save()
    return forvaltning


def save_staff(
    actor: Any,
    now: datetime,
    email: str,
    *,
    roles: Iterable[str],
    forvaltning: Forvaltning | None = None,
    forvaltning_grant: bool = False,
    name: str = "",
) -> Any:
    """Create or change the staff member with this e-mail address: their roles (replacing the old ones), their
    forvaltning and whether they may keep all of its initiatives."""
    require(actor, MANAGE_USERS)
    email = email.strip().lower()
    validate_email(email)
    wanted = _check_roles(roles)
    user_model = get_user_model()
    with change(actor, now, "user.save", announce_as="staff") as audit:
        user = user_model.objects.filter(username=email).first()
        if user is None:
            user = user_model(username=email, email=email)
            user.set_unusable_password()
        audit.track(user)
        if name:
            user.first_name, _, user.last_name = name.partition(" ")
        if user.pk is None:
            user.date_joined = now
        user.is_staff = user.is_superuser = ADMINISTRATOR in wanted  # administrators use Django's admin too
        user.save()
        user.groups.set([group_for(role) for role in wanted])
        forget_roles(user)
        profile = StaffProfile.objects.filter(user=user).first() or StaffProfile(user=user)
        audit.track(profile)
        profile.forvaltning = forvaltning
        profile.forvaltning_grant = forvaltning_grant
        profile.save()
    return user
