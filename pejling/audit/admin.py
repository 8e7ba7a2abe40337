"""The audit trail in Django's admin (read only), and the mixin that makes every admin write an audited change."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Model, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from pejling.audit.models import AuditEntry
from pejling.audit.trail import change
from pejling.plans.admin import ReadOnlyAdmin


class AuditedAdminMixin:
    """Saves and deletes from the admin go through ``change()`` with the signed-in user as actor."""

    def save_model(self, request: HttpRequest, obj: Model, form: Any, change_: bool) -> None:
        with change(request.user, timezone.now(), f"admin.{obj._meta.model_name}.save", announce_as="admin") as audit:
            audit.track(obj, as_stored=True)
            super().save_model(request, obj, form, change_)  # type: ignore[misc]

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change_: bool) -> None:
        obj = form.instance
        with change(request.user, timezone.now(), f"admin.{obj._meta.model_name}.save", announce_as="admin") as audit:
            audit.track(obj)
            super().save_related(request, form, formsets, change_)  # type: ignore[misc]

    def delete_model(self, request: HttpRequest, obj: Model) -> None:
        with change(request.user, timezone.now(), f"admin.{obj._meta.model_name}.delete", announce_as="admin") as audit:
            audit.delete(obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for obj in queryset:
            self.delete_model(request, obj)


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    """The trail is only ever appended to."""

    list_display = ("at", "actor_label", "action", "content_type", "object_label")
    list_filter = ("action", "content_type")
    search_fields = ("actor_label", "object_label", "object_id")
    date_hierarchy = "at"
