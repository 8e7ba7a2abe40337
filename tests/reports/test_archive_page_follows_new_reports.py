"""The public archive is a cached page like the others, and a newly archived report shows at once: building
clears the page cache on commit and moves the ETag, so a browser's copy is not answered 304."""

from datetime import timedelta

from tests.reports.conftest import build
from tests.staff_fixtures import NOW


def test_a_new_report_clears_the_cached_archive(reported, client, django_capture_on_commit_callbacks):
    before = client.get("/rapporter/")
    assert "Der er endnu ingen arkiverede rapporter." in before.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        built = build(reported, now=NOW + timedelta(hours=2))  # after the data and the assessment
    after = client.get("/rapporter/", headers={"if-none-match": before["ETag"]})
    assert after.status_code == 200
    assert built.report.fingerprint in after.content.decode()
    assert after["ETag"] != before["ETag"]
