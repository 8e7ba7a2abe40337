""" "Hent mine data" and "slet mine data": the mailed link downloads exactly what is kept about the person, and
deleting leaves nothing personal in any table (the audit trail and the limits cache included); the contributions
stay, anonymised, and those never confirmed go."""

from __future__ import annotations

import json

import pytest
from django.apps import apps
from django.core import mail
from django.db import connection

from pejling.participation import actions
from pejling.participation.models import Contribution, Participant
from pejling.plans.models import PlanEntity
from tests.participation.conftest import give, last_link
from tests.participation.helpers import published
from tests.staff_fixtures import NOW

pytestmark = pytest.mark.django_db
EMAIL = "foreningen@example.dk"
ORGANISATION = "Gudenåens Venner"


def _given(client, staff):
    give(client, email=EMAIL, giver="association", organisation=ORGANISATION, age_band="50-64", postal_code="8940")
    client.post(last_link())
    c = Contribution.objects.get()
    actions.moderate(staff["moderator"], NOW, c, actions.PUBLISH)
    actions.answer(staff["moderator"], NOW, c, status="answered", text="Tak, vi ser på det.")
    give(client, email=EMAIL, text="Et udkast, der aldrig blev bekræftet.")
    return Participant.objects.get()


def _my_data_link(client) -> str:
    asked = client.post("/inddragelse/mine-data/", {"email": EMAIL.upper()})
    assert b'data-testid="asked"' in asked.content
    return last_link()


def test_the_export_is_everything_kept(client, randers_loaded, staff):
    person = _given(client, staff)
    data = client.get(_my_data_link(client) + "?format=json")
    assert data["Content-Disposition"] == 'attachment; filename="mine-data.json"'
    found = json.loads(data.content)
    first, second = Contribution.objects.order_by("pk")
    assert found == {
        "email": EMAIL,
        "display_name": person.pseudonym,
        "created_at": person.created_at.isoformat(),
        "email_confirmed_at": person.confirmed_at.isoformat(),
        "last_active_at": person.last_active_at.isoformat(),
        "deletion_warned_at": None,
        "verified_resident": False,
        "verified_age_band": "",
        "language": "da",
        "contributions": [
            {
                "id": first.pk,
                "about": "target:1.1",
                "kind": "idea",
                "as": "association",
                "organisation": ORGANISATION,
                "cvr": "",
                "age_band": "50-64",
                "postal_code": "8940",
                "text": "Flere stier langs Gudenåen.",
                "wants_updates": False,
                "verified_resident": None,
                "sent_at": first.created_at.isoformat(),
                "received_at": first.received_at.isoformat(),
                "visibility": "published",
                "status": "answered",
                "status_text": "Besvaret",
                "answer": "Tak, vi ser på det.",
                "answered_at": NOW.isoformat(),
            },
            {
                "id": second.pk,
                "about": "target:1.1",
                "kind": "idea",
                "as": "citizen",
                "organisation": "",
                "cvr": "",
                "age_band": "",
                "postal_code": "",
                "text": "Et udkast, der aldrig blev bekræftet.",
                "wants_updates": False,
                "verified_resident": None,
                "sent_at": second.created_at.isoformat(),
                "received_at": None,
                "visibility": "unconfirmed",
                "status": "received",
                "status_text": "Modtaget",
                "answer": "",
                "answered_at": None,
            },
        ],
    }


def _every_stored_text() -> str:
    """Every value of every row of every table Django knows, and the limits cache's table."""
    texts = []
    for model in apps.get_models():
        for row in model._base_manager.all().values():
            texts.append(json.dumps(row, default=str, ensure_ascii=False))
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key, value FROM pejling_limits")
        texts.extend(f"{k} {v}" for k, v in cursor.fetchall())
    return "\n".join(texts)


def test_deletion_leaves_nothing_personal(client, randers_loaded, staff):
    person = _given(client, staff)
    pseudonym = person.pseudonym
    assert EMAIL in _every_stored_text() and ORGANISATION in _every_stored_text()
    link = _my_data_link(client)
    page = client.get(link)
    assert pseudonym in page.content.decode()
    done = client.post(link, {"delete": "yes"})
    assert b'data-testid="deleted"' in done.content
    stored = _every_stored_text()
    for personal in (EMAIL, pseudonym, ORGANISATION, "8940", "50-64"):
        assert personal not in stored, personal
    [kept] = Contribution.objects.all()
    assert (kept.participant, kept.organisation, kept.age_band, kept.postal_code, kept.text) == (
        None,
        "",
        "",
        "",
        "Flere stier langs Gudenåen.",
    )
    assert kept.anonymised_at is not None and kept.answer == "Tak, vi ser på det."
    assert Participant.objects.count() == 0
    assert "Anonym" in client.get("/maal/1.1/").content.decode()
    assert client.get(link).status_code == 400  # the person is gone


def test_an_unknown_address_gets_the_same_answer_and_no_mail(client, randers_loaded):
    asked = client.post("/inddragelse/mine-data/", {"email": "ukendt@example.dk"})
    assert b'data-testid="asked"' in asked.content and mail.outbox == []


def test_the_audit_trail_never_holds_personal_fields(randers_loaded, staff):
    c = published(staff["moderator"], NOW, giver="business", organisation="Firma ApS", cvr="10103940")
    entity = PlanEntity.objects.get(kind="initiative", key="1.i1")
    actions.answer(staff["moderator"], NOW, c, status="in_initiative", text="Tak.", initiative=entity)
    from pejling.audit.models import AuditEntry

    for entry in AuditEntry.objects.filter(content_type__model="contribution"):
        for state in (entry.before or {}, entry.after or {}):
            assert not {"participant", "organisation", "cvr", "age_band", "postal_code"} & set(state)
