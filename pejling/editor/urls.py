"""The staff pages, under /redaktion/ (and /en/redaktion/)."""

from django.urls import path

from pejling.editor import data_views, views

app_name = "editor"

urlpatterns = [
    path("log-ind/", views.LoginView.as_view(), name="login"),
    path("log-ud/", views.LogoutView.as_view(), name="logout"),
    path("", views.mine, name="mine"),
    path("opdateringer/", views.missing, name="missing"),
    path("opdatering/<str:token>/", views.update_link, name="update_link"),
    path("historik/", views.history_page, name="history"),
    path("perioder/", views.periods, name="periods"),
    path("initiativ/<str:key>/", views.initiative, name="initiative"),
    path("initiativ/<str:key>/opdatering/", views.update, name="update"),
    path("initiativ/<str:key>/milepael/", views.milestone, name="milestone_add"),
    path("initiativ/<str:key>/milepael/<int:pk>/", views.milestone, name="milestone"),
    path("initiativ/<str:key>/budget/", views.budget, name="budget_add"),
    path("initiativ/<str:key>/budget/<int:pk>/", views.budget, name="budget"),
    path("initiativ/<str:key>/historik/", views.history_page, name="initiative_history"),
    path("lokale-data/", data_views.local_list, name="local_data"),
    path("lokale-data/<str:key>/", data_views.local_binding, name="local_binding"),
    path("lokale-data/<str:key>/fil/<int:pk>/", data_views.local_upload, name="local_upload"),
    path("datahentning/", data_views.sync_runs, name="sync_runs"),
]
