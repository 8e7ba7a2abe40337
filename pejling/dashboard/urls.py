from django.urls import path, re_path

from pejling.dashboard import views

app_name = "dashboard"
urlpatterns = [
    path("", views.home, name="home"),
    path("maalsaetning/<str:goal_key>/", views.goal, name="goal"),
    path("maal/<str:target_key>/", views.target, name="target"),
    re_path(r"^maal/(?P<target_key>[^/]+)/data\.(?P<fmt>csv|xlsx|json)$", views.target_download, name="download"),
    path("om-metoden/", views.method, name="method"),
    path("sammenligning/", views.comparison, name="comparison"),
]
