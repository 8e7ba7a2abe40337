"""Series owned by their source (step 1 of 3): the Series, Indicator and IndicatorValue tables, and a nullable
series on observations and snapshots."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("stats", "0002_observation_notes")]

    operations = [
        migrations.CreateModel(
            name="Series",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("key", models.CharField(max_length=64, unique=True, verbose_name="nøgle")),
                ("source", models.CharField(max_length=20, verbose_name="kilde")),
                ("table", models.CharField(db_index=True, max_length=100, verbose_name="tabel")),
                ("selection", models.JSONField(verbose_name="udvalg (kanonisk)")),
                ("label", models.CharField(max_length=1000, verbose_name="betegnelse")),
                ("created_at", models.DateTimeField(verbose_name="oprettet")),
            ],
            options={"verbose_name": "serie", "verbose_name_plural": "serier", "ordering": ["table", "label"]},
        ),
        migrations.AddField(
            model_name="observation",
            name="series",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="observations",
                to="stats.series",
                verbose_name="serie",
            ),
        ),
        migrations.AddField(
            model_name="snapshot",
            name="series",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="snapshots",
                to="stats.series",
                verbose_name="serie",
            ),
        ),
        migrations.CreateModel(
            name="Indicator",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("key", models.CharField(max_length=64, unique=True, verbose_name="nøgle")),
                ("derivation", models.JSONField(verbose_name="afledning")),
                ("period_alignment", models.CharField(max_length=40, verbose_name="periodetilpasning")),
                ("derive_version", models.PositiveSmallIntegerField(default=0, verbose_name="beregningsversion")),
                (
                    "latest_period",
                    models.CharField(blank=True, max_length=20, verbose_name="seneste periode i kilden"),
                ),
                ("computed_at", models.DateTimeField(blank=True, null=True, verbose_name="beregnet")),
                (
                    "series",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="indicators",
                        to="stats.series",
                        verbose_name="serie",
                    ),
                ),
                (
                    "denominator",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="stats.series",
                        verbose_name="nævnerserie",
                    ),
                ),
            ],
            options={"verbose_name": "indikator", "verbose_name_plural": "indikatorer"},
        ),
        migrations.CreateModel(
            name="IndicatorValue",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("area", models.CharField(max_length=10, verbose_name="område")),
                ("period", models.CharField(max_length=20, verbose_name="periode")),
                ("value", models.FloatField(blank=True, null=True, verbose_name="værdi")),
                ("note", models.CharField(blank=True, max_length=300, verbose_name="bemærkning")),
                ("numerator", models.FloatField(blank=True, null=True, verbose_name="tæller")),
                ("denominator", models.FloatField(blank=True, null=True, verbose_name="nævner")),
                (
                    "indicator",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="values", to="stats.indicator"
                    ),
                ),
                (
                    "snapshot",
                    models.ForeignKey(
                        null=True, on_delete=django.db.models.deletion.PROTECT, related_name="+", to="stats.snapshot"
                    ),
                ),
                (
                    "denominator_snapshot",
                    models.ForeignKey(
                        null=True, on_delete=django.db.models.deletion.PROTECT, related_name="+", to="stats.snapshot"
                    ),
                ),
            ],
            options={
                "verbose_name": "indikatorværdi",
                "verbose_name_plural": "indikatorværdier",
                "constraints": [
                    models.UniqueConstraint(fields=("indicator", "area", "period"), name="unique_indicator_value")
                ],
            },
        ),
    ]
