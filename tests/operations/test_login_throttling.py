"""Failed logins are limited: after the limit the right password no longer logs in; passwords are validated."""

import pytest
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

pytestmark = pytest.mark.django_db

PASSWORD = "en-lang-og-god-adgangskode"


@pytest.fixture
def admin_user():
    return User.objects.create_superuser("analytiker", "a@randers.dk", PASSWORD)


def _login(client, password, address="10.0.0.7"):
    return client.post(
        "/admin/login/?next=/admin/", {"username": "analytiker", "password": password}, REMOTE_ADDR=address
    )


def test_the_right_password_is_refused_after_five_failures(client, admin_user):
    for _ in range(4):
        assert _login(client, "forkert").status_code == 200  # the form again, with an error
    assert _login(client, "forkert").status_code == 429  # the fifth failure locks the pair out
    locked = _login(client, PASSWORD)
    assert locked.status_code == 429
    assert "Prøv igen om 30 minutter." in locked.content.decode()
    assert "_auth_user_id" not in client.session
    assert _login(client, PASSWORD, address="10.0.0.8").status_code == 302  # another address is not locked


def test_a_success_before_the_limit_resets_the_count(client, admin_user):
    for _ in range(4):
        _login(client, "forkert")
    assert _login(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        _login(client, "forkert")
    assert _login(client, PASSWORD).status_code == 302


def test_behind_the_front_the_address_is_the_one_nginx_saw(client, admin_user, settings):
    settings.PEJLING_BEHIND_TLS_PROXY = True
    for _ in range(5):
        client.post(
            "/admin/login/",
            {"username": "analytiker", "password": "forkert"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="1.2.3.4, 10.0.0.7",
        )
    elsewhere = client.post(
        "/admin/login/?next=/admin/",
        {"username": "analytiker", "password": PASSWORD},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="10.0.0.9",
    )
    assert elsewhere.status_code == 302  # the same proxy address, another client


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("1", "Denne adgangskode er for kort. Den skal indeholde mindst 12 tegn."),
        ("123456789012", "Denne adgangskode er udelukkende numerisk."),
        ("password1234", "Denne adgangskode er for almindelig."),
    ],
)
def test_weak_passwords_are_refused(password, problem):
    with pytest.raises(ValidationError) as caught:
        validate_password(password)
    assert problem in caught.value.messages
