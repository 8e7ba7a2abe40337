"""A user's roles: membership of the Django group named after each role (``lib/roles.py``)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Group

from pejling.accounts.actors import Operator
from pejling.lib.roles import ADMINISTRATOR, ROLES

_GROUP_TO_ROLE = {role.label: code for code, role in ROLES.items()}


def group_for(role: str) -> Group:
    group, _ = Group.objects.get_or_create(name=ROLES[role].label)
    return group


def roles_of(user: Any) -> set[str]:
    """The role codes of a signed-in, active user (cached on the user object for the request)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return set()
    if isinstance(user, Operator):
        return {ADMINISTRATOR}
    cached = getattr(user, "_pejling_roles", None)
    if cached is None:
        names = user.groups.values_list("name", flat=True)
        cached = {_GROUP_TO_ROLE[name] for name in names if name in _GROUP_TO_ROLE}
        if user.is_superuser:
            cached.add(ADMINISTRATOR)
        user._pejling_roles = cached
    return set(cached)


def forget_roles(user: Any) -> None:
    if hasattr(user, "_pejling_roles"):
        del user._pejling_roles
