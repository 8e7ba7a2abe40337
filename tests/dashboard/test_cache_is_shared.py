"""A sync or an assess run in another process reaches the running site: the page cache is shared."""

import pytest
from django.core.cache import caches

pytestmark = pytest.mark.django_db


def test_clearing_the_cache_from_a_command_changes_what_the_site_serves(
    client, randers_assessed, capsys, django_capture_on_commit_callbacks
):
    first = client.get("/")
    etag = first["ETag"]
    assert client.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    other_process_view = caches.create_connection("default")  # a separate connection, as a worker would have
    assert other_process_view.get("pejling:last-modified") is not None
    from tests.conftest import run_command

    with django_capture_on_commit_callbacks(execute=True):  # the test's transaction stands in for the commit
        run_command(capsys, "assess", "--as-of", "2026-11-29")
    assert other_process_view.get("pejling:last-modified") is None  # cleared for every process
    assert client.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 200
