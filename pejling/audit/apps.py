from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "pejling.audit"
    label = "audit"
    verbose_name = "Historik / Audit trail"
