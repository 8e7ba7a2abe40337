"""Flooding: one address sending more than its hourly share, or many addresses sending to one e-mail, is refused
with a message that says so, and nothing is stored or mailed. A solved challenge counts once."""

from __future__ import annotations

import pytest
from django.core import mail

from pejling.participation.models import Contribution, Participant
from tests.participation.conftest import form, give

pytestmark = pytest.mark.django_db


def test_one_address_is_refused_after_its_hourly_share(client, randers_loaded, settings):
    settings.PEJLING_INPUT_PER_IP_PER_HOUR = 3
    for n in range(3):
        assert give(client, email=f"person{n}@example.dk").status_code == 302
    refused = give(client, email="person9@example.dk")
    assert refused.status_code == 429
    assert (
        "Der er sendt for meget input fra din internetforbindelse den seneste time (højst 3)"
        in refused.content.decode()
    )
    assert (Contribution.objects.count(), Participant.objects.count(), len(mail.outbox)) == (3, 3, 3)
    assert give(client, ip="192.0.2.99", email="person9@example.dk").status_code == 302  # another address may


def test_many_addresses_to_one_email_are_refused(client, randers_loaded, settings):
    settings.PEJLING_INPUT_PER_EMAIL_PER_HOUR = 2
    for n in range(2):
        assert give(client, ip=f"198.51.100.{n}").status_code == 302
    refused = give(client, ip="198.51.100.77")
    assert refused.status_code == 429
    assert "Der er sendt for meget input fra denne e-mail den seneste time (højst 2)" in refused.content.decode()
    assert (Contribution.objects.count(), len(mail.outbox)) == (2, 2)
    assert give(client, ip="198.51.100.78", email="BORGER@example.dk ").status_code == 429  # same address


def test_a_solved_challenge_counts_once_and_a_missing_one_never(client, randers_loaded):
    data = form(client)
    assert client.post("/inddragelse/randers-fremtidens-randers/maal/1.1/", data).status_code == 302
    again = client.post("/inddragelse/randers-fremtidens-randers/maal/1.1/", data)
    assert again.status_code == 400 and "Tjekket mod robotter blev ikke gennemført" in again.content.decode()
    none = client.post("/inddragelse/randers-fremtidens-randers/maal/1.1/", {**data, "altcha": ""})
    forged = client.post("/inddragelse/randers-fremtidens-randers/maal/1.1/", {**data, "altcha": "eyJhIjoxfQ=="})
    assert (none.status_code, forged.status_code, Contribution.objects.count()) == (400, 400, 1)
