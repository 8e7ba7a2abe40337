from django.apps import AppConfig


class EditorConfig(AppConfig):
    name = "pejling.editor"
    label = "editor"
    verbose_name = "Redaktion / Staff editor"
