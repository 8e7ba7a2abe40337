from django.apps import AppConfig


class ParticipationConfig(AppConfig):
    name = "pejling.participation"
    label = "participation"
    verbose_name = "Inddragelse / Participation"
