"""An owner's update for a reporting period: the initiative takes its status, a reason is required when delayed,
a locked period refuses new or changed updates, and the missing updates are listed."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError

from pejling.editor.actions import edit_initiative, lock_period, submit_update
from pejling.editor.models import InitiativeUpdate
from pejling.editor.queries import initiative_views
from pejling.plans.models import PlanVersion
from tests.staff_fixtures import NOW, SHELL, record


def test_the_initiative_takes_the_updates_status_and_a_delay_needs_a_reason(staff, plan):
    initiative = record(plan, "1.i1")
    with pytest.raises(ValidationError) as refused:
        submit_update(staff["owner"], NOW, initiative, period="2026K4", text="", progress=120, status="delayed")
    assert refused.value.messages == [
        "Angiv en begrundelse, når initiativet er forsinket eller stoppet.",
        "Skriv, hvad der er sket i perioden.",
        "Fremdriften skal være mellem 0 og 100 %.",
    ]
    submit_update(
        staff["owner"],
        NOW,
        initiative,
        period="2026K4",
        text="Udbud afventer",
        progress=30,
        status="delayed",
        status_reason="Klage over udbud",
    )
    initiative.refresh_from_db()
    assert (initiative.status, initiative.status_reason) == ("delayed", "Klage over udbud")
    submit_update(
        staff["owner"],
        NOW + timedelta(days=1),
        initiative,
        period="2026K4",
        text="Klagen afvist",
        progress=40,
        status="in_progress",
    )
    assert list(InitiativeUpdate.objects.values_list("period", "text", "progress")) == [("2026K4", "Klagen afvist", 40)]


def test_a_period_not_begun_or_unknown_is_refused(staff, plan):
    initiative = record(plan, "1.i1")
    for period, message in (("2027K1", "Perioden er ikke begyndt endnu."), ("2026K9", "Ukendt periode.")):
        with pytest.raises(ValidationError) as refused:
            submit_update(staff["owner"], NOW, initiative, period=period, text="x", progress=1, status="in_progress")
        assert refused.value.messages == [message]


def test_a_locked_quarter_refuses_its_updates_and_its_months(staff, plan):
    initiative = record(plan, "1.i1")
    edit_initiative(SHELL, NOW, initiative, reporting_from=date(2026, 7, 1))
    submit_update(staff["owner"], NOW, initiative, period="2026K3", text="Nedsat", progress=10, status="in_progress")
    with pytest.raises(ValidationError) as early:
        lock_period(staff["strategi"], NOW, plan, "2026K4")
    assert early.value.messages == ["En periode kan først låses, når den er slut."]
    lock_period(staff["strategi"], NOW, plan, "2026K3")
    for period in ("2026K3", "2026M08"):
        with pytest.raises(ValidationError) as refused:
            submit_update(
                staff["owner"], NOW, initiative, period=period, text="Ændret", progress=90, status="in_progress"
            )
        assert refused.value.messages == ["Perioden er låst; opdateringen kan ikke ændres."]
    assert InitiativeUpdate.objects.get().text == "Nedsat"


def test_the_update_form_offers_only_open_periods_and_lists_what_is_missing(client, staff, plan):
    initiative = record(plan, "1.i1")
    edit_initiative(SHELL, NOW, initiative, reporting_from=date(2026, 1, 1))
    lock_period(SHELL, NOW, plan, "2026K1")
    client.force_login(staff["owner"])
    html = client.get("/redaktion/initiativ/1.i1/opdatering/").content.decode()
    assert '<option value="2026K2">2026K2</option>' in html and 'value="2026K1"' not in html
    version = PlanVersion.objects.get()
    [view] = [v for v in initiative_views(version, date(2026, 11, 28)) if v.key == "1.i1"]
    assert [(s.period.code, s.state) for s in view.slots] == [
        ("2026K1", "overdue"),
        ("2026K2", "overdue"),
        ("2026K3", "overdue"),
        ("2026K4", "open"),
    ]
    missing = client.get("/redaktion/opdateringer/").content.decode()
    overdue = missing.split("<h2>Overskredet frist</h2>")[1].split("<h2>")[0]
    assert '<a href="/redaktion/initiativ/1.i1/">1.i1</a>' in overdue
    assert "2026K1: <strong>mangler (frist 17. april 2026)</strong>" in overdue  # 31 March + 10 working days: Easter
    without_owner = missing.split("<h2>Initiativer uden ansvarlig</h2>")[1]
    assert '<a href="/redaktion/initiativ/1.i2/">1.i2</a>' in without_owner
    assert '<a href="/redaktion/initiativ/1.i1/">1.i1</a>' not in without_owner
