"""One row per changed object per action: who, when, what, before and after (JSON of the object's fields)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models

from pejling.plans.models import PlanEntity


class AuditEntry(models.Model):
    at = models.DateTimeField("tidspunkt", db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, verbose_name="bruger"
    )
    actor_label = models.CharField("bruger (som vist)", max_length=254)
    action = models.CharField("handling", max_length=60)
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, verbose_name="slags")
    object_id = models.CharField("objektets id", max_length=64)
    object_label = models.CharField("objekt", max_length=300)
    subject = models.ForeignKey(
        PlanEntity,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
        verbose_name="planelement",
    )
    before = models.JSONField("før", null=True, blank=True)
    after = models.JSONField("efter", null=True, blank=True)

    class Meta:
        verbose_name = "historikpost"
        verbose_name_plural = "historik"
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"], name="audit_object")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.object_label}"

    def changed_fields(self) -> list[tuple[str, object, object]]:
        """(field, before, after) for every field that differs; a creation or deletion lists every field."""
        before, after = self.before or {}, self.after or {}
        names = list(dict.fromkeys([*before, *after]))
        return [(name, before.get(name), after.get(name)) for name in names if before.get(name) != after.get(name)]
