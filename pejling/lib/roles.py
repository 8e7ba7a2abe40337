"""Staff roles and what each may do: one table, read by the permission rules (``pejling/accounts/rules.py``).

A role grants an action on everything (``ALL``) or only on the initiatives a person owns or, when so granted,
those of their forvaltning (``OWN``). An action a role does not list is refused."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pejling.lib.i18n import gettext_noop

ADMINISTRATOR = "administrator"
STRATEGY = "strategi"
OWNER = "initiativejer"
MODERATOR = "moderator"
READER = "laeser"

Scope = Literal["all", "own"]
ALL: Scope = "all"
OWN: Scope = "own"


@dataclass(frozen=True)
class Role:
    code: str
    label: str  # Danish, the gettext msgid; also the Django group's name
    description: str


ROLES: dict[str, Role] = {
    r.code: r
    for r in (
        Role(ADMINISTRATOR, gettext_noop("Administrator"), gettext_noop("Alt, også brugere og roller.")),
        Role(
            STRATEGY,
            gettext_noop("Strategi og analyse"),
            gettext_noop("Planer, fortolkninger, bindinger, lokale data, initiativer og perioder."),
        ),
        Role(
            OWNER,
            gettext_noop("Initiativejer"),
            gettext_noop("Egne initiativer og, hvis det er tildelt, forvaltningens."),
        ),
        Role(
            MODERATOR,
            gettext_noop("Moderator"),
            gettext_noop("Borgernes og virksomhedernes input: moderere, besvare og eksportere."),
        ),
        Role(READER, gettext_noop("Læser"), gettext_noop("Alle redaktionens sider, kun læse.")),
    )
}

# Every action a write path checks. The view action covers every staff page.
VIEW_STAFF_PAGES = "view_staff_pages"
EDIT_INITIATIVE = "edit_initiative"  # owner, description, dates, status, cadence, Mål
MANAGE_MILESTONES = "manage_milestones"
EDIT_BUDGET = "edit_budget"
SUBMIT_UPDATE = "submit_update"
LOCK_PERIOD = "lock_period"
UPLOAD_LOCAL_DATA = "upload_local_data"
MANAGE_USERS = "manage_users"
EXPORT_AUDIT = "export_audit"
BUILD_REPORT = "build_report"  # the byrådsrapport, archived for good
MODERATE_INPUT = "moderate_input"  # publish, hide and restore contributions; the daily digest
ANSWER_INPUT = "answer_input"  # the municipality's answer and status; the staff export

ACTIONS = (
    VIEW_STAFF_PAGES,
    EDIT_INITIATIVE,
    MANAGE_MILESTONES,
    EDIT_BUDGET,
    SUBMIT_UPDATE,
    LOCK_PERIOD,
    UPLOAD_LOCAL_DATA,
    MANAGE_USERS,
    EXPORT_AUDIT,
    BUILD_REPORT,
    MODERATE_INPUT,
    ANSWER_INPUT,
)
# Actions that concern one initiative (checked against the object; the OWN scope applies to them).
INITIATIVE_ACTIONS = frozenset({EDIT_INITIATIVE, MANAGE_MILESTONES, EDIT_BUDGET, SUBMIT_UPDATE})

_STAFF_WRITES = {action: ALL for action in ACTIONS if action != MANAGE_USERS}
MATRIX: dict[str, dict[str, Scope]] = {
    ADMINISTRATOR: {action: ALL for action in ACTIONS},
    STRATEGY: _STAFF_WRITES,
    OWNER: {VIEW_STAFF_PAGES: ALL, **{action: OWN for action in INITIATIVE_ACTIONS}},
    MODERATOR: {VIEW_STAFF_PAGES: ALL, MODERATE_INPUT: ALL, ANSWER_INPUT: ALL},
    READER: {VIEW_STAFF_PAGES: ALL},
}


def scope(roles: set[str], action: str) -> Scope | None:
    """The widest scope any of the roles gives for the action, or None when none allows it."""
    scopes = {MATRIX.get(role, {}).get(action) for role in roles}
    if ALL in scopes:
        return ALL
    return OWN if OWN in scopes else None
