from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "pejling.plans"
    label = "plans"
    verbose_name = "Planer / Plans"
