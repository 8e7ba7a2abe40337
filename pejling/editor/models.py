"""What staff keep about each initiative of the plan. Every row hangs on the initiative's lasting identity (a
``PlanEntity``), so a new plan version keeps its owner, milestones, budget and updates."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from pejling.accounts.models import Forvaltning
from pejling.audit.trail import AuditedModel
from pejling.lib.initiatives.schedule import CADENCE_CHOICES, DEFAULT_CADENCE
from pejling.lib.initiatives.statuses import CHOICES as STATUS_CHOICES
from pejling.lib.initiatives.statuses import NOT_STARTED
from pejling.plans.models import PlanEntity


class InitiativeRecord(AuditedModel):
    entity = models.OneToOneField(
        PlanEntity, on_delete=models.CASCADE, related_name="initiative_record", verbose_name="initiativ"
    )
    forvaltning = models.ForeignKey(
        Forvaltning,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="initiatives",
        verbose_name="ansvarlig forvaltning",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="initiatives",
        verbose_name="ansvarlig person",
    )
    description = models.TextField("beskrivelse", blank=True)
    start = models.DateField("start", null=True, blank=True)
    end = models.DateField("slut", null=True, blank=True)
    status = models.CharField("status", max_length=20, choices=STATUS_CHOICES, default=NOT_STARTED)
    status_reason = models.TextField("begrundelse for status", blank=True)
    cadence = models.CharField("opdateringsfrekvens", max_length=20, choices=CADENCE_CHOICES, default=DEFAULT_CADENCE)
    reporting_from = models.DateField("opdateringer fra", help_text="første dag, der skal rapporteres for")
    targets = models.ManyToManyField(
        PlanEntity, blank=True, related_name="moved_by", verbose_name="de Mål, initiativet skal flytte"
    )

    class Meta:
        verbose_name = "initiativ (udmøntning)"
        verbose_name_plural = "initiativer (udmøntning)"
        ordering = ["entity__key"]

    def __str__(self) -> str:
        return self.entity.key

    def audit_subject(self) -> PlanEntity:
        return self.entity


class _Part(AuditedModel):
    """A row that belongs to one initiative; its history is shown with the initiative's."""

    class Meta:
        abstract = True

    def audit_subject(self) -> PlanEntity:
        return self.initiative.entity  # type: ignore[attr-defined, no-any-return]


