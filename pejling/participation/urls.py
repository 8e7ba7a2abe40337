"""The input pages, under /inddragelse/ (and /en/inddragelse/), and the moderators' under /redaktion/inddragelse/."""

from django.urls import path, re_path

from pejling.participation import my_data_views, staff_views, views

app_name = "participation"

urlpatterns = [
    path("inddragelse/sendt/", views.sent, name="sent"),
    path("inddragelse/robottjek/", views.challenge_json, name="challenge"),
    path("inddragelse/bekraeft/<str:token>/", views.confirm, name="confirm"),
    path("inddragelse/bidrag/<int:pk>/anmeld/", views.flag, name="flag"),
    path("inddragelse/stop/<str:token>/", views.stop, name="stop"),
    path("inddragelse/mitid/tilbage/", views.verify_done, name="verify_done"),
    path("inddragelse/privatliv/", views.privacy, name="privacy"),
    path("inddragelse/mine-data/", my_data_views.ask, name="my_data_ask"),
    path("inddragelse/mine-data/<str:token>/", my_data_views.my_data, name="my_data"),
    path(
        "inddragelse/<slug:plan_slug>/maalsaetning/<str:goal_key>/i-sagde-vi-gjorde/", views.ledger_page, name="ledger"
    ),
    path("inddragelse/<slug:plan_slug>/<str:segment>/<str:key>/mitid/", views.verify, name="verify"),
    # last: its three segments would also match the paths above
    path("inddragelse/<slug:plan_slug>/<str:segment>/<str:key>/", views.give, name="give"),
    path("redaktion/inddragelse/", staff_views.queue, name="queue"),
    re_path(r"^redaktion/inddragelse/eksport\.(?P<fmt>csv|xlsx)$", staff_views.export, name="export"),
    path("redaktion/inddragelse/<int:pk>/", staff_views.contribution, name="contribution"),
]
