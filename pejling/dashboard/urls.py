from django.urls import path

from pejling.dashboard import views

app_name = "dashboard"
urlpatterns = [
    path("", views.home, name="home"),
    path("plan/<slug:slug>/", views.plan_page, name="plan"),
]
