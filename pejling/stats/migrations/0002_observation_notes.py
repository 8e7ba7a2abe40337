import json

from django.db import migrations, models

NOTE_KEYS = ("kilde", "note")


def move_citations_out_of_dims(apps, schema_editor):
    """Local data kept their citation and note as dimensions, so a re-import with another citation made a
    second observation. Move them to ``notes``; where that makes two observations one, the newest stays and
    the older ones become its revisions."""
    Observation = apps.get_model("stats", "Observation")
    Revision = apps.get_model("stats", "ObservationRevision")
    kept = {}
    for obs in Observation.objects.filter(source="local").order_by("-updated_at", "-id"):
        notes = {k: v for k, v in obs.dims.items() if k in NOTE_KEYS}
        dims = {k: v for k, v in obs.dims.items() if k not in NOTE_KEYS}
        key = (obs.series_key, obs.role, obs.area, obs.period, json.dumps(dims, sort_keys=True, ensure_ascii=False))
        newest = kept.get(key)
        if newest is None:
            kept[key] = obs
            obs.dims, obs.dims_key, obs.notes = dims, key[4], notes
            continue
        Revision.objects.create(
            observation=newest, value=obs.value, flag=obs.flag, snapshot=obs.snapshot,
            valid_from=obs.updated_at, replaced_at=newest.updated_at,
        )
        Revision.objects.filter(observation=obs).update(observation=newest)
        obs.delete()
    for obs in kept.values():
        obs.save(update_fields=["dims", "dims_key", "notes"])


class Migration(migrations.Migration):
    dependencies = [("stats", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="observation",
            name="notes",
            field=models.JSONField(blank=True, default=dict, verbose_name="noter (kilde, bemærkning)"),
        ),
        migrations.RunPython(move_citations_out_of_dims, migrations.RunPython.noop),
    ]
