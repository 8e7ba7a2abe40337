"""DKFDS error pages in Danish and English, a favicon, and a footer link to the open data and API."""

import pytest
from django.test import RequestFactory
from django.utils import translation

from pejling.dashboard.views import server_error
from tests.dashboard.conftest import page_html

pytestmark = pytest.mark.django_db


def test_404_in_danish_and_english(client, randers_loaded):
    danish = client.get("/findes-ikke/")
    assert danish.status_code == 404
    html = danish.content.decode()
    assert '<html lang="da">' in html and "<h1>Siden findes ikke</h1>" in html
    assert '<a href="/">Gå til forsiden</a>' in html and "Not Found" not in html
    english = client.get("/en/nowhere/").content.decode()
    assert '<html lang="en">' in english and "<h1>Page not found</h1>" in english
    assert '<a href="/en/">Go to the front page</a>' in english


def test_500_in_the_request_language(rf: RequestFactory):
    with translation.override("da"):
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "<h1>Der opstod en fejl</h1>" in response.content.decode()
    with translation.override("en"):
        english = server_error(rf.get("/en/")).content.decode()
    assert "<h1>Something went wrong</h1>" in english and '<a href="/en/">Go to the front page</a>' in english


def test_favicon_and_the_api_link(client, randers_loaded):
    html = page_html(client, "/")
    assert '<link rel="icon" href="/static/pejling/favicon.svg" type="image/svg+xml">' in html
    assert '<li><a href="/api/docs">Åbne data og API</a></li>' in html
    assert '<li><a href="/api/docs">Open data and API</a></li>' in page_html(client, "/en/")
    assert client.get("/favicon.ico")["Location"] == "/static/pejling/favicon.svg"
    assert client.get("/api/docs").status_code == 200
