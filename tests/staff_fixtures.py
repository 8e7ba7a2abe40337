"""Staff of every role, with the Randers plan loaded (no data: the editor needs only the plan). The fixtures
need ``randers_loaded`` (tests/dashboard/conftest.py) where they are used."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pejling.accounts.actions import ensure_forvaltning, save_staff
from pejling.accounts.actors import Operator
from pejling.editor.actions import edit_initiative
from pejling.editor.queries import initiative_entity, record_for
from pejling.plans.models import Plan

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
SHELL = Operator("test")
PASSWORD = "korrekt-hest-batteri-hæfteklamme"


@pytest.fixture
def plan(randers_loaded):
    return Plan.objects.get()


def entity(plan, key):
    return initiative_entity(plan, key)


def record(plan, key):
    return record_for(initiative_entity(plan, key), NOW.date())


@pytest.fixture
def staff(plan, settings):
    """One user per role; the owner owns 1.i1; the forvaltning owner keeps all of Børn og Skole's (1.i1, 1.i2)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast for tests only
    school = ensure_forvaltning(SHELL, NOW, "Børn og Skole", contact_email="chef@randers.dk")
    users = {
        "administrator": save_staff(SHELL, NOW, "admin@randers.dk", roles=["administrator"]),
        "strategi": save_staff(SHELL, NOW, "analyse@randers.dk", roles=["strategi"]),
        "owner": save_staff(SHELL, NOW, "ejer@randers.dk", roles=["initiativejer"]),
        "forvaltning_owner": save_staff(
            SHELL, NOW, "leder@randers.dk", roles=["initiativejer"], forvaltning=school, forvaltning_grant=True
        ),
        "other_owner": save_staff(SHELL, NOW, "anden@randers.dk", roles=["initiativejer"]),
        "reader": save_staff(SHELL, NOW, "byraad@randers.dk", roles=["laeser"]),
        "moderator": save_staff(SHELL, NOW, "dialog@randers.dk", roles=["moderator"]),
    }
    for user in users.values():
        user.set_password(PASSWORD)
        user.save()
    edit_initiative(SHELL, NOW, record(plan, "1.i1"), owner=users["owner"], forvaltning=school)
    edit_initiative(SHELL, NOW, record(plan, "1.i2"), forvaltning=school)
    edit_initiative(SHELL, NOW, record(plan, "2.i1"), owner=users["other_owner"])
    return users
