from django.apps import AppConfig


class ProgressConfig(AppConfig):
    name = "pejling.progress"
    label = "progress"
    verbose_name = "Fremdrift / Progress"
