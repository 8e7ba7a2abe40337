""" "I sagde — vi gjorde": a contribution that feeds an initiative is shown with the initiative's status, its
milestones and the status of the Mål it moves; its writer, who asked to be told, gets one mail per run listing
what changed in the initiative since the last, and can stop the mails."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core import mail

from pejling.editor.actions import edit_initiative, save_milestone
from pejling.editor.models import Milestone
from pejling.participation import actions
from pejling.participation.notify import notify
from pejling.plans.models import PlanEntity
from tests.participation.conftest import LINK
from tests.participation.helpers import published
from tests.staff_fixtures import NOW, SHELL, record

pytestmark = pytest.mark.django_db


@pytest.fixture
def fed(randers_loaded, staff, plan):
    c = published(staff["moderator"], NOW, wants_updates=True)
    initiative = PlanEntity.objects.get(kind="initiative", key="1.i1")
    actions.answer(staff["moderator"], NOW, c, status="in_initiative", text="Det tager vi med.", initiative=initiative)
    edit_initiative(SHELL, NOW, record(plan, "1.i1"), targets=[PlanEntity.objects.get(kind="target", key="1.1")])
    return c


def test_the_ledger_follows_the_contribution_to_the_mal(client, fed, plan, staff):
    later = NOW + timedelta(days=1)
    save_milestone(
        SHELL, later, Milestone(initiative=record(plan, "1.i1")), title="Sti 1 anlagt", due=date(2026, 12, 1), done=True
    )
    save_milestone(SHELL, later, Milestone(initiative=record(plan, "1.i1")), title="Sti 2 anlagt", due=date(2027, 6, 1))
    other = published(staff["moderator"], NOW, email="b@example.dk", text="Lys på stierne.")
    actions.answer(staff["moderator"], NOW, other, status="not_followed", text="Tak.", reason="For dyrt.")
    page = client.get("/inddragelse/randers-fremtidens-randers/maalsaetning/1/i-sagde-vi-gjorde/")
    assert page.status_code == 200 and page["Cache-Control"].startswith("public")
    text = page.content.decode()
    fed_block = text.split('data-testid="fed"')[1].split("</section>")[0]
    assert "Initiativ 1.i1" in fed_block and "Flere stier langs Gudenåen." in fed_block
    assert "Sti 1 anlagt (29. november 2026)" in fed_block
    assert "Næste milepæl: Sti 2 anlagt (1. juni 2027)." in fed_block
    assert "Mål 1.1" in fed_block and "endnu ikke vurderet" in fed_block  # no assessment in this database
    assert "Lys på stierne." in text and "For dyrt." in text
    assert "Indgår i initiativ …: <strong>1</strong>" in text and "Ikke fulgt: <strong>1</strong>" in text
    assert client.get("/inddragelse/randers-fremtidens-randers/maalsaetning/9/i-sagde-vi-gjorde/").status_code == 404
    mal = client.get("/maal/1.1/").content.decode()
    assert '<strong>Status:</strong> <a href="/initiativ/1.i1/">Indgår i initiativ 1.i1</a>' in mal


def test_a_follower_is_told_what_changed_once(client, fed, plan):
    later = NOW + timedelta(days=2)
    edit_initiative(SHELL, later, record(plan, "1.i1"), status="in_progress")
    save_milestone(
        SHELL, later, Milestone(initiative=record(plan, "1.i1")), title="Sti 1 anlagt", due=date(2026, 12, 1)
    )
    mail.outbox.clear()
    [told] = notify(later + timedelta(hours=1))
    assert (told.initiative, told.changes) == ("1.i1", 2)
    [sent] = mail.outbox
    assert sent.to == ["borger@example.dk"]
    assert sent.subject == "Initiativ 1.i1, som dit input indgår i, har ændret sig"
    body = sent.body
    assert "oplysninger er ændret" not in body  # the Mål were linked when it was answered: not news
    assert "- Status ændret fra Ikke startet til I gang." in body
    assert "- Ny milepæl: Sti 1 anlagt (frist 2026-12-01)." in body
    assert "http://testserver/initiativ/1.i1/" in body
    assert notify(later + timedelta(hours=2)) == [] and len(mail.outbox) == 1  # nothing new: no mail
    stop = LINK.findall(body)[-1]
    client.post(stop)
    edit_initiative(SHELL, later + timedelta(hours=3), record(plan, "1.i1"), status="completed")
    assert notify(later + timedelta(hours=4)) == []
