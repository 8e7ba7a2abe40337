"""Official answers: each status asks for what it needs (an answer; a reason when not followed; the initiative it
feeds), the answer deadline counts from receipt, and overdue answers are listed on the moderators' page. Only
moderators, strategi and administrators may moderate or answer."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from pejling.participation import actions
from pejling.plans.models import PlanEntity
from tests.participation.helpers import published
from tests.staff_fixtures import NOW

pytestmark = pytest.mark.django_db


def test_each_status_needs_what_it_says(randers_loaded, staff):
    c = published(staff["moderator"], NOW)
    with pytest.raises(ValidationError) as refused:
        actions.answer(staff["moderator"], NOW, c, status="not_followed", text="")
    assert refused.value.messages == ["Skriv kommunens svar.", "Skriv hvorfor forslaget ikke følges."]
    with pytest.raises(ValidationError) as refused:
        actions.answer(staff["moderator"], NOW, c, status="in_initiative", text="Tak.")
    assert refused.value.messages == ["Vælg det initiativ, bidraget indgår i."]
    target = PlanEntity.objects.get(kind="target", key="1.2")
    with pytest.raises(ValidationError, match="Initiativet hører ikke til planen"):
        actions.answer(staff["moderator"], NOW, c, status="in_initiative", text="Tak.", initiative=target)
    initiative = PlanEntity.objects.get(kind="initiative", key="1.i1")
    later = NOW + timedelta(days=3)
    actions.answer(
        staff["moderator"], later, c, status="in_initiative", text="Det tager vi med.", initiative=initiative
    )
    c.refresh_from_db()
    assert (c.status, c.initiative.key, c.answered_at, c.answered_by.email) == (
        "in_initiative",
        "1.i1",
        later,
        "dialog@randers.dk",
    )


def test_the_public_page_shows_the_status_and_answer(client, randers_loaded, staff):
    c = published(staff["moderator"], NOW)
    actions.answer(staff["moderator"], NOW, c, status="not_followed", text="Tak for forslaget.", reason="Stien findes.")
    page = client.get("/maal/1.1/").content.decode()
    assert "Ikke fulgt" in page and "Tak for forslaget." in page and "Stien findes." in page


def test_only_moderating_roles_may(randers_loaded, staff):
    c = published(staff["moderator"], NOW)
    for role in ("reader", "owner"):
        with pytest.raises(PermissionDenied):
            actions.moderate(staff[role], NOW, c, actions.HIDE, "nej")
        with pytest.raises(PermissionDenied):
            actions.answer(staff[role], NOW, c, status="answered", text="Tak.")
    actions.answer(staff["strategi"], NOW, c, status="answered", text="Tak.")


def test_overdue_answers_are_listed(client, randers_loaded, staff, settings):
    settings.PEJLING_ANSWER_DAYS = 30
    old = published(staff["moderator"], NOW - timedelta(days=40), text="Gammelt forslag.")
    published(staff["moderator"], NOW - timedelta(days=5), email="anden@example.dk", text="Nyt forslag.")
    client.force_login(staff["reader"])
    page = client.get("/redaktion/inddragelse/").content.decode()
    overdue = page.split('data-testid="overdue"')[1].split("</table>")[0]
    assert "Gammelt forslag." in overdue and "Nyt forslag." not in overdue
    assert "overskredet" in overdue
    actions.answer(staff["moderator"], NOW, old, status="answered", text="Svar.")
    page = client.get("/redaktion/inddragelse/").content.decode()
    assert 'data-testid="overdue"' not in page and "Ingen svar er overskredet." in page


def test_a_reader_sees_the_page_but_may_not_post(client, randers_loaded, staff):
    c = published(staff["moderator"], NOW)
    client.force_login(staff["reader"])
    page = client.get(f"/redaktion/inddragelse/{c.pk}/")
    assert page.status_code == 200 and b'data-testid="moderate"' not in page.content
    client.force_login(staff["moderator"])
    done = client.post(f"/redaktion/inddragelse/{c.pk}/", {"form": "moderate", "step": "hide", "reason": "Reklame."})
    assert done.status_code == 302
    c.refresh_from_db()
    assert (c.visibility, c.moderation_note) == ("hidden", "Reklame.")
