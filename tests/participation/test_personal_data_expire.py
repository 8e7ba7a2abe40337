"""Personal data expire: unconfirmed input goes when its link has expired; a participant is warned by mail
before their data are deleted, and deleted once the warning has had its days."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail

from pejling.participation import actions
from pejling.participation.models import Contribution, Participant
from pejling.participation.retention import purge
from pejling.plans.models import PlanEntity
from tests.participation.helpers import published
from tests.staff_fixtures import NOW

pytestmark = pytest.mark.django_db


def test_unconfirmed_input_goes_after_the_link_expires(randers_loaded, settings):
    settings.PEJLING_CONFIRM_LINK_HOURS = 48
    entity = PlanEntity.objects.get(kind="target", key="1.1")
    actions.submit(NOW - timedelta(hours=49), entity, actions.Submission("idea", "citizen", "Gammel.", "a@example.dk"))
    actions.submit(NOW - timedelta(hours=47), entity, actions.Submission("idea", "citizen", "Ny.", "b@example.dk"))
    done = purge(today=NOW.date(), now=NOW)
    assert done.expired == 1
    assert list(Contribution.objects.values_list("text", flat=True)) == ["Ny."]
    assert list(Participant.objects.values_list("email", flat=True)) == ["b@example.dk"]


def test_a_warning_comes_first_then_the_deletion(randers_loaded, staff, settings):
    settings.PEJLING_PERSONAL_DATA_DAYS, settings.PEJLING_DELETION_WARNING_DAYS = 100, 10
    published(staff["moderator"], NOW)
    assert purge(today=NOW.date() + timedelta(days=89), now=NOW).warned == []
    day_90 = NOW + timedelta(days=90)
    done = purge(today=day_90.date(), now=day_90)
    assert (len(done.warned), done.erased) == (1, 0)
    [warning] = mail.outbox
    assert warning.to == ["borger@example.dk"]
    assert "slettes 8. marts 2027" in warning.body  # NOW (28 November 2026) + 100 days
    assert purge(today=day_90.date() + timedelta(days=9), now=day_90).erased == 0
    day_100 = NOW + timedelta(days=100)
    assert purge(today=day_100.date(), now=day_100).erased == 1
    assert Participant.objects.count() == 0
    assert Contribution.objects.get().anonymised_at == day_100
