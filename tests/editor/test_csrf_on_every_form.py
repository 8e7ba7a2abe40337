"""Every form on the staff pages carries a CSRF token, and a post without one is refused (403) and writes nothing."""

import re

from django.test import Client

from pejling.audit.models import AuditEntry
from pejling.editor.actions import save_budget_line, save_milestone
from pejling.editor.models import BudgetLine, Milestone
from tests.staff_fixtures import NOW, PASSWORD, SHELL, record

PAGES = (
    "/redaktion/",
    "/redaktion/initiativ/1.i1/",
    "/redaktion/initiativ/1.i1/opdatering/",
    "/redaktion/perioder/",
    "/redaktion/lokale-data/fritidsjob-13-17/",
    "/en/redaktion/initiativ/1.i1/",
)
FORM = re.compile(r'<form method="post"(?: action="([^"]*)")?[^>]*>(.*?)</form>', re.S)


def test_every_form_has_a_token_and_is_refused_without_it(staff, plan):
    save_milestone(SHELL, NOW, Milestone(initiative=record(plan, "1.i1")), title="Handleplan", due=NOW.date())
    save_budget_line(SHELL, NOW, BudgetLine(initiative=record(plan, "1.i1")), funding="Pulje", planned=1)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(staff["administrator"])
    posted = set()
    for page in PAGES:
        html = browser.get(page).content.decode()
        forms = FORM.findall(html)
        assert forms, page
        for action, body in forms:
            assert 'name="csrfmiddlewaretoken"' in body, (page, action)
            target = (action or page).replace("&amp;", "&")
            before = AuditEntry.objects.count()
            assert browser.post(target, {"delete": "1", "status": "stopped"}).status_code == 403, target
            assert AuditEntry.objects.count() == before
            posted.add(target.split("?")[0])
    assert {"/redaktion/log-ud/", "/redaktion/initiativ/1.i1/milepael/", "/redaktion/initiativ/1.i1/budget/"} <= posted
    assert any(re.fullmatch(r"/redaktion/initiativ/1.i1/milepael/\d+/", p) for p in posted)


def test_the_login_form_needs_its_token(staff):
    browser = Client(enforce_csrf_checks=True)
    html = browser.get("/redaktion/log-ind/").content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    refused = browser.post("/redaktion/log-ind/", {"username": "ejer@randers.dk", "password": PASSWORD})
    assert refused.status_code == 403
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    accepted = browser.post(
        "/redaktion/log-ind/", {"username": "ejer@randers.dk", "password": PASSWORD, "csrfmiddlewaretoken": token}
    )
    assert accepted.status_code == 302 and accepted["Location"] == "/redaktion/"
