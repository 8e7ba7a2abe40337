from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "pejling.reports"
    label = "reports"
    verbose_name = "Byrådsrapporter / Council reports"
