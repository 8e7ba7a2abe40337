"""Series owned by their source (step 3 of 3): every observation belongs to a series; the binding-keyed
``series_key`` and ``role`` columns are gone."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("stats", "0004_series_from_binding_keys")]

    operations = [
        migrations.RemoveConstraint(model_name="observation", name="unique_observation"),
        migrations.RemoveIndex(model_name="observation", name="stats_obser_series__6c34c6_idx"),
        migrations.RemoveField(model_name="observation", name="role"),
        migrations.RemoveField(model_name="observation", name="series_key"),
        migrations.RemoveField(model_name="snapshot", name="role"),
        migrations.RemoveField(model_name="snapshot", name="series_key"),
        migrations.AlterField(
            model_name="observation",
            name="series",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="observations",
                to="stats.series",
                verbose_name="serie",
            ),
        ),
        migrations.AddConstraint(
            model_name="observation",
            constraint=models.UniqueConstraint(
                fields=("series", "area", "period", "dims_key"), name="unique_series_observation"
            ),
        ),
    ]
