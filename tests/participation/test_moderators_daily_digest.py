"""The moderators' daily digest: counts of held, hidden and overdue contributions to everyone who may moderate,
once a day, and nothing on a day with nothing to do."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail

from pejling.participation import actions
from pejling.plans.models import PlanEntity
from tests.conftest import run_command
from tests.participation.helpers import published
from tests.staff_fixtures import NOW

pytestmark = pytest.mark.django_db


def test_the_digest_goes_once_to_each_moderator(capsys, randers_loaded, staff, settings):
    settings.PEJLING_ANSWER_DAYS = 30
    entity = PlanEntity.objects.get(kind="target", key="1.1")
    held = actions.submit(
        NOW - timedelta(days=4), entity, actions.Submission("idea", "citizen", "Nyt.", "ny@example.dk")
    )
    actions.confirm(NOW - timedelta(days=4), held)
    published(staff["moderator"], NOW - timedelta(days=40))
    code, out = run_command(capsys, "participation", "digest", "--today", NOW.date().isoformat())
    assert code == 0 and out.endswith("3 sendt / sent\n")
    assert sorted(m.to[0] for m in mail.outbox) == ["admin@randers.dk", "analyse@randers.dk", "dialog@randers.dk"]
    [digest] = [m for m in mail.outbox if m.to == ["dialog@randers.dk"]]
    assert digest.subject == "Inddragelse: 1 venter, 1 svar overskredet"
    assert "- venter på en moderator: 1 (det ældste i 4 dage)" in digest.body
    assert "- svar overskredet: 1 af 2 ubesvarede" in digest.body
    assert "http://testserver/redaktion/inddragelse/" in digest.body
    code, out = run_command(capsys, "participation", "digest", "--today", NOW.date().isoformat())
    assert out.endswith("0 sendt / sent\n") and len(mail.outbox) == 3


def test_no_digest_when_nothing_waits(capsys, randers_loaded, staff):
    code, out = run_command(capsys, "participation", "digest", "--today", NOW.date().isoformat())
    assert (code, out, mail.outbox) == (0, "0 sendt / sent\n", [])
