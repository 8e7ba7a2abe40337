"""Failed logins to the staff pages are counted per user name and address (django-axes): after the limit the
login page answers 429 with how long to wait, even with the right password."""

from tests.staff_fixtures import PASSWORD


def test_the_staff_login_locks_out_after_the_limit(client, staff, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(2):
        wrong = client.post("/redaktion/log-ind/", {"username": "ejer@randers.dk", "password": "forkert"})
        assert wrong.status_code == 200
        assert "Indtast venligst korrekt" in wrong.content.decode()
    locked = client.post("/redaktion/log-ind/", {"username": "ejer@randers.dk", "password": "forkert"})
    assert locked.status_code == 429
    assert (
        "For mange mislykkede login for denne bruger fra denne adresse. Prøv igen om 30 minutter."
        in locked.content.decode()
    )
    assert client.post("/redaktion/log-ind/", {"username": "ejer@randers.dk", "password": PASSWORD}).status_code == 429
    other = client.post("/redaktion/log-ind/", {"username": "analyse@randers.dk", "password": PASSWORD})
    assert other.status_code == 302 and other["Location"] == "/redaktion/"
