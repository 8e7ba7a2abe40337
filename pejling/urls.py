from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from pejling.accounts import oidc
from pejling.dashboard import views
from pejling.dashboard.api import api
from pejling.operations import views as operations
from pejling.operations.metrics import metrics

admin.site.site_header = "Pejling — administration"
admin.site.site_title = "Pejling"
handler500 = "pejling.dashboard.views.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("healthz", operations.healthz, name="healthz"),
    path("readyz", operations.readyz, name="readyz"),
    path("metrics", metrics, name="metrics"),
    path("was", views.was, name="was"),
    path("geo/kommuner.geojson", views.geojson, name="geojson"),
    path("oidc/authenticate/", oidc.AuthenticationRequestView.as_view(), name="oidc_authentication_init"),
    path("oidc/callback/", oidc.AuthenticationCallbackView.as_view(), name="oidc_authentication_callback"),
    path("favicon.ico", RedirectView.as_view(url=static("pejling/favicon.svg"), permanent=True)),
    *i18n_patterns(
        path("", include("pejling.reports.urls")),
        path("", include("pejling.participation.urls")),
        path("redaktion/", include("pejling.editor.urls")),
        path("", include("pejling.dashboard.urls")),
        prefix_default_language=False,
    ),
]
