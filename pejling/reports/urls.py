"""The report pages: public (/rapporter/) and staff (/redaktion/rapporter/), each also under /en/."""

from django.urls import path, re_path

from pejling.reports import views

app_name = "reports"

urlpatterns = [
    path("rapporter/", views.archive, name="archive"),
    path("rapporter/tjek/", views.verify, name="verify"),
    re_path(r"^rapporter/(?P<pk>[0-9]+)\.(?P<file_format>pdf|docx)$", views.download, name="download"),
    path("redaktion/rapporter/", views.staff_reports, name="staff"),
    path("redaktion/rapporter/forhaandsvisning/", views.preview, name="preview"),
]
