"""The project package as an app, so that its system checks are registered."""

from django.apps import AppConfig


class PejlingConfig(AppConfig):
    name = "pejling"
    verbose_name = "Pejling"

    def ready(self) -> None:
        from pejling import checks  # noqa: F401  (registers the system checks)
