import django.db.models.deletion
from django.db import migrations, models

# model name → (kind, how to reach the plan from a row)
VERSIONED = {
    "goal": ("goal", "version__plan_id"),
    "prerequisite": ("prerequisite", "version__plan_id"),
    "initiative": ("initiative", "goal__version__plan_id"),
    "target": ("target", "goal__version__plan_id"),
    "binding": ("binding", "target__goal__version__plan_id"),
}


def give_every_row_its_entity(apps, schema_editor):
    Entity = apps.get_model("plans", "PlanEntity")
    for model_name, (kind, plan_path) in VERSIONED.items():
        Model = apps.get_model("plans", model_name)
        for row_id, key, plan_id in Model.objects.values_list("id", "key", plan_path):
            entity, _ = Entity.objects.get_or_create(plan_id=plan_id, kind=kind, key=key)
            Model.objects.filter(id=row_id).update(entity=entity)


def entity(related_name, null):
    return models.ForeignKey(
        null=null,
        on_delete=django.db.models.deletion.CASCADE,
        related_name=related_name,
        to="plans.planentity",
        verbose_name="varig identitet",
    )


class Migration(migrations.Migration):
    dependencies = [("plans", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="PlanEntity",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("goal", "målsætning"),
                            ("prerequisite", "forudsætning"),
                            ("target", "mål"),
                            ("initiative", "initiativ"),
                            ("binding", "indikatorbinding"),
                        ],
                        max_length=20,
                        verbose_name="slags",
                    ),
                ),
                ("key", models.CharField(max_length=100, verbose_name="id")),
                (
                    "plan",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="entities",
                        to="plans.plan",
                        verbose_name="plan",
                    ),
                ),
            ],
            options={
                "verbose_name": "planelement",
                "verbose_name_plural": "planelementer",
                "ordering": ["plan", "kind", "key"],
                "constraints": [models.UniqueConstraint(fields=("plan", "kind", "key"), name="unique_plan_entity")],
            },
        ),
        *[
            migrations.AddField(model_name=name, name="entity", field=entity(f"{name}_versions", null=True))
            for name in VERSIONED
        ],
        migrations.RunPython(give_every_row_its_entity, migrations.RunPython.noop),
        *[
            migrations.AlterField(model_name=name, name="entity", field=entity(f"{name}_versions", null=False))
            for name in VERSIONED
        ],
    ]
