from typing import Any

from django.apps import AppConfig


def clear_page_cache(sender: Any, **kwargs: Any) -> None:
    """Pages, downloads, the API and the freshness stamp are rebuilt from the new data on the next request."""
    from django.core.cache import cache

    cache.clear()


class DashboardConfig(AppConfig):
    name = "pejling.dashboard"
    label = "dashboard"
    verbose_name = "Offentlig side / Public dashboard"

    def ready(self) -> None:
        from pejling.changes import data_changed

        data_changed.connect(clear_page_cache, dispatch_uid="pejling.dashboard.clear_page_cache")
