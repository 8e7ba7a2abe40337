from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Pejling — administration"
admin.site.site_title = "Pejling"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("pejling.dashboard.urls")),
]
