"""OpenID Connect login in the browser against a real provider started on loopback (django-oauth-toolkit in its
own process, signed ID tokens, PKCE): the user is created with the roles of the provider's ``groups`` claim,
the roles follow the claim at every login, and logging out ends the session at the provider too."""

from datetime import UTC, datetime

from django.contrib.auth import get_user_model

from pejling.accounts.roles import roles_of
from pejling.audit.models import AuditEntry
from pejling.lib.planfile.validate import check_plan_file
from pejling.plans.loader import plan_load
from tests.conftest import RANDERS_PLAN
from tests.e2e.conftest import screenshot
from tests.oidc_provider import CLIENT_ID, CLIENT_SECRET, PASSWORD, running_provider

BUTTON = "text=Log ind med Randers Kommunes login"


def _sign_in_at_the_provider(page, email):
    page.wait_for_selector("#id_username")
    page.fill("#id_username", email)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")


def test_login_role_mapping_and_logout_at_the_provider(transactional_db, live_server, page, settings, tmp_path):
    plan = check_plan_file(RANDERS_PLAN).plan
    plan_load(plan, source_text="", source_path="", now=datetime(2026, 11, 28, tzinfo=UTC), commit=True)
    users = {"anne@randers.dk": ["initiativejer"], "bo@randers.dk": ["andet"]}
    with running_provider(
        tmp_path,
        redirect_uri=f"{live_server.url}/oidc/callback/",
        post_logout_uri=f"{live_server.url}/redaktion/log-ind/",
        users=users,
    ) as provider:
        settings.PEJLING_OIDC_ISSUER = provider.issuer
        settings.PEJLING_OIDC_NAME = "Randers Kommunes login"
        settings.PEJLING_OIDC_ROLE_MAP = ["pejling-analyse=strategi"]
        settings.OIDC_RP_CLIENT_ID, settings.OIDC_RP_CLIENT_SECRET = CLIENT_ID, CLIENT_SECRET
        settings.AUTHENTICATION_BACKENDS = [*settings.AUTHENTICATION_BACKENDS, "pejling.accounts.oidc.Backend"]

        page.goto(f"{live_server.url}/redaktion/")
        assert page.url == f"{live_server.url}/redaktion/log-ind/?next=/redaktion/"
        page.click(BUTTON)
        assert page.url.startswith(f"{provider.url}/accounts/login/")
        assert "code_challenge_method%3DS256" in page.url  # PKCE
        _sign_in_at_the_provider(page, "anne@randers.dk")
        page.wait_for_url(f"{live_server.url}/redaktion/")
        assert page.locator("h1").inner_text() == "Mine initiativer"
        screenshot(page, "oidc-logged-in")
        user = get_user_model().objects.get(username="anne@randers.dk")
        assert (roles_of(user), user.get_full_name(), user.has_usable_password()) == (
            {"initiativejer"},
            "Test Bruger",
            False,
        )
        [created] = AuditEntry.objects.filter(
            content_type__model="user", object_label="anne@randers.dk", before__isnull=True
        )
        assert created.actor_label == f"oidc:{provider.issuer}" and created.after["groups"] == ["Initiativejer"]

        page.click("button:has-text('Log ud')")
        page.wait_for_url(f"{live_server.url}/redaktion/log-ind/")
        provider.set_groups("anne@randers.dk", ["pejling-analyse", "initiativejer"])
        page.click(BUTTON)
        _sign_in_at_the_provider(page, "anne@randers.dk")  # the provider asks again: its session ended too
        page.wait_for_url(f"{live_server.url}/redaktion/")
        assert page.locator("h2", has_text="Alle planens initiativer").count() == 1
        assert roles_of(get_user_model().objects.get(username="anne@randers.dk")) == {"initiativejer", "strategi"}
        [changed] = AuditEntry.objects.filter(
            content_type__model="user", object_label="anne@randers.dk", before__isnull=False
        )
        assert ("groups", ["Initiativejer"], ["Initiativejer", "Strategi og analyse"]) in changed.changed_fields()

        page.click("button:has-text('Log ud')")
        page.wait_for_url(f"{live_server.url}/redaktion/log-ind/")
        page.click(BUTTON)
        _sign_in_at_the_provider(page, "bo@randers.dk")  # a group the site does not know gives no role
        page.wait_for_url(f"{live_server.url}/redaktion/")
        assert page.locator("h1").inner_text() == "Adgang nægtet"
        assert roles_of(get_user_model().objects.get(username="bo@randers.dk")) == set()
