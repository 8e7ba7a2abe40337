"""A forvaltning (the municipality's administrative unit) and each staff member's place in one."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from pejling.audit.trail import AuditedModel


class Forvaltning(AuditedModel):
    name = models.CharField("navn", max_length=200, unique=True)
    contact_email = models.EmailField("kontaktperson (e-mail)", blank=True, help_text="modtager eskaleringer")

    class Meta:
        verbose_name = "forvaltning"
        verbose_name_plural = "forvaltninger"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class StaffProfile(AuditedModel):
    """A staff member's forvaltning, whether they may keep all of its initiatives, and their language."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_profile")
    forvaltning = models.ForeignKey(
        Forvaltning, null=True, blank=True, on_delete=models.SET_NULL, related_name="staff", verbose_name="forvaltning"
    )
    forvaltning_grant = models.BooleanField(
        "må redigere forvaltningens initiativer", default=False, help_text="gælder rollen initiativejer"
    )
    language = models.CharField("sprog", max_length=2, choices=[("da", "Dansk"), ("en", "English")], default="da")

    class Meta:
        verbose_name = "medarbejderprofil"
        verbose_name_plural = "medarbejderprofiler"

    def __str__(self) -> str:
        return str(self.user.get_username())
