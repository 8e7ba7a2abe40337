"""One language per staff page: every page under /redaktion/ (with initiatives, milestones, budget, updates,
locks, uploads and history in it) holds no English UI word in Danish and no Danish word in English. What staff
typed, e-mail addresses and the plan's own text are left out first."""

from datetime import date
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile

from pejling.editor.actions import edit_initiative, lock_period, save_budget_line, save_milestone, submit_update
from pejling.editor.models import BudgetLine, LocalUpload, Milestone
from tests.dashboard.test_one_language_per_page import DANISH_WORDS, ENGLISH_WORDS, _plan_texts, _ui_words
from tests.staff_fixtures import NOW, SHELL, record

TYPED = ["Børn og Skole", "Handleplan vedtaget", "Investeringsstrategien", "Arbejdsgruppen er nedsat.", "csr.csv"]
COLUMNS = ["område, periode, værdi"]  # the file format's own column names, named in "missing columns: …"
PAGES = [
    "/redaktion/",
    "/redaktion/opdateringer/",
    "/redaktion/perioder/",
    "/redaktion/historik/",
    "/redaktion/initiativ/1.i1/",
    "/redaktion/initiativ/1.i1/opdatering/",
    "/redaktion/initiativ/1.i1/historik/",
    "/redaktion/lokale-data/",
    "/redaktion/lokale-data/csr-job/",
    "/redaktion/datahentning/",
    "/redaktion/rapporter/",
    "/redaktion/inddragelse/",
    "/redaktion/log-ind/",
]


def test_staff_pages_hold_one_language(client, staff, plan, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    initiative = record(plan, "1.i1")
    edit_initiative(SHELL, NOW, initiative, reporting_from=date(2026, 1, 1))
    save_milestone(SHELL, NOW, Milestone(initiative=initiative), title="Handleplan vedtaget", due=date(2027, 3, 1))
    save_budget_line(
        SHELL, NOW, BudgetLine(initiative=initiative), funding="Investeringsstrategien", planned=Decimal(10)
    )
    submit_update(
        staff["owner"],
        NOW,
        initiative,
        period="2026K3",
        text="Arbejdsgruppen er nedsat.",
        progress=10,
        status="delayed",
        status_reason="Afventer",
    )
    lock_period(SHELL, NOW, plan, "2026K1")
    client.force_login(staff["strategi"])
    client.post("/redaktion/lokale-data/csr-job/", {"kind": "file", "file": SimpleUploadedFile("csr.csv", b"omr;x\n")})
    upload = LocalUpload.objects.get()
    pages = [f"/redaktion/lokale-data/csr-job/fil/{upload.pk}/", *PAGES]  # the login page last: it logs out
    skipped = sorted(
        [*_plan_texts(), *TYPED, *COLUMNS, "Afventer", *(u.email for u in staff.values())], key=len, reverse=True
    )
    english, danish = {}, {}
    for url in pages:
        if url.endswith("log-ind/"):
            client.logout()
        danish_page = client.get(url)
        assert danish_page.status_code == 200, url
        english[url] = sorted(_ui_words(danish_page.content.decode(), skipped) & ENGLISH_WORDS)
        words = _ui_words(client.get("/en" + url).content.decode(), skipped)
        danish[url] = sorted(w for w in words if w in DANISH_WORDS or any(c in w for c in "æøå"))
    assert {url: words for url, words in english.items() if words} == {}, "English words on Danish pages"
    assert {url: words for url, words in danish.items() if words} == {}, "Danish words on English pages"
