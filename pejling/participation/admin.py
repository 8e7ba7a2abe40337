"""Read-only admin for input: every change goes through the actions (moderation and answers on the staff pages);
the admin never shows a participant's e-mail beside their contributions."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from pejling.participation.models import Contribution, Flag


class _ReadOnly(admin.ModelAdmin):  # type: ignore[type-arg]
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Contribution)
class ContributionAdmin(_ReadOnly):
    list_display = ("pk", "entity", "kind", "giver", "visibility", "status", "received_at", "flag_count")
    list_filter = ("visibility", "status", "kind", "giver")
    search_fields = ("text",)
    exclude = ("participant",)


@admin.register(Flag)
class FlagAdmin(_ReadOnly):
    list_display = ("contribution", "at", "reason")
