""" "Verificeret borger" through the same OpenID Connect client against a MitID broker, played by the test
provider (its claims: a municipality code, a birth date and a CPR number): the contribution is marked as from a
verified resident with the age band from the birth date; the CPR number, the birth date and the name are stored
nowhere."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from django.apps import apps

from pejling.lib.planfile.validate import check_plan_file
from pejling.participation.models import Contribution, Participant
from pejling.plans.loader import plan_load
from tests.conftest import RANDERS_PLAN
from tests.e2e.conftest import screenshot
from tests.oidc_provider import CLIENT_ID, CLIENT_SECRET, PASSWORD, running_provider

SLUG = "randers-fremtidens-randers"
CPR, BORN = "0204851234", "1985-04-02"


def _everything_stored() -> str:
    rows = [json.dumps(r, default=str) for m in apps.get_models() for r in m._base_manager.all().values()]
    return "\n".join(rows)


def test_a_verified_resident_keeps_only_residence_and_age_band(transactional_db, live_server, page, settings, tmp_path):
    plan = check_plan_file(RANDERS_PLAN).plan
    plan_load(plan, source_text="", source_path="", now=datetime(2026, 11, 28, tzinfo=UTC), commit=True)
    users = {"borger@example.dk": ["claim:municipality_code=730", f"claim:birthdate={BORN}", f"claim:cpr={CPR}"]}
    with running_provider(
        tmp_path,
        redirect_uri=f"{live_server.url}/inddragelse/mitid/tilbage/",
        post_logout_uri=f"{live_server.url}/",
        users=users,
    ) as broker:
        settings.PEJLING_CITIZEN_OIDC_ISSUER = broker.issuer
        settings.PEJLING_CITIZEN_OIDC_CLIENT_ID, settings.PEJLING_CITIZEN_OIDC_CLIENT_SECRET = CLIENT_ID, CLIENT_SECRET
        settings.PEJLING_ALTCHA_COST = 20
        page.goto(f"{live_server.url}/inddragelse/{SLUG}/maal/1.1/")
        page.click('[data-testid="verify"]')
        assert page.url.startswith(f"{broker.url}/accounts/login/") and "code_challenge_method%3DS256" in page.url
        page.fill("#id_username", "borger@example.dk")
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{live_server.url}/inddragelse/{SLUG}/maal/1.1/")
        assert "som borger i kommunen" in page.inner_text('[data-testid="verified"]')
        screenshot(page, "participation-verified")
        page.click("label[for=id_kind_0]")
        page.fill("#id_text", "Flere stier langs Gudenåen.")
        page.fill("#id_email", "borger@example.dk")
        page.click("label[for=id_privacy]")
        page.wait_for_function("() => (document.querySelector('input[name=altcha]') || {}).value", timeout=60000)
        page.click('form[data-testid="give-form"] button[type="submit"]')
        page.wait_for_url(f"{live_server.url}/inddragelse/sendt/")

    contribution = Contribution.objects.get()
    participant = Participant.objects.get()
    assert (contribution.verified_resident, contribution.age_band) == (True, "30-49")  # born 1985: 41 years old
    assert (participant.verified_resident, participant.verified_age_band) == (True, "30-49")
    stored = _everything_stored()
    assert CPR not in stored and BORN not in stored and "Test Bruger" not in stored
