"""The table of the database cache that holds inddragelse's rate limits when no Redis is configured
(settings.CACHES["limits"]); createcachetable makes it for every database cache and skips existing ones."""

from typing import Any

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps: Any, schema_editor: Any) -> None:
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("participation", "0001_initial")]
    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