class Milestone(_Part):
    initiative = models.ForeignKey(InitiativeRecord, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField("milepæl", max_length=300)
    due = models.DateField("frist")
    done = models.BooleanField("nået", default=False)
    done_on = models.DateField("nået den", null=True, blank=True)
    note = models.TextField("note", blank=True)

    class Meta:
        verbose_name = "milepæl"
        verbose_name_plural = "milepæle"
        ordering = ["initiative", "due", "pk"]

    def __str__(self) -> str:
        return self.title


class BudgetLine(_Part):
    initiative = models.ForeignKey(InitiativeRecord, on_delete=models.CASCADE, related_name="budget_lines")
    funding = models.CharField("finansiering", max_length=200, help_text="fx investeringsstrategien")
    year = models.PositiveSmallIntegerField("år", null=True, blank=True)
    planned = models.DecimalField("budget (kr.)", max_digits=14, decimal_places=0)
    spent = models.DecimalField("forbrugt (kr.)", max_digits=14, decimal_places=0, default=0)
    note = models.TextField("note", blank=True)

    class Meta:
        verbose_name = "budgetlinje"
        verbose_name_plural = "budgetlinjer"
        ordering = ["initiative", "year", "pk"]

    def __str__(self) -> str:
        return f"{self.funding} {self.year or ''}".strip()


class InitiativeUpdate(_Part):
    """The owner's account of one reporting period: text, progress and the status it leaves the initiative in."""

    initiative = models.ForeignKey(InitiativeRecord, on_delete=models.CASCADE, related_name="updates")
    period = models.CharField("periode", max_length=10)
    text = models.TextField("opdatering")
    progress = models.PositiveSmallIntegerField("fremdrift (%)")
    status = models.CharField("status", max_length=20, choices=STATUS_CHOICES)
    status_reason = models.TextField("begrundelse for status", blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name="skrevet af"
    )
    submitted_at = models.DateTimeField("indsendt")

    class Meta:
        verbose_name = "opdatering"
        verbose_name_plural = "opdateringer"
        ordering = ["initiative", "-submitted_at"]
        constraints = [models.UniqueConstraint(fields=["initiative", "period"], name="one_update_per_period")]

    def __str__(self) -> str:
        return f"{self.initiative.entity.key} {self.period}"


class PeriodLock(AuditedModel):
    """A locked reporting period: no update for a period inside it may be written or changed."""

    plan = models.ForeignKey("plans.Plan", on_delete=models.CASCADE, related_name="period_locks")
    period = models.CharField("periode", max_length=10)
    start = models.DateField("fra")
    end = models.DateField("til")
    locked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    locked_at = models.DateTimeField("låst")

    class Meta:
        verbose_name = "låst periode"
        verbose_name_plural = "låste perioder"
        constraints = [models.UniqueConstraint(fields=["plan", "period"], name="one_lock_per_period")]

    def __str__(self) -> str:
        return f"{self.plan.slug} {self.period}"


class ReminderSent(models.Model):
    """One reminder mail sent (the key that makes ``pejling reminders send`` idempotent)."""

    initiative = models.ForeignKey(InitiativeRecord, on_delete=models.CASCADE, related_name="reminders")
    period = models.CharField("periode", max_length=10)
    kind = models.CharField("slags", max_length=20)
    recipient = models.EmailField("modtager")
    sent_at = models.DateTimeField("sendt")

    class Meta:
        verbose_name = "påmindelse"
        verbose_name_plural = "påmindelser"
        constraints = [models.UniqueConstraint(fields=["initiative", "period", "kind"], name="one_reminder_per_kind")]

    def __str__(self) -> str:
        return f"{self.kind} {self.period} → {self.recipient}"


def _upload_path(upload: LocalUpload, filename: str) -> str:
    return f"local-data/{upload.binding.key}/{upload.uploaded_at:%Y%m%dT%H%M%S}-{filename}"


class LocalUpload(AuditedModel):
    """One file of local data for a binding, kept with its uploader and time; stored only once confirmed."""

    class State(models.TextChoices):
        PENDING = "pending", "afventer bekræftelse"
        REJECTED = "rejected", "afvist (fejl i filen)"
        STORED = "stored", "gemt"
        CANCELLED = "cancelled", "annulleret"

    binding = models.ForeignKey(PlanEntity, on_delete=models.CASCADE, related_name="uploads", verbose_name="binding")
    file = models.FileField("fil", upload_to=_upload_path, max_length=300)
    original_name = models.CharField("filnavn", max_length=200)
    sha256 = models.CharField("sha256", max_length=64)
    citation = models.CharField("kilde", max_length=500, blank=True)
    typed = models.BooleanField("indtastet i browseren", default=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name="indsendt af"
    )
    uploaded_at = models.DateTimeField("indsendt")
    state = models.CharField("tilstand", max_length=20, choices=State.choices, default=State.PENDING)
    problems = models.JSONField("fejl", default=list, blank=True)
    rows = models.JSONField("rækker (forhåndsvisning)", default=list, blank=True)
    counts = models.JSONField("tællinger", default=dict, blank=True)
    decided_at = models.DateTimeField("bekræftet eller annulleret", null=True, blank=True)

    class Meta:
        verbose_name = "upload af lokale data"
        verbose_name_plural = "uploads af lokale data"
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.binding.key} {self.original_name}"

    def audit_subject(self) -> PlanEntity:
        return self.binding
