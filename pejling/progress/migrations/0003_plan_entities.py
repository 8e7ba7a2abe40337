import django.db.models.deletion
from django.db import migrations, models


def point_at_entities(apps, schema_editor):
    """Assessments and roll-ups named their Mål and målsætning by key; point them at the plan's entities."""
    Entity = apps.get_model("plans", "PlanEntity")
    Assessment = apps.get_model("progress", "Assessment")
    RollUp = apps.get_model("progress", "RollUp")
    entities = {(e.plan_id, e.kind, e.key): e.id for e in Entity.objects.all()}

    def entity(plan_id, kind, key):
        found = entities.get((plan_id, kind, key))
        if found is None:  # a key no version holds any more: keep the row, give it an identity
            found = entities[(plan_id, kind, key)] = Entity.objects.create(plan_id=plan_id, kind=kind, key=key).id
        return found

    for row in Assessment.objects.values("id", "goal_key", "target_key", "plan_version__plan_id"):
        plan_id = row["plan_version__plan_id"]
        Assessment.objects.filter(id=row["id"]).update(
            goal_id=entity(plan_id, "goal", row["goal_key"]), target_id=entity(plan_id, "target", row["target_key"])
        )
    for row in RollUp.objects.exclude(goal_key="").values("id", "goal_key", "plan_version__plan_id"):
        RollUp.objects.filter(id=row["id"]).update(goal_id=entity(row["plan_version__plan_id"], "goal", row["goal_key"]))


def entity_field(related_name, null, verbose_name=None):
    extra = {"verbose_name": verbose_name} if verbose_name else {}
    return models.ForeignKey(
        null=null,
        blank=null and verbose_name is not None,
        on_delete=django.db.models.deletion.CASCADE,
        related_name=related_name,
        to="plans.planentity",
        **extra,
    )


class Migration(migrations.Migration):
    dependencies = [("plans", "0002_plan_entities"), ("progress", "0002_peerset")]

    operations = [
        migrations.AddField("assessment", "goal", entity_field("goal_assessments", True)),
        migrations.AddField("assessment", "target", entity_field("assessments", True)),
        migrations.AddField("rollup", "goal", entity_field("rollups", True, "målsætning")),
        migrations.RunPython(point_at_entities, migrations.RunPython.noop),
        migrations.RemoveConstraint("assessment", "unique_assessment"),
        migrations.RemoveConstraint("rollup", "unique_rollup"),
        migrations.RemoveIndex("assessment", "progress_as_target__d38ced_idx"),
        migrations.RemoveField("assessment", "goal_key"),
        migrations.RemoveField("assessment", "target_key"),
        migrations.RemoveField("rollup", "goal_key"),
        migrations.AlterField("assessment", "goal", entity_field("goal_assessments", False)),
        migrations.AlterField("assessment", "target", entity_field("assessments", False)),
        migrations.AddConstraint(
            "assessment",
            models.UniqueConstraint(fields=("plan_version", "target", "area", "as_of"), name="unique_assessment"),
        ),
        migrations.AddIndex("assessment", models.Index(fields=["target", "area"], name="progress_as_target__ee665f_idx")),
        migrations.AddConstraint(
            "rollup", models.UniqueConstraint(fields=("plan_version", "goal", "area", "as_of"), name="unique_rollup")
        ),
        migrations.AddConstraint(
            "rollup",
            models.UniqueConstraint(
                condition=models.Q(("goal", None)), fields=("plan_version", "area", "as_of"), name="unique_plan_rollup"
            ),
        ),
    ]
