"""The plan in Django's admin. Plans are loaded from files, so versions are read-only here."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from pejling.plans import models


class ReadOnlyAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Rows come from `pejling plan load`; editing them here would break version integrity."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(models.Plan)
class PlanAdmin(ReadOnlyAdmin):
    list_display = ("slug", "municipality_code", "created_at")


@admin.register(models.PlanEntity)
class PlanEntityAdmin(ReadOnlyAdmin):
    list_display = ("key", "kind", "plan")
    list_filter = ("plan", "kind")


@admin.register(models.PlanVersion)
class PlanVersionAdmin(ReadOnlyAdmin):
    list_display = ("plan", "number", "title", "status", "loaded_at")
    list_filter = ("plan", "status")
    exclude = ("document", "source_text")


@admin.register(models.Goal)
class GoalAdmin(ReadOnlyAdmin):
    list_display = ("number", "title", "priority", "version")
    list_filter = ("version",)


@admin.register(models.Prerequisite)
class PrerequisiteAdmin(ReadOnlyAdmin):
    list_display = ("key", "short_title", "version")


@admin.register(models.Initiative)
class InitiativeAdmin(ReadOnlyAdmin):
    list_display = ("key", "text", "goal")


@admin.register(models.Target)
class TargetAdmin(ReadOnlyAdmin):
    list_display = ("key", "text", "direction", "ambition", "rule", "decided", "goal")
    list_filter = ("goal__version", "decided", "rule")


@admin.register(models.Binding)
class BindingAdmin(ReadOnlyAdmin):
    list_display = ("key", "source", "table", "unit", "verified", "target")
    list_filter = ("source", "verified")


@admin.register(models.ComparisonGroup)
class ComparisonGroupAdmin(ReadOnlyAdmin):
    list_display = ("key", "name", "is_default", "valid_from", "version")
