from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "pejling.dashboard"
    label = "dashboard"
    verbose_name = "Offentlig side / Public dashboard"
