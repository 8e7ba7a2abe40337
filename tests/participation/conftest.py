"""Inddragelse's tests: the Randers plan, one user per role, a cheap proof of work and helpers that give input
through the real form (the challenge fetched from the site and solved as the widget would)."""

from __future__ import annotations

import re

import altcha
import pytest
from django.core import mail

from tests.dashboard.conftest import randers_loaded  # noqa: F401  (fixture)
from tests.staff_fixtures import NOW, SHELL, plan, staff  # noqa: F401  (fixtures, names)

GIVE = "/inddragelse/randers-fremtidens-randers/maal/1.1/"
LINK = re.compile(r"http://testserver(/\S+/)")


@pytest.fixture(autouse=True)
def _cheap_proof_of_work(settings):
    settings.PEJLING_ALTCHA_COST = 1
    settings.PEJLING_SITE_URL = "http://testserver"


def solved(client) -> str:
    """A payload for a fresh challenge from the site, solved as the browser widget would."""
    challenge = altcha.v2.Challenge.from_dict(client.get("/inddragelse/robottjek/").json())
    solution = altcha.solve_challenge(challenge)
    assert solution is not None
    return altcha.v2.Payload(challenge, solution).to_base64()


def form(client, **fields) -> dict[str, str]:
    data = {
        "kind": "idea",
        "giver": "citizen",
        "text": "Flere stier langs Gudenåen.",
        "email": "borger@example.dk",
        "privacy": "on",
        "altcha": solved(client),
    }
    return {**data, **fields}


def give(client, path: str = GIVE, ip: str = "192.0.2.10", **fields):
    return client.post(path, form(client, **fields), REMOTE_ADDR=ip)


def last_link() -> str:
    """The path of the link in the newest mail."""
    found = LINK.search(str(mail.outbox[-1].body))
    assert found, mail.outbox[-1].body
    return found.group(1)
