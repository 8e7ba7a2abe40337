"""Staff in Django's admin: forvaltninger, profiles, and users whose every change is audited."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from pejling.accounts.models import Forvaltning, StaffProfile
from pejling.audit.admin import AuditedAdminMixin


@admin.register(Forvaltning)
class ForvaltningAdmin(AuditedAdminMixin, admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "contact_email")


@admin.register(StaffProfile)
class StaffProfileAdmin(AuditedAdminMixin, admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "forvaltning", "forvaltning_grant", "language")
    list_filter = ("forvaltning", "forvaltning_grant")


class AuditedUserAdmin(AuditedAdminMixin, UserAdmin):  # type: ignore[type-arg]
    """Django's user admin; roles are the groups named after them."""


admin.site.unregister(get_user_model())
admin.site.register(get_user_model(), AuditedUserAdmin)
