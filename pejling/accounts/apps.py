from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "pejling.accounts"
    label = "accounts"
    verbose_name = "Brugere og roller / Users and roles"

    def ready(self) -> None:
        from pejling.accounts import rules  # noqa: F401  (registers the permission rules)
