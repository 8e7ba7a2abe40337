"""Every role × every action through the staff pages: allowed ones write (with an audit row), refused ones answer
403 and write nothing. The owner owns 1.i1; the forvaltning owner keeps Børn og Skole's initiatives (1.i1, 1.i2);
the other owner owns 2.i1."""

import pytest
from django.core.exceptions import PermissionDenied

from pejling.accounts.actions import save_staff
from pejling.audit.models import AuditEntry
from pejling.editor.models import BudgetLine, InitiativeRecord, InitiativeUpdate, LocalUpload, Milestone, PeriodLock
from tests.staff_fixtures import NOW

ROLES = ("administrator", "strategi", "owner", "forvaltning_owner", "other_owner", "reader")
OWN = {"administrator", "strategi", "owner", "forvaltning_owner"}
OTHERS = {"administrator", "strategi", "other_owner"}
STRATEGY = {"administrator", "strategi"}


def _initiative_form(status, role="", owner=None):
    return {
        "status": status,
        "status_reason": "Afventer" if status == "delayed" else "",
        "cadence": "quarterly",
        "reporting_from": "2026-11-28",
        "description": f"sat af {role}",
        "owner": owner.pk if owner else "",
        "forvaltning": owner.staff_profile.forvaltning_id or "" if owner else "",
    }


def _school(staff):
    return {"forvaltning": staff["forvaltning_owner"].staff_profile.forvaltning_id}


CASES = {
    "edit_own_initiative": (
        "/redaktion/initiativ/1.i1/",
        lambda role, staff: _initiative_form("delayed", role, staff["owner"]) | _school(staff),
        OWN,
        lambda: InitiativeRecord.objects.get(entity__key="1.i1").description,
    ),
    "edit_other_initiative": (
        "/redaktion/initiativ/2.i1/",
        lambda role, staff: _initiative_form("in_progress", role, staff["other_owner"]),
        OTHERS,
        lambda: InitiativeRecord.objects.get(entity__key="2.i1").description,
    ),
    "add_milestone": (
        "/redaktion/initiativ/1.i1/milepael/",
        lambda role, staff: {"title": f"Milepæl fra {role}", "due": "2027-03-01", "note": ""},
        OWN,
        lambda: sorted(Milestone.objects.values_list("title", flat=True)),
    ),
    "add_budget_line": (
        "/redaktion/initiativ/1.i1/budget/",
        lambda role, staff: {"funding": f"Pulje {role}", "year": "2027", "planned": "100000", "spent": "0", "note": ""},
        OWN,
        lambda: sorted(BudgetLine.objects.values_list("funding", flat=True)),
    ),
    "submit_update": (
        "/redaktion/initiativ/1.i1/opdatering/",
        lambda role, staff: {
            "period": "2026K4",
            "text": f"Skrevet af {role}",
            "progress": "20",
            "status": "in_progress",
        },
        OWN,
        lambda: list(InitiativeUpdate.objects.values_list("text", flat=True)),
    ),
    "lock_period": (
        "/redaktion/perioder/",
        lambda role, staff: {"period": {"administrator": "2026K1", "strategi": "2026K2"}.get(role, "2025K4")},
        STRATEGY,
        lambda: sorted(PeriodLock.objects.values_list("period", flat=True)),
    ),
    "upload_local_data": (
        "/redaktion/lokale-data/fritidsjob-13-17/",
        lambda role, staff: {
            "kind": "value",
            "area": "730",
            "period": "2025",
            "value": "41,5",
            "citation": f"Optælling {role}",
        },
        STRATEGY,
        lambda: sorted(LocalUpload.objects.values_list("citation", flat=True)),
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_role_may_or_may_not_write(client, staff, case):
    url, data, allowed, stored = CASES[case]
    for role in ROLES:
        client.force_login(staff[role])
        before_rows, before = AuditEntry.objects.count(), stored()
        response = client.post(url, data(role, staff))
        if role in allowed:
            assert response.status_code == 302, (case, role, response.content.decode()[:3000])
            assert AuditEntry.objects.count() > before_rows, (case, role)
        else:
            assert response.status_code == 403, (case, role)
            assert AuditEntry.objects.count() == before_rows, (case, role)
            assert stored() == before, (case, role)


def test_every_role_sees_the_staff_pages_and_only_strategy_exports_the_history(client, staff):
    for role in ROLES:
        client.force_login(staff[role])
        for url in ("/redaktion/", "/redaktion/opdateringer/", "/redaktion/historik/", "/redaktion/perioder/"):
            assert client.get(url).status_code == 200, (role, url)
        assert client.get("/redaktion/lokale-data/").status_code == 200
        assert client.get("/redaktion/datahentning/").status_code == 200
        export = client.get("/redaktion/historik/?format=csv").status_code
        assert export == (200 if role in STRATEGY else 403), role


def test_without_a_role_every_staff_page_is_refused_and_anonymous_visitors_must_log_in(
    client, staff, django_user_model
):
    nobody = django_user_model.objects.create_user("nogen@randers.dk", password="x" * 20)
    client.force_login(nobody)
    assert client.get("/redaktion/").status_code == 403
    assert client.post("/redaktion/initiativ/1.i1/", _initiative_form("stopped")).status_code == 403
    client.logout()
    before = AuditEntry.objects.count()
    response = client.post("/redaktion/initiativ/1.i1/", _initiative_form("stopped"))
    assert response.status_code == 302 and response["Location"] == "/redaktion/log-ind/?next=/redaktion/initiativ/1.i1/"
    assert AuditEntry.objects.count() == before
    assert InitiativeRecord.objects.get(entity__key="1.i1").status == "not_started"


def test_only_an_administrator_manages_staff(client, staff):
    for role in ROLES:
        if role == "administrator":
            save_staff(staff[role], NOW, "ny@randers.dk", roles=["laeser"])
            continue
        before = AuditEntry.objects.count()
        with pytest.raises(PermissionDenied):
            save_staff(staff[role], NOW, "ny2@randers.dk", roles=["administrator"])
        assert AuditEntry.objects.count() == before
    client.force_login(staff["administrator"])
    assert client.get("/admin/auth/user/").status_code == 200
    client.force_login(staff["strategi"])
    assert client.get("/admin/auth/user/").status_code == 302  # to the admin's own login: not staff
