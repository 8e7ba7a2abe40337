from django.apps import AppConfig


class ParticipationConfig(AppConfig):
    name = "pejling.participation"
    label = "participation"
    verbose_name = "Inddragelse / Participation"

    def ready(self) -> None:
        from pejling.participation.population import requests
        from pejling.stats.references import register

        register("participation.population", requests)  # FOLK1A by age band, fetched by `pejling sync`
