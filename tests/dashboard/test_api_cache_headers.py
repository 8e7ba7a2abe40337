"""The API is cached like the pages: ETag/Last-Modified, public lifetimes, 304 on revalidation; errors are not."""

import pytest

pytestmark = pytest.mark.django_db


def test_api_answers_are_public_and_revalidate(client, randers_assessed):
    paths = ["/api/plans", "/api/series/BU43?area=730", "/api/series/BU43?area=730&offset=10"]
    etags = set()
    for path in paths:
        answer = client.get(path)
        assert answer.status_code == 200, path
        assert answer["Cache-Control"] == "public, max-age=60, s-maxage=10", path
        assert answer.has_header("Last-Modified"), path
        etags.add(answer["ETag"])
        again = client.get(path, HTTP_IF_NONE_MATCH=answer["ETag"])
        assert (again.status_code, again.content) == (304, b""), path
    assert len(etags) == len(paths)  # the query string is part of the identity


def test_api_errors_carry_no_lifetime(client, randers_assessed):
    for path in ["/api/plans/ingen/targets", "/api/series/BU43?area=999", "/api/series/BU43?limit=5000"]:
        answer = client.get(path)
        assert answer.status_code in (404, 422), path
        assert "public" not in answer.get("Cache-Control", ""), path


def test_a_sync_or_assessment_changes_the_etag(client, randers_assessed, capsys, django_capture_on_commit_callbacks):
    from tests.conftest import run_command

    before = client.get("/api/plans")["ETag"]
    with django_capture_on_commit_callbacks(execute=True):  # the test's transaction stands in for the commit
        assert run_command(capsys, "assess", "--as-of", "2026-11-29")[0] == 0
    assert client.get("/api/plans")["ETag"] != before
