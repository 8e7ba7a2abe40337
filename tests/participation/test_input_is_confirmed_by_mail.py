"""Giving input: nothing is received before the mailed link is opened and confirmed; a person's first
contribution waits for a moderator, the next go out at once; a link that is altered or old is refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from pejling.participation.models import Contribution, Participant
from tests.participation.conftest import give, last_link

pytestmark = pytest.mark.django_db


def test_the_link_confirms_and_the_first_contribution_is_held(client, randers_loaded):
    answer = give(client, age_band="30-49", postal_code="8900")
    assert (answer.status_code, answer["Location"]) == (302, "/inddragelse/sendt/")
    contribution = Contribution.objects.get()
    assert (contribution.visibility, contribution.received_at, contribution.text) == (
        "unconfirmed",
        None,
        "Flere stier langs Gudenåen.",
    )
    assert (contribution.entity.key, contribution.age_band, contribution.postal_code) == ("1.1", "30-49", "8900")
    [sent] = mail.outbox
    assert (sent.to, sent.subject) == (["borger@example.dk"], "Bekræft dit input til Randers Kommune")
    assert "Flere stier langs Gudenåen." in sent.body and Participant.objects.get().pseudonym in sent.body

    link = last_link()
    shown = client.get(link)
    assert shown.status_code == 200 and b'data-testid="confirm"' in shown.content
    assert Contribution.objects.get().visibility == "unconfirmed"  # a mail scanner's GET confirms nothing

    confirmed = client.post(link)
    assert b'data-testid="confirmed"' in confirmed.content
    contribution.refresh_from_db()
    assert contribution.visibility == "held" and contribution.received_at is not None
    assert client.post(link).status_code == 200  # twice is harmless
    assert Contribution.objects.get().visibility == "held"


def test_a_second_contribution_goes_out_once_one_was_published(client, randers_loaded, staff):
    from pejling.participation.actions import moderate

    give(client)
    client.post(last_link())
    moderate(staff["moderator"], timezone.now(), Contribution.objects.get(), "publish")
    give(client, text="Og bænke ved stierne.")
    client.post(last_link())
    second = Contribution.objects.get(text="Og bænke ved stierne.")
    assert second.visibility == "published"
    page = client.get("/maal/1.1/").content.decode()
    assert "Og bænke ved stierne." in page and "Flere stier langs Gudenåen." in page
    assert "borger@example.dk" not in page and Participant.objects.get().pseudonym in page


def test_an_altered_or_expired_link_is_refused(client, randers_loaded, settings):
    give(client)
    link = last_link()
    other = "A" if link[-3] != "A" else "B"
    altered = client.post(link[:-3] + other + link[-2:])
    assert altered.status_code == 400 and b'data-testid="link-refused"' in altered.content
    settings.PEJLING_CONFIRM_LINK_HOURS = 1
    from pejling.participation import links

    token = link.rstrip("/").rsplit("/", 1)[1]
    with pytest.raises(links.LinkRefused) as refused:
        links.open_token(links.CONFIRM, token, timezone.now() + timedelta(hours=1, seconds=5))
    assert refused.value.reason == "expired"
    with pytest.raises(links.LinkRefused):
        links.open_token(links.MY_DATA, token, timezone.now())  # a confirm link is not a my-data link
    assert Contribution.objects.get().visibility == "unconfirmed"


def test_the_form_page_and_an_unknown_element(client, randers_loaded):
    page = client.get("/inddragelse/randers-fremtidens-randers/maal/1.1/")
    assert page.status_code == 200 and page["Cache-Control"].startswith("max-age=0")
    assert b"<altcha-widget" in page.content
    assert client.get("/inddragelse/randers-fremtidens-randers/maal/9.9/").status_code == 404
    assert client.get("/inddragelse/randers-fremtidens-randers/noget/1.1/").status_code == 404
    assert client.get("/inddragelse/ingen-plan/maal/1.1/").status_code == 404
