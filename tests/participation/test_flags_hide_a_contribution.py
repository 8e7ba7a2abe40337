"""Flags: anyone may report a published contribution with a reason; one address counts once; the configured
number of reports hides it from the page until a moderator restores it, which starts the count anew."""

from __future__ import annotations

import pytest

from pejling.audit.models import AuditEntry
from pejling.participation import actions
from pejling.participation.models import Contribution, Flag
from tests.participation.helpers import published
from tests.staff_fixtures import NOW

pytestmark = pytest.mark.django_db


def _flag(client, pk: int, ip: str, reason: str = "Reklame for en butik."):
    return client.post(f"/inddragelse/bidrag/{pk}/anmeld/", {"reason": reason}, REMOTE_ADDR=ip)


def test_three_reports_from_three_addresses_hide_it(
    client, randers_loaded, staff, settings, django_capture_on_commit_callbacks
):
    settings.PEJLING_FLAGS_TO_HIDE = 3
    c = published(staff["moderator"], NOW)
    assert "Flere stier langs Gudenåen." in client.get("/maal/1.1/").content.decode()
    assert b'data-testid="flagged"' in _flag(client, c.pk, "192.0.2.1").content
    _flag(client, c.pk, "192.0.2.1")  # the same address again: still one
    _flag(client, c.pk, "192.0.2.2")
    c.refresh_from_db()
    assert (c.flag_count, c.visibility, Flag.objects.count()) == (2, "published", 2)
    with django_capture_on_commit_callbacks(execute=True):
        _flag(client, c.pk, "192.0.2.3")
    c.refresh_from_db()
    assert (c.flag_count, c.visibility, c.moderation_note) == (3, "hidden", "automatisk skjult efter 3 anmeldelser")
    assert "Flere stier langs Gudenåen." not in client.get("/maal/1.1/").content.decode()
    assert _flag(client, c.pk, "192.0.2.4").status_code == 404  # a hidden one cannot be reported
    reporters = set(Flag.objects.values_list("reporter", flat=True))
    assert len(reporters) == 3 and not any("192.0.2" in r for r in reporters)


def test_a_moderator_restores_it_with_a_reason(
    client, randers_loaded, staff, settings, django_capture_on_commit_callbacks
):
    settings.PEJLING_FLAGS_TO_HIDE = 1
    c = published(staff["moderator"], NOW)
    _flag(client, c.pk, "192.0.2.1")
    c.refresh_from_db()
    assert c.visibility == "hidden"
    with pytest.raises(Exception, match="Skriv en begrundelse"):
        actions.moderate(staff["moderator"], NOW, c, actions.RESTORE, "")
    with django_capture_on_commit_callbacks(execute=True):
        actions.moderate(staff["moderator"], NOW, c, actions.RESTORE, "Forslaget er sagligt.")
    c.refresh_from_db()
    assert (c.visibility, c.flag_count, c.moderation_note) == ("published", 0, "Forslaget er sagligt.")
    assert "Flere stier langs Gudenåen." in client.get("/maal/1.1/").content.decode()
    entry = AuditEntry.objects.filter(action="contribution.restore").get()
    assert (entry.actor_label, entry.before["visibility"], entry.after["visibility"]) == (
        "dialog@randers.dk",
        "hidden",
        "published",
    )
    assert entry.after["moderation_note"] == "Forslaget er sagligt."


def test_a_reason_is_needed_and_checked(client, randers_loaded, staff):
    c = published(staff["moderator"], NOW)
    assert _flag(client, c.pk, "192.0.2.1", reason="").status_code == 400
    assert _flag(client, c.pk, "192.0.2.1", reason="<b>slem</b>").status_code == 400
    assert Contribution.objects.get().flag_count == 0
