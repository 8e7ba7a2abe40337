"""The public pages of the default plan at ``/``, and of every other loaded plan under ``/plan/<id>/`` (the same
views and names prefixed ``plan_``; templates link with ``{% plan_url %}``, which keeps the visitor's plan)."""

from django.urls import path, re_path

from pejling.dashboard import views

app_name = "dashboard"

PAGES = [
    ("", views.home, "home"),
    ("maalsaetning/<str:goal_key>/", views.goal, "goal"),
    ("maal/<str:target_key>/", views.target, "target"),
    ("initiativ/<str:initiative_key>/", views.initiative, "initiative"),
    ("om-metoden/", views.method, "method"),
    ("sammenligning/", views.comparison, "comparison"),
]
DOWNLOAD = r"maal/(?P<target_key>[^/]+)/data\.(?P<fmt>csv|xlsx|json)$"
INITIATIVES = r"initiativer\.(?P<fmt>csv|xlsx|json)$"

urlpatterns = [
    *(path(route, view, name=name) for route, view, name in PAGES),
    re_path(rf"^{DOWNLOAD}", views.target_download, name="download"),
    re_path(rf"^{INITIATIVES}", views.initiatives_download, name="initiatives_download"),
    *(path(f"plan/<slug:plan_slug>/{route}", view, name=f"plan_{name}") for route, view, name in PAGES),
    re_path(rf"^plan/(?P<plan_slug>[-\w]+)/{DOWNLOAD}", views.target_download, name="plan_download"),
    re_path(
        rf"^plan/(?P<plan_slug>[-\w]+)/{INITIATIVES}", views.initiatives_download, name="plan_initiatives_download"
    ),
]
