"""The staff forms. Labels are gettext strings (the pages are Danish or English); the domain rules live in
the actions, which report their problems as ValidationErrors shown on the form."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from pejling.accounts.models import Forvaltning
from pejling.lib.initiatives.schedule import CADENCES
from pejling.lib.initiatives.statuses import STATUSES
from pejling.plans.models import PlanEntity


def _status_choices() -> list[tuple[str, Any]]:
    return [(code, _(s.label)) for code, s in STATUSES.items()]


def _cadence_choices() -> list[tuple[str, Any]]:
    return [(code, _(c.label)) for code, c in CADENCES.items()]


_CLASSES = {
    forms.Select: "form-select",
    forms.CheckboxInput: "form-checkbox",
    forms.CheckboxSelectMultiple: "form-checkbox",
}


class DkfdsForm(forms.Form):
    """Widgets with Det Fælles Designsystem's classes; an invalid field points at its error message."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.style()

    def style(self) -> None:
        for name, field in self.fields.items():
            css = next((c for kind, c in _CLASSES.items() if isinstance(field.widget, kind)), "form-input")
            field.widget.attrs.setdefault("class", css)
            errors = getattr(self, "_errors", None)  # only once validated: never validate here
            if errors is not None and name in errors:
                field.widget.attrs["aria-describedby"] = f"id_{name}-error"
                field.widget.attrs["aria-invalid"] = "true"

    def full_clean(self) -> None:
        super().full_clean()
        self.style()


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%d")


class StaffChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.get_full_name() or obj.get_username()}"


class TargetChoiceField(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    def __init__(self, labels: dict[int, str], **kwargs: Any) -> None:
        self.labels = labels
        super().__init__(**kwargs)

    def label_from_instance(self, obj: Any) -> str:
        return self.labels.get(obj.pk) or str(obj.key)


class InitiativeForm(DkfdsForm):
    forvaltning = forms.ModelChoiceField(
        Forvaltning.objects.all(), required=False, label=_("Ansvarlig forvaltning"), empty_label="—"
    )
    owner = StaffChoiceField(
        get_user_model().objects.none(), required=False, label=_("Ansvarlig person"), empty_label="—"
    )
    description = forms.CharField(label=_("Beskrivelse"), required=False, max_length=5000, widget=forms.Textarea)
    start = forms.DateField(label=_("Start"), required=False, widget=DateInput())
    end = forms.DateField(label=_("Slut"), required=False, widget=DateInput())
    status = forms.ChoiceField(label=_("Status"), choices=_status_choices)
    status_reason = forms.CharField(
        label=_("Begrundelse (når forsinket eller stoppet)"), required=False, max_length=2000, widget=forms.Textarea
    )
    cadence = forms.ChoiceField(label=_("Opdateringsfrekvens"), choices=_cadence_choices)
    reporting_from = forms.DateField(label=_("Opdateringer fra"), widget=DateInput())

    def __init__(self, *args: Any, targets: list[tuple[PlanEntity, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        owner = self.fields["owner"]
        assert isinstance(owner, StaffChoiceField)
        owner.queryset = get_user_model().objects.filter(is_active=True).order_by("username")
        self.fields["targets"] = TargetChoiceField(
            {entity.pk: label for entity, label in targets},
            queryset=PlanEntity.objects.filter(pk__in=[entity.pk for entity, _ in targets]).order_by("key"),
            required=False,
            label=_("De Mål, initiativet skal flytte"),
            widget=forms.CheckboxSelectMultiple,
        )
        self.style()


class MilestoneForm(DkfdsForm):
    title = forms.CharField(label=_("Milepæl"), max_length=300)
    due = forms.DateField(label=_("Frist"), widget=DateInput())
    done = forms.BooleanField(label=_("Nået"), required=False)
    note = forms.CharField(label=_("Note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


class BudgetLineForm(DkfdsForm):
    funding = forms.CharField(label=_("Finansiering (fx investeringsstrategien)"), max_length=200)
    year = forms.IntegerField(label=_("År"), required=False, min_value=2000, max_value=2100)
    planned = forms.DecimalField(label=_("Budget (kr.)"), max_digits=14, decimal_places=0, min_value=0)
    spent = forms.DecimalField(label=_("Forbrugt (kr.)"), max_digits=14, decimal_places=0, min_value=0, initial=0)
    note = forms.CharField(label=_("Note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


class UpdateForm(DkfdsForm):
    period = forms.ChoiceField(label=_("Periode"))
    text = forms.CharField(label=_("Hvad er der sket i perioden?"), max_length=10000, widget=forms.Textarea)
    progress = forms.IntegerField(label=_("Fremdrift (%)"), min_value=0, max_value=100)
    status = forms.ChoiceField(label=_("Status efter perioden"), choices=_status_choices)
    status_reason = forms.CharField(
        label=_("Begrundelse (når forsinket eller stoppet)"), required=False, max_length=2000, widget=forms.Textarea
    )

    def __init__(self, *args: Any, periods: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        period = self.fields["period"]
        assert isinstance(period, forms.ChoiceField)
        period.choices = periods
        self.style()


class LockForm(DkfdsForm):
    period = forms.CharField(label=_("Periode (fx 2026K3)"), max_length=10)
