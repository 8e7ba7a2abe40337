"""Local data uploaded in the browser: every problem located before anything is stored, a good file stored
only when confirmed, one typed value checked the same way, and every upload kept with file, uploader and time."""

import re

from django.core.files.uploadedfile import SimpleUploadedFile

from pejling.audit.models import AuditEntry
from pejling.editor.models import LocalUpload
from pejling.stats.models import Observation

URL = "/redaktion/lokale-data/csr-job/"


def _upload(client, name, content, citation=""):
    return client.post(URL, {"kind": "file", "file": SimpleUploadedFile(name, content), "citation": citation})


def _rows(html):
    body = html.split("<caption>Fejl i filen</caption>")[1].split("</table>")[0]
    return [re.findall(r"<td>(.*?)</td>", row) for row in re.findall(r"<tr><td>.*?</tr>", body)]


def test_a_broken_file_shows_every_problem_with_its_line_and_stores_nothing(client, staff, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(staff["strategi"])
    content = (
        "område,periode,værdi,kilde\nRanders,2023,12,opgørelse\nAtlantis,2023,5,x\nRanders,2024K5,3,x\n"
        "Randers,2024,mange,x\nRanders,2023,13,x\n"
    ).encode()
    response = _upload(client, "csr.csv", content)
    upload = LocalUpload.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/redaktion/lokale-data/csr-job/fil/{upload.pk}/"
    assert upload.state == "rejected" and upload.uploaded_by == staff["strategi"]
    assert (tmp_path / upload.file.name).read_bytes() == content  # the file is kept as received
    html = client.get(response["Location"]).content.decode()
    assert "Filen har 4 fejl; intet er gemt." in html
    assert _rows(html) == [
        ["3", "område", "ukendt område &#x27;Atlantis&#x27;"],
        ["4", "periode", "kvartal uden for 1-4: &#x27;2024K5&#x27;"],
        ["5", "værdi", "ikke et tal: &#x27;mange&#x27;"],
        ["6", "hele filen", "dobbelt række for 730 2023 (også linje 2)"],
    ]
    assert "Gem dataene" not in html
    english = client.get(f"/en{response['Location']}").content.decode()
    assert "The file has 4 problems; nothing was stored." in english and "unknown area &#x27;Atlantis&#x27;" in english
    assert client.post(response["Location"], {"confirm": "1"}).status_code == 302
    assert Observation.objects.count() == 0
    assert LocalUpload.objects.get().state == "rejected"


def test_damaged_and_empty_files_are_problems_not_errors(client, staff, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(staff["strategi"])
    for name, content, message in (
        ("csr.xlsx", b"not a zip at all", "filen er ikke en gyldig XLSX-fil"),
        ("csr.csv", "område;år\nRanders;2023\n".encode(), "kolonner mangler: værdi"),
        ("csr.csv", "område;år;værdi\nRanders;2023;4\n".encode(), "kilde mangler: brug kolonnen &#x27;kilde&#x27;"),
    ):
        response = _upload(client, name, content)
        assert response.status_code == 302, name
        assert message in client.get(response["Location"]).content.decode(), message
    empty = _upload(client, "csr.csv", b"")  # refused by the form itself: nothing is kept
    assert empty.status_code == 400 and "Den indsendte fil er tom." in empty.content.decode()
    assert list(LocalUpload.objects.values_list("state", flat=True)) == ["rejected"] * 3
    assert Observation.objects.count() == 0


def test_a_good_file_is_stored_only_when_confirmed(client, staff, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(staff["strategi"])
    response = _upload(
        client, "csr.csv", "område;periode;værdi\nRanders;2023;12\nRanders;2024;14,5\n".encode(), "HR-opgørelse"
    )
    upload = LocalUpload.objects.get()
    assert upload.state == "pending" and Observation.objects.count() == 0
    html = client.get(response["Location"]).content.decode()
    assert '<td>2</td><td>730</td><td>2023</td><td class="text-align-right">12,0</td><td>HR-opgørelse</td>' in html
    assert client.post(response["Location"], {"confirm": "1"})["Location"] == URL
    assert sorted(Observation.objects.values_list("area", "period", "value")) == [
        ("730", "2023", 12.0),
        ("730", "2024", 14.5),
    ]
    upload.refresh_from_db()
    assert (upload.state, upload.counts) == ("stored", {"created": 2, "revised": 0, "unchanged": 0})
    [confirmed] = AuditEntry.objects.filter(action="local_data.confirm")
    assert confirmed.changed_fields()[0] == ("state", "pending", "stored")
    assert confirmed.actor == staff["strategi"] and confirmed.subject.key == "csr-job"
    listing = client.get("/redaktion/lokale-data/").content.decode()
    assert "14,5 job (2024)" in listing and "analyse@randers.dk" in listing


def test_one_typed_value_goes_through_the_same_check(client, staff, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(staff["administrator"])
    data = {"kind": "value", "area": "Randers", "period": "2024K5", "value": "3", "citation": "HR", "note": ""}
    response = client.post(URL, data)
    assert "kvartal uden for 1-4" in client.get(response["Location"]).content.decode()
    response = client.post(URL, data | {"period": "2025"})
    client.post(response["Location"], {"confirm": "1"})
    assert list(Observation.objects.values_list("area", "period", "value", "notes")) == [
        ("730", "2025", 3.0, {"kilde": "HR"})
    ]
    assert LocalUpload.objects.filter(typed=True).count() == 2


def test_a_file_above_the_limit_is_refused_before_it_is_read(client, staff, settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setattr("pejling.editor.local_data.MAX_UPLOAD_BYTES", 100)
    client.force_login(staff["strategi"])
    response = _upload(client, "csr.csv", b"x" * 101)
    assert response.status_code == 400 and "Filen er for stor (højst 0 MB)." in response.content.decode()
    assert LocalUpload.objects.count() == 0
