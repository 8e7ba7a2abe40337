from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "pejling.operations"
    verbose_name = "Drift / operations"
