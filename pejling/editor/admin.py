"""Initiatives and their parts in Django's admin; every write is an audited change."""

from __future__ import annotations

from django.contrib import admin

from pejling.audit.admin import AuditedAdminMixin
from pejling.editor import models
from pejling.plans.admin import ReadOnlyAdmin


class MilestoneInline(admin.TabularInline):  # type: ignore[type-arg]
    model = models.Milestone
    extra = 0


class BudgetLineInline(admin.TabularInline):  # type: ignore[type-arg]
    model = models.BudgetLine
    extra = 0


@admin.register(models.InitiativeRecord)
class InitiativeRecordAdmin(AuditedAdminMixin, admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("entity", "forvaltning", "owner", "status", "cadence")
    list_filter = ("status", "forvaltning", "cadence")
    inlines = (MilestoneInline, BudgetLineInline)
    filter_horizontal = ("targets",)


@admin.register(models.InitiativeUpdate)
class InitiativeUpdateAdmin(AuditedAdminMixin, admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("initiative", "period", "status", "progress", "author", "submitted_at")
    list_filter = ("status", "period")


@admin.register(models.PeriodLock)
class PeriodLockAdmin(AuditedAdminMixin, admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("plan", "period", "start", "end", "locked_by", "locked_at")


@admin.register(models.LocalUpload)
class LocalUploadAdmin(ReadOnlyAdmin):
    """Uploads are kept as they were received: read only here."""

    list_display = ("binding", "original_name", "state", "uploaded_by", "uploaded_at")
    list_filter = ("state",)


@admin.register(models.ReminderSent)
class ReminderSentAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("initiative", "period", "kind", "recipient", "sent_at")
    list_filter = ("kind",)
