"""The permission rules, one per action in ``lib/roles.MATRIX``, registered with django-rules as
``pejling.<action>``: allowed when one of the user's roles gives the action on everything, or on the
initiative in question when it is the user's own (or their forvaltning's, when so granted)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from rules import has_perm, predicate, set_perm  # type: ignore[attr-defined]

from pejling.accounts.roles import roles_of
from pejling.lib import roles as table


def owns(user: Any, record: Any) -> bool:
    """Whether ``record`` (an initiative record) is the user's, or their forvaltning's and they are granted it."""
    if record is None or not getattr(user, "is_authenticated", False):
        return False
    if record.owner_id is not None and record.owner_id == user.pk:
        return True
    profile = getattr(user, "staff_profile", None)
    return bool(
        profile is not None
        and profile.forvaltning_grant
        and profile.forvaltning_id is not None
        and record.forvaltning_id == profile.forvaltning_id
    )


def _rule(action: str) -> Any:
    @predicate(name=f"may_{action}")  # type: ignore[untyped-decorator, no-untyped-call]
    def allowed(user: Any, obj: Any = None) -> bool:
        scope = table.scope(roles_of(user), action)
        if scope == table.ALL:
            return True
        return scope == table.OWN and ((obj is None and action not in table.INITIATIVE_ACTIONS) or owns(user, obj))

    return allowed


for _action in table.ACTIONS:
    set_perm(f"pejling.{_action}", _rule(_action))  # type: ignore[no-untyped-call]


def may(user: Any, action: str, obj: Any = None) -> bool:
    return bool(has_perm(f"pejling.{action}", user, obj))  # type: ignore[no-untyped-call]


def require(user: Any, action: str, obj: Any = None) -> None:
    """Raise PermissionDenied (a 403) unless the user may do ``action`` (on ``obj``)."""
    if not may(user, action, obj):
        raise PermissionDenied(f"{action} refused for {getattr(user, 'username', 'anonymous')}")
