"""Public pages tell browsers and a shared front cache how long to keep them; nothing private is public."""

import pytest

pytestmark = pytest.mark.django_db

PUBLIC = ["/", "/maalsaetning/1/", "/maal/1.1/", "/sammenligning/", "/om-metoden/", "/maal/1.1/data.csv"]


# One database set-up per test (it costs seconds); every path is checked inside.


def test_public_pages_may_be_kept_60_s_by_browsers_and_10_s_by_a_proxy(client, randers_assessed):
    for path in PUBLIC + ["/en" + p for p in PUBLIC]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Cache-Control"] == "public, max-age=60, s-maxage=10", path
        assert not response.has_header("Expires"), path


def test_the_language_comes_from_the_path_so_pages_do_not_vary_on_accept_language(client, randers_assessed):
    for path in ["/", "/maal/1.1/", "/en/", "/en/maal/1.1/"]:
        answer = client.get(path, HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
        assert not answer.has_header("Vary"), path
        assert answer["Content-Language"] == ("en" if path.startswith("/en/") else "da"), path


def test_a_cached_answer_keeps_the_headers(client, randers_assessed):
    client.get("/maal/1.1/")
    again = client.get("/maal/1.1/")  # from the file cache
    assert again["Cache-Control"] == "public, max-age=60, s-maxage=10"
    not_modified = client.get("/maal/1.1/", HTTP_IF_NONE_MATCH=again["ETag"])
    assert not_modified.status_code == 304
    assert not_modified["Cache-Control"] == "public, max-age=60, s-maxage=10"


def test_lifetimes_come_from_settings(client, randers_assessed, settings):
    settings.PEJLING_BROWSER_MAX_AGE, settings.PEJLING_PROXY_MAX_AGE = 300, 0
    assert client.get("/").get("Cache-Control") == "public, max-age=300, s-maxage=0"


def test_errors_and_the_admin_are_not_marked_public(client, randers_assessed):
    missing = client.get("/maal/99.9/")
    assert missing.status_code == 404
    assert "public" not in missing.get("Cache-Control", "")
    admin = client.get("/admin/login/")
    assert admin["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"
