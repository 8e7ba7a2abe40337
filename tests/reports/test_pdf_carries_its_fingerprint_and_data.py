"""`pejling report build` archives a tagged PDF/A-3: every page's footer prints the fingerprint, the embedded
JSON is the content whose SHA-256 that fingerprint is, and its figures are the API's."""

import hashlib
import io
import json

from pypdf import PdfReader

from pejling.lib.reports.fingerprint import fingerprint
from pejling.reports.models import Report
from tests.conftest import run_command


def test_every_footer_prints_the_fingerprint_of_the_embedded_content(randers_assessed, capsys, tmp_path, client):
    out = tmp_path / "rapport.pdf"
    code, text = run_command(capsys, "report", "build", "--as-of", "2026-11-30", "--format", "pdf", "--out", str(out))
    assert code == 0, text
    report = Report.objects.get()
    stored = report.files.get(format="pdf")
    assert out.read_bytes() == bytes(stored.data)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == stored.sha256
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.pdf_header == "%PDF-1.7"
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged
    for page in reader.pages:
        assert f"Fingeraftryk {report.fingerprint}" in page.extract_text()
    [embedded] = reader.attachments["byraadsrapport.json"]
    assert hashlib.sha256(embedded).hexdigest() == report.fingerprint
    content = json.loads(embedded)
    assert content == report.content
    assert fingerprint(content) == report.fingerprint  # recomputed from the content itself
    response = client.get(f"/api/plans/{report.plan.slug}/assessments?as_of=2026-11-28")
    assert response.status_code == 200, response.content
    api = response.json()["items"]
    figures = ("status", "current_year", "current_value", "base_year", "target_value", "target_year")
    assert {t["key"]: [t[f] for f in figures] for t in content["data"]["targets"]} == {
        row["target"]: [row[f] for f in figures] for row in api
    }
    assert f"fingeraftryk / fingerprint: {report.fingerprint}" in text
