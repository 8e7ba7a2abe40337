"""The public archive lists each report with its date, plan, fingerprint and downloads; a download is the
archived file byte for byte; the verify page names the archived report a file is, and refuses the same file
with one byte changed."""

import hashlib
import io

from tests.reports.conftest import build


def test_the_archive_lists_and_serves_the_files(reported, client):
    pdf = build(reported, file_format="pdf")
    docx = build(reported, file_format="docx")
    page = client.get("/rapporter/").content.decode()
    assert pdf.report.fingerprint in page
    assert pdf.file.sha256 in page and docx.file.sha256 in page
    assert f'href="/rapporter/{pdf.report.pk}.pdf"' in page and f'href="/rapporter/{pdf.report.pk}.docx"' in page
    assert "30. november 2026" in page and reported.latest_version().title in page
    response = client.get(f"/rapporter/{pdf.report.pk}.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert hashlib.sha256(response.content).hexdigest() == pdf.file.sha256
    assert "immutable" in response["Cache-Control"]
    assert client.get(f"/rapporter/{pdf.report.pk + 1}.pdf").status_code == 404
    english = client.get("/en/rapporter/").content.decode()
    assert "Council reports" in english and "30 November 2026" in english


def test_the_verify_page_accepts_the_archived_file_and_refuses_one_changed_byte(reported, client):
    built = build(reported, file_format="pdf")
    data = bytes(built.file.data)
    accepted = client.post("/rapporter/tjek/", {"file": _upload(data)})
    assert accepted.status_code == 200
    page = accepted.content.decode()
    assert 'data-testid="verified"' in page and built.report.fingerprint in page
    changed = bytearray(data)
    changed[len(changed) // 2] ^= 0x01
    refused = client.post("/rapporter/tjek/", {"file": _upload(bytes(changed))})
    assert refused.status_code == 200
    page = refused.content.decode()
    assert 'data-testid="refused"' in page and 'data-testid="verified"' not in page
    assert hashlib.sha256(bytes(changed)).hexdigest() in page
    assert client.post("/rapporter/tjek/", {}).status_code == 400
    assert "csrftoken" not in client.cookies  # the public pages set no cookies


def _upload(data: bytes) -> io.BytesIO:
    file = io.BytesIO(data)
    file.name = "rapport.pdf"
    return file
