"""The moderators' forms: a moderation step with its reason, and the answer with its status."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy

from pejling.editor.forms import DkfdsForm
from pejling.lib.participation import kinds
from pejling.participation import actions
from pejling.participation.models import Contribution
from pejling.plans.models import PlanEntity

STEPS = {
    actions.PUBLISH: gettext_lazy("Offentliggør"),
    actions.HIDE: gettext_lazy("Skjul"),
    actions.RESTORE: gettext_lazy("Gendan (offentliggør igen)"),
}


STATUS_CHOICES = {
    kinds.RECEIVED: gettext_lazy("Modtaget"),
    kinds.IN_PROGRESS: gettext_lazy("Under behandling"),
    kinds.ANSWERED: gettext_lazy("Besvaret"),
    kinds.IN_INITIATIVE: gettext_lazy("Indgår i et initiativ (vælg hvilket)"),
    kinds.NOT_FOLLOWED: gettext_lazy("Ikke fulgt (skriv hvorfor)"),
}


class ModerateForm(DkfdsForm):
    step = forms.ChoiceField(label=gettext_lazy("Handling"), widget=forms.RadioSelect)
    reason = forms.CharField(
        label=gettext_lazy("Begrundelse (skal udfyldes ved skjul og gendan)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
    )

    def __init__(self, contribution: Contribution, data: Any = None) -> None:
        super().__init__(data)
        possible = [s for s, (allowed, _to) in actions.MODERATION.items() if contribution.visibility in allowed]
        self.fields["step"].choices = [(s, STEPS[s]) for s in possible]  # type: ignore[attr-defined]


class AnswerForm(DkfdsForm):
    status = forms.ChoiceField(label=gettext_lazy("Status"))
    answer = forms.CharField(
        label=gettext_lazy("Kommunens svar (vises offentligt)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=4000,
    )
    reason = forms.CharField(
        label=gettext_lazy("Hvorfor følges det ikke? (vises offentligt)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )
    initiative = forms.ChoiceField(label=gettext_lazy("Indgår i initiativ"), required=False)

    def __init__(
        self, initiatives: dict[str, tuple[PlanEntity, str]], data: Any = None, *, instance: Contribution
    ) -> None:
        initial = {
            "status": instance.status,
            "answer": instance.answer,
            "reason": instance.status_reason,
            "initiative": instance.initiative.key if instance.initiative else "",
        }
        super().__init__(data, initial=initial)
        self.fields["status"].choices = list(STATUS_CHOICES.items())  # type: ignore[attr-defined]
        self.fields["initiative"].choices = [("", "—")] + [(k, f"{k}: {t[:90]}") for k, (_e, t) in initiatives.items()]  # type: ignore[attr-defined]
