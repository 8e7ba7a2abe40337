"""The report archive: a built byrådsrapport is kept for good with its content (data and text), the vintage of
its inputs and its fingerprint; each file built from it (PDF, DOCX) with its own SHA-256. Neither is ever
changed or deleted."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models

from pejling.audit.trail import AuditedModel
from pejling.plans.models import Plan, PlanVersion


class ArchivedForGood(RuntimeError):
    """An archived report or file may not be changed or deleted."""


class _Immutable(AuditedModel):
    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None and not self._state.adding:
            raise ArchivedForGood(f"{type(self).__name__} {self.pk} er arkiveret / is archived for good")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise ArchivedForGood(f"{type(self).__name__} {self.pk} er arkiveret / is archived for good")


class Report(_Immutable):
    LANGUAGES = [("da", "dansk"), ("en", "English")]
    audit_exclude = ("content",)  # the trail keeps the fingerprint, not a second copy of the content

    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="reports", verbose_name="plan")
    plan_version = models.ForeignKey(PlanVersion, on_delete=models.PROTECT, related_name="+")
    as_of = models.DateField("opgjort pr.")
    language = models.CharField("sprog", max_length=2, choices=LANGUAGES)
    since = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name="sammenlignet med"
    )
    content = models.JSONField("indhold (data og tekst)")
    vintage = models.JSONField("datagrundlag", default=list)
    fingerprint = models.CharField("fingeraftryk (SHA-256)", max_length=64, unique=True)
    built_at = models.DateTimeField("dannet")
    built_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    built_by_label = models.CharField("dannet af", max_length=254)

    class Meta:
        verbose_name = "byrådsrapport"
        verbose_name_plural = "byrådsrapporter"
        ordering = ["-as_of", "-built_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.plan.slug} {self.as_of} {self.language} {self.fingerprint[:12]}"


class ReportFile(_Immutable):
    FORMATS = [("pdf", "PDF"), ("docx", "DOCX")]
    audit_exclude = ("data",)

    report = models.ForeignKey(Report, on_delete=models.PROTECT, related_name="files")
    format = models.CharField("format", max_length=4, choices=FORMATS)
    data = models.BinaryField("fil")
    sha256 = models.CharField("filens SHA-256", max_length=64, unique=True)
    size = models.PositiveIntegerField("størrelse (bytes)")
    built_at = models.DateTimeField("dannet")

    class Meta:
        verbose_name = "rapportfil"
        verbose_name_plural = "rapportfiler"
        constraints = [models.UniqueConstraint(fields=["report", "format"], name="one_file_per_format")]

    def __str__(self) -> str:
        return f"{self.report} {self.format}"

    def audit_subject(self) -> Any:
        return None
