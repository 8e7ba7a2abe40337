"""The staff page: strategi og analyse builds a report into the archive and previews one (nothing archived);
a reader sees the archive but may neither build nor preview-build (403)."""

from pejling.reports.models import Report


def test_strategy_builds_and_previews(reported, staff, client):
    client.force_login(staff["strategi"])
    page = client.get("/redaktion/rapporter/").content.decode()
    assert "Dan og arkivér" in page and "Forhåndsvis" in page
    preview = client.post("/redaktion/rapporter/forhaandsvisning/", {"as_of": "2026-11-30", "language": "en"})
    assert preview.status_code == 200
    html = preview.content.decode()
    assert '<html lang="en">' in html and "Preview — not archived." in html
    assert "Status report to the city council" in html and 'alt="Line chart: ' in html
    assert Report.objects.count() == 0
    form = {"as_of": "2026-11-30", "since": "", "language": "da", "file_format": "docx"}
    built = client.post("/redaktion/rapporter/", form)
    assert built.status_code == 302 and built["Location"] == "/redaktion/rapporter/"
    report = Report.objects.get()
    assert report.built_by == staff["strategi"] and report.built_by_label == "analyse@randers.dk"
    assert list(report.files.values_list("format", flat=True)) == ["docx"]
    listed = client.get("/redaktion/rapporter/").content.decode()
    assert "Rapporten er dannet og arkiveret." in listed and f"/rapporter/{report.pk}.docx" in listed


def test_a_reader_may_not_build(reported, staff, client):
    client.force_login(staff["reader"])
    page = client.get("/redaktion/rapporter/").content.decode()
    assert "Dan og arkivér" not in page and "Kun strategi og analyse kan danne rapporter." in page
    refused = client.post("/redaktion/rapporter/", {"as_of": "2026-11-30", "language": "da", "file_format": "pdf"})
    assert refused.status_code == 403
    assert Report.objects.count() == 0
