from django.apps import AppConfig


class StatsConfig(AppConfig):
    name = "pejling.stats"
    label = "stats"
    verbose_name = "Statistik / Statistics"
