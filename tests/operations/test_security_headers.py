"""With the documented production settings: HTTPS redirect, HSTS, secure cookies, a CSP and a clean deploy check."""

import secrets

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


@pytest.fixture
def production(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")


def test_every_answer_carries_the_policy(client):
    response = client.get("/om-metoden/")
    assert sorted(response["Content-Security-Policy"].split("; ")) == sorted(POLICY.split("; "))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_http_is_redirected_and_https_gets_hsts_and_secure_cookies(client, production):
    plain = client.get("/om-metoden/")
    assert (plain.status_code, plain["Location"]) == (301, "https://testserver/om-metoden/")
    assert client.get("/healthz").status_code == 200  # probes from inside the host are not redirected
    secure = client.get("/admin/login/", HTTP_X_FORWARDED_PROTO="https")
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    cookie = secure.cookies["csrftoken"]
    assert (cookie["secure"], cookie["httponly"], cookie["samesite"]) == (True, True, "Lax")


def test_the_deploy_check_is_clean_with_the_documented_settings(production, settings, capsys, monkeypatch):
    monkeypatch.delenv("DJANGO_ALLOW_ASYNC_UNSAFE", raising=False)  # the browser tests' setting, not production's
    settings.SECRET_KEY = secrets.token_urlsafe(50)
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["pejling.randers.dk"]
    call_command("check", "--deploy", "--fail-level", "WARNING")
    assert "System check identified no issues (1 silenced)." in capsys.readouterr().out
