"""`pejling reminders send` against a real SMTP server on loopback (aiosmtpd): the advance reminder, the
overdue one and the escalation to the forvaltning's contact, each sent once however often it runs, with a
signed link that opens the update form for that one update — used once, expired, tampered."""

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from pejling.editor.actions import edit_initiative
from pejling.editor.models import InitiativeUpdate, ReminderSent
from pejling.editor.reminders import send_reminders
from pejling.editor.update_links import make_token
from pejling.plans.models import PlanVersion
from tests.conftest import run_command
from tests.smtp_inbox import running_inbox
from tests.staff_fixtures import NOW, SHELL, record


@pytest.fixture
def inbox(settings):
    with running_inbox(settings) as handler:
        settings.DEFAULT_FROM_EMAIL = "pejling@randers.dk"
        settings.PEJLING_SITE_URL = "https://pejling.randers.dk"
        yield handler


def _text(mail):
    return mail.get_content().replace("\r\n", "\n")


def _subject(mail):
    return str(mail["Subject"]).strip()  # Python's mail folds a long encoded subject onto a line of its own


@pytest.fixture
def owned(staff, plan):
    initiative = record(plan, "1.i1")
    edit_initiative(SHELL, NOW, initiative, reporting_from=date(2026, 7, 1))
    return initiative


def test_the_advance_reminder_is_sent_once_with_a_link(inbox, owned, capsys):
    code, out = run_command(capsys, "reminders", "send", "--today", "2026-10-06")
    assert (code, out, inbox.mails) == (0, "0 sendt / sent\n", [])
    code, out = run_command(capsys, "reminders", "send", "--today", "2026-10-07")
    assert out == "påmindelse / reminder: 1.i1 2026K3 → ejer@randers.dk\n1 sendt / sent\n"
    code, out = run_command(capsys, "reminders", "send", "--today", "2026-10-07")
    assert out == "0 sendt / sent\n"
    [(sender, to, mail)] = inbox.mails
    assert (sender, to) == ("pejling@randers.dk", ["ejer@randers.dk"])
    assert _subject(mail) == "Påmindelse: opdatering af initiativ 1.i1 for 2026K3 senest 14. oktober 2026"
    body = _text(mail)
    link = re.search(r"https://pejling\.randers\.dk/redaktion/opdatering/([^/\s]+)/", body)
    assert link is not None
    assert body.startswith(
        "Hej ejer@randers.dk\n\nInitiativet »En selvstændig handleplan for uddannelsesområdet, der skal udpege risici "
        "og potentialer og sikre en fælles forståelse for, hvad området arbejder hen imod« skal have en opdatering "
        "for 2026K3 senest 14. oktober 2026.\n\nSkriv den her (linket gælder denne ene opdatering og udløber "
    )
    assert body.endswith(f"):\n{link.group(0)}\n\nVenlig hilsen\nPejling — Randers Kommune\n")


def test_overdue_then_escalation_to_the_forvaltnings_contact(inbox, owned):
    version = PlanVersion.objects.get()
    sent = send_reminders(version, today=date(2026, 10, 15), now=datetime(2026, 10, 15, 6, tzinfo=UTC))
    assert [(s.reminder.kind, s.recipient) for s in sent] == [("overdue", "ejer@randers.dk")]
    assert send_reminders(version, today=date(2026, 10, 27), now=NOW) == []
    sent = send_reminders(version, today=date(2026, 10, 28), now=datetime(2026, 10, 28, 6, tzinfo=UTC))
    assert [(s.reminder.kind, s.recipient) for s in sent] == [("escalation", "chef@randers.dk")]
    overdue, escalation = (mail for _, _, mail in inbox.mails)
    assert _subject(overdue) == "Opdatering mangler: initiativ 1.i1 for 2026K3 (frist 14. oktober 2026)"
    assert "udløber 14. november 2026):" in _text(overdue)
    assert _subject(escalation) == "Til orientering: opdateringen af initiativ 1.i1 for 2026K3 mangler stadig"
    assert _text(escalation) == (
        "Hej\n\nOpdateringen af initiativet »En selvstændig handleplan for uddannelsesområdet, der skal udpege risici og "
        "potentialer og sikre en fælles forståelse for, hvad området arbejder hen imod« for 2026K3 mangler stadig; "
        "fristen var 14. oktober 2026. Ansvarlig: ejer@randers.dk.\n\nInitiativet i redaktionen:\n"
        "https://pejling.randers.dk/redaktion/initiativ/1.i1/\n\nVenlig hilsen\nPejling — Randers Kommune\n"
    )
    assert sorted(ReminderSent.objects.values_list("kind", "period")) == [
        ("escalation", "2026K3"),
        ("overdue", "2026K3"),
    ]


def test_an_english_speaking_owner_gets_english_mails(inbox, owned, staff):
    from pejling.accounts.models import StaffProfile
    from pejling.audit.trail import change

    profile = StaffProfile.objects.get(user=staff["owner"])
    with change(SHELL, NOW, "profile.language") as audit:
        audit.track(profile)
        profile.language = "en"
        profile.save()
    send_reminders(PlanVersion.objects.get(), today=date(2026, 10, 7), now=NOW)
    [(_, _, mail)] = inbox.mails
    assert _subject(mail) == "Reminder: update of initiative 1.i1 for 2026K3 due 14 October 2026"
    assert _text(mail).startswith("Hello ejer@randers.dk\n\nThe initiative »")


def test_the_link_opens_the_form_once_and_then_never_again(client, staff, owned):
    token = make_token(owned, "2026K4", staff["owner"], datetime.now(UTC))
    page = client.get(f"/redaktion/opdatering/{token}/")
    html = page.content.decode()
    assert page.status_code == 200 and '<option value="2026K4" selected>2026K4</option>' in html
    assert html.count('<option value="2026K') == 1
    saved = client.post(
        f"/redaktion/opdatering/{token}/",
        {"period": "2026K4", "text": "Godt i gang", "progress": "25", "status": "in_progress"},
    )
    assert saved.status_code == 200 and "linket er nu brugt" in saved.content.decode()
    update = InitiativeUpdate.objects.get()
    assert (update.author, update.text, update.period) == (staff["owner"], "Godt i gang", "2026K4")
    again = client.get(f"/redaktion/opdatering/{token}/")
    assert again.status_code == 410 and "allerede skrevet" in again.content.decode()
    assert "_auth_user_id" not in client.session  # the link never logs anyone in


def test_an_expired_or_tampered_link_is_refused(client, staff, owned):
    old = make_token(owned, "2026K4", staff["owner"], datetime.now(UTC) - timedelta(days=31))
    assert client.get(f"/redaktion/opdatering/{old}/").status_code == 410
    assert "Linket er udløbet." in client.get(f"/redaktion/opdatering/{old}/").content.decode()
    token = make_token(owned, "2026K4", staff["owner"], datetime.now(UTC))
    tampered = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    response = client.get(f"/redaktion/opdatering/{tampered}/")
    assert response.status_code == 403 and "Linket er ugyldigt." in response.content.decode()
    assert (
        client.post(
            f"/redaktion/opdatering/{tampered}/",
            {"period": "2026K4", "text": "x", "progress": "1", "status": "in_progress"},
        ).status_code
        == 403
    )
    assert not InitiativeUpdate.objects.exists()
