"""XSS and formula probes in every field: markup is refused with a message on its field (never stored, never
echoed unescaped), a bad postal code, CVR number or e-mail is refused, and a formula is kept as plain text and
shown escaped."""

from __future__ import annotations

import pytest
from django.utils import timezone

from pejling.participation.actions import moderate
from pejling.participation.models import Contribution
from tests.participation.conftest import give, last_link

pytestmark = pytest.mark.django_db
XSS = '<script>alert("x")</script>'
IMG = "<img src=x onerror=alert(1)>"


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"text": XSS}, "text", "Skriv almindelig tekst uden HTML-koder."),
        ({"text": f"Fint forslag {IMG}"}, "text", "Skriv almindelig tekst uden HTML-koder."),
        ({"giver": "association", "organisation": IMG}, "organisation", "Skriv almindelig tekst uden HTML-koder."),
        ({"giver": "business", "organisation": "Firma", "cvr": XSS}, "cvr", "Det er ikke et gyldigt CVR-nummer"),
        ({"giver": "business", "organisation": "Firma", "cvr": "29189737"}, "cvr", "Det er ikke et gyldigt CVR-nummer"),
        ({"postal_code": "<b>1"}, "postal_code", "Et postnummer er fire cifre"),
        ({"email": f"a{XSS}@example.dk"}, "email", "Indtast en gyldig e-mail-adresse."),
        ({"kind": XSS}, "kind", "Marker en gyldig valgmulighed."),
        ({"age_band": XSS}, "age_band", "Marker en gyldig valgmulighed."),
        ({"giver": XSS}, "giver", "Marker en gyldig valgmulighed."),
        ({"text": "x" * 2001}, "text", "Teksten må højst være 2000 tegn (den er 2001)."),
        ({"giver": "association"}, "organisation", "Skriv foreningens eller virksomhedens navn."),
    ],
)
def test_a_probe_is_refused_on_its_field(client, randers_loaded, fields, field, message):
    answer = give(client, **fields)
    page = answer.content.decode()
    assert answer.status_code == 400 and message in page
    assert f'href="#id_{field}"' in page
    assert "<script>alert" not in page and "<img src=x" not in page
    assert Contribution.objects.count() == 0


def test_a_formula_is_plain_text_and_shown_escaped(client, randers_loaded, staff):
    formula = '=HYPERLINK("http://evil.example","klik") & "<b>"'
    assert give(client, text=formula.replace("<b>", "b")).status_code == 302
    client.post(last_link())
    moderate(staff["moderator"], timezone.now(), Contribution.objects.get(), "publish")
    page = client.get("/maal/1.1/").content.decode()
    assert "=HYPERLINK(&quot;http://evil.example&quot;,&quot;klik&quot;) &amp; &quot;b&quot;" in page


def test_a_valid_business_contribution_keeps_its_cvr(client, randers_loaded):
    answer = give(client, giver="business", organisation="Gudenå Cykler ApS", cvr="DK-10 10 39 40", kind="offer")
    assert answer.status_code == 302
    stored = Contribution.objects.get()
    assert (stored.giver, stored.organisation, stored.cvr, stored.kind) == (
        "business",
        "Gudenå Cykler ApS",
        "10103940",
        "offer",
    )
