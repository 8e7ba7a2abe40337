"""The staff page's form: which report to build or preview."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from pejling.editor.forms import DkfdsForm
from pejling.formats import long_date
from pejling.reports.build import RENDERERS
from pejling.reports.models import Report


class ReportForm(DkfdsForm):
    as_of = forms.DateField(label=_("Opgjort pr."), widget=forms.DateInput(attrs={"type": "date"}))
    since = forms.TypedChoiceField(label=_("Sammenlign med"), coerce=int, empty_value=None, required=False)
    language = forms.ChoiceField(label=_("Sprog"), choices=[("da", _("dansk")), ("en", _("engelsk"))])
    file_format = forms.ChoiceField(label=_("Format"), choices=[(f, f.upper()) for f in RENDERERS])

    def __init__(self, *args: Any, reports: list[Report], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices: list[tuple[Any, Any]] = [("", _("den forrige rapport (standard)"))]
        choices += [(r.pk, f"{long_date(r.as_of)} · {r.language} · {r.fingerprint[:12]}") for r in reports]
        self.fields["since"].choices = choices  # type: ignore[attr-defined]
