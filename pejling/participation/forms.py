"""The public input form and the staff forms. Every field's problems are reported at once, in the page's
language; text is checked by ``lib/participation/text`` (plain text only) and a CVR number by its modulus 11."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.utils.translation import gettext, gettext_lazy

from pejling.editor.forms import DkfdsForm
from pejling.lib.participation import kinds
from pejling.lib.participation.cvr import normalise_cvr, valid_cvr
from pejling.lib.participation.text import MAX_NAME, MAX_TEXT, plain_text
from pejling.participation.actions import Submission
from pejling.participation.verification import Verified

POSTAL_CODE = re.compile(r"^[1-9][0-9]{3}$")


def _choices(table: dict[str, str]) -> list[tuple[str, Any]]:
    return [(code, gettext_lazy(label)) for code, label in table.items()]


def _plain(value: str, limit: int) -> str:
    checked = plain_text(value, limit)
    if checked.problems:
        raise forms.ValidationError([gettext(msgid) % values for msgid, values in checked.problems])
    return checked.text


class ContributionForm(DkfdsForm):
    kind = forms.ChoiceField(
        label=gettext_lazy("Hvad vil du dele?"), choices=_choices(kinds.KINDS), widget=forms.RadioSelect
    )
    giver = forms.ChoiceField(
        label=gettext_lazy("Du skriver som"),
        choices=_choices(kinds.GIVERS),
        widget=forms.RadioSelect,
        initial=kinds.CITIZEN,
    )
    organisation = forms.CharField(
        label=gettext_lazy("Foreningens eller virksomhedens navn (vises offentligt)"),
        required=False,
        max_length=MAX_NAME * 2,
    )
    cvr = forms.CharField(label=gettext_lazy("CVR-nummer (valgfrit)"), required=False)  # any junk: not a CVR number
    text = forms.CharField(
        label=gettext_lazy("Dit input"),
        widget=forms.Textarea(attrs={"rows": 8, "maxlength": MAX_TEXT}),
        help_text=gettext_lazy("Almindelig tekst, højst 2000 tegn. Skriv ikke personlige oplysninger om andre."),
        max_length=MAX_TEXT * 2,
        strip=False,
    )
    age_band = forms.ChoiceField(
        label=gettext_lazy("Din aldersgruppe (valgfrit)"),
        required=False,
        choices=[("", gettext_lazy("Vil ikke oplyse"))] + [(b, b.replace("-", "–")) for b in kinds.AGE_BANDS],
    )
    postal_code = forms.CharField(label=gettext_lazy("Dit postnummer (valgfrit)"), required=False, max_length=4)
    email = forms.EmailField(
        label=gettext_lazy("Din e-mail"),
        help_text=gettext_lazy("Vi sender et link, som du skal åbne, før dit input bliver modtaget. Den vises aldrig."),
    )
    wants_updates = forms.BooleanField(
        label=gettext_lazy("Giv mig besked på e-mail, når det initiativ, mit input indgår i, ændrer sig"),
        required=False,
    )
    privacy = forms.BooleanField(label=gettext_lazy("Jeg har læst, hvordan kommunen behandler mine oplysninger"))

    def clean_text(self) -> str:
        return _plain(self.cleaned_data["text"], MAX_TEXT)

    def clean_organisation(self) -> str:
        value = self.cleaned_data["organisation"]
        return _plain(value, MAX_NAME) if value.strip() else ""

    def clean_cvr(self) -> str:
        value = self.cleaned_data["cvr"]
        if not value.strip():
            return ""
        if not valid_cvr(value):
            raise forms.ValidationError(gettext("Det er ikke et gyldigt CVR-nummer (8 cifre)."))
        return normalise_cvr(value)

    def clean_postal_code(self) -> str:
        value = str(self.cleaned_data["postal_code"]).strip()
        if value and not POSTAL_CODE.match(value):
            raise forms.ValidationError(gettext("Et postnummer er fire cifre, fx 8900."))
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        giver = data.get("giver")
        if giver in (kinds.ASSOCIATION, kinds.BUSINESS) and not data.get("organisation"):
            self.add_error("organisation", gettext("Skriv foreningens eller virksomhedens navn."))
        if data.get("cvr") and giver != kinds.BUSINESS:
            self.add_error("cvr", gettext("Et CVR-nummer hører til input fra en virksomhed."))
        return data

    def submission(self, language: str, verified: Verified | None = None) -> Submission:
        d = self.cleaned_data
        organisation = d["organisation"] if d["giver"] in (kinds.ASSOCIATION, kinds.BUSINESS) else ""
        return Submission(
            kind=d["kind"],
            giver=d["giver"],
            text=d["text"],
            email=d["email"],
            organisation=organisation,
            cvr=d["cvr"],
            age_band=d["age_band"],
            postal_code=d["postal_code"],
            wants_updates=d["wants_updates"],
            language=language,
            verified=verified,
        )


class FlagForm(DkfdsForm):
    reason = forms.CharField(
        label=gettext_lazy("Hvorfor bryder bidraget reglerne?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1000,
    )

    def clean_reason(self) -> str:
        return _plain(self.cleaned_data["reason"], 500)


class MyDataForm(DkfdsForm):
    email = forms.EmailField(label=gettext_lazy("Din e-mail"))
