"""The archive in the admin: read only (a report is built by its action and never changed or deleted)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from pejling.reports.models import Report, ReportFile


class _ReadOnly(admin.ModelAdmin):  # type: ignore[type-arg]
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Report)
class ReportAdmin(_ReadOnly):
    list_display = ("as_of", "plan", "language", "fingerprint", "built_at", "built_by_label")
    list_filter = ("plan", "language")
    exclude = ("content",)
    readonly_fields = ("plan", "plan_version", "as_of", "language", "since", "vintage", "fingerprint", "built_at")


@admin.register(ReportFile)
class ReportFileAdmin(_ReadOnly):
    list_display = ("report", "format", "size", "sha256", "built_at")
    exclude = ("data",)
