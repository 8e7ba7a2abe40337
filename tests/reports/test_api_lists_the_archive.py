"""The archive in the JSON API: a plan's reports with fingerprints and files in the documented shape, and one
report's content — the JSON embedded in its PDF."""

import hashlib

from pejling.lib.reports.fingerprint import canonical
from tests.reports.conftest import build


def test_the_api_lists_reports_and_serves_their_content(reported, client):
    built = build(reported)
    document = client.get("/api/openapi.json").json()
    listed = client.get(f"/api/plans/{reported.slug}/reports").json()
    assert listed["count"] == 1
    [item] = listed["items"]
    schema = document["components"]["schemas"]["ReportOut"]["properties"]
    assert set(item) == set(schema)
    assert item["fingerprint"] == built.report.fingerprint and item["as_of"] == "2026-11-30"
    assert item["files"] == [
        {
            "format": "pdf",
            "sha256": built.file.sha256,
            "size": built.file.size,
            "url": f"/rapporter/{built.report.pk}.pdf",
        }
    ]
    one = client.get(f"/api/reports/{built.report.pk}").json()
    assert hashlib.sha256(canonical(one["content"])).hexdigest() == built.report.fingerprint
    assert client.get("/api/reports/999").json()["error"]["status"] == 404
    assert client.get("/api/plans/nope/reports").json()["error"]["code"] == "api.not_found"
