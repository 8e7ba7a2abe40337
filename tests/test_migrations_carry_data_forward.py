"""A database made before plan entities and cell notes keeps its data through the migrations (Django's
migration executor, from the old schema to today's)."""

from datetime import UTC, date, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

OLD = [("plans", "0001_initial"), ("progress", "0002_peerset"), ("stats", "0001_initial")]
T = datetime(2026, 11, 1, 8, 0, 0, 123456, tzinfo=UTC)


def _old_database():
    executor = MigrationExecutor(connection)
    executor.migrate(OLD)
    apps = executor.loader.project_state(OLD).apps
    plan = apps.get_model("plans", "Plan").objects.create(slug="randers", municipality_code="730")
    version_fields = dict(content_sha256="x", document={}, source_text="", loaded_at=T, title="P", status="udkast")
    version_fields |= dict(horizon_min_years=10, horizon_max_years=15)
    Version = apps.get_model("plans", "PlanVersion")
    versions = [Version.objects.create(plan=plan, number=n, **version_fields) for n in (1, 2)]
    for version in versions:
        goal = apps.get_model("plans", "Goal").objects.create(
            version=version, key="1", number=1, title="Børn", intro="", position=0
        )
        target = apps.get_model("plans", "Target").objects.create(
            goal=goal,
            key="1.1",
            text="skal falde",
            direction="down",
            target_year=2035,
            long_view_year=2040,
            rule="trend",
            position=0,
        )
        apps.get_model("plans", "Binding").objects.create(
            target=target,
            key="csr",
            label="CSR",
            source="local",
            table="csr",
            derivation={"kind": "identity"},
            unit="antal",
            period_alignment="same_year",
            position=0,
        )
        apps.get_model("plans", "Initiative").objects.create(goal=goal, key="1.i1", text="gør noget", position=0)
        apps.get_model("plans", "Prerequisite").objects.create(
            version=version, key="f1", title="F", text="", position=0
        )
    common = dict(area="730", computed_at=T, method="robust", status="insufficient_data", direction=-1)
    apps.get_model("progress", "Assessment").objects.create(
        plan_version=versions[0], goal_key="1", target_key="1.1", as_of=date(2026, 6, 1), **common
    )
    apps.get_model("progress", "Assessment").objects.create(
        plan_version=versions[1], goal_key="1", target_key="1.1", as_of=date(2026, 11, 1), **common
    )
    RollUp = apps.get_model("progress", "RollUp")
    RollUp.objects.create(plan_version=versions[1], goal_key="", area="730", as_of=date(2026, 11, 1), counts={"x": 1})
    RollUp.objects.create(plan_version=versions[1], goal_key="1", area="730", as_of=date(2026, 11, 1), counts={"x": 1})
    run = apps.get_model("stats", "SyncRun").objects.create(started_at=T, status="ok", kind="local")
    snapshot = apps.get_model("stats", "Snapshot").objects.create(
        sync_run=run, source="local", table="csr", kind="file", request={}, content=b"raw", sha256="s", retrieved_at=T
    )
    Observation = apps.get_model("stats", "Observation")
    for citation, value, seen in (
        ("opgørelse 2024", 12.0, T),
        ("opgørelse 2025", 13.0, datetime(2026, 11, 2, tzinfo=UTC)),
    ):
        Observation.objects.create(
            series_key="randers:csr",
            role="value",
            source="local",
            table="csr",
            area="730",
            period="2024",
            dims={"kilde": citation},
            dims_key=f'{{"kilde": "{citation}"}}',
            value=value,
            snapshot=snapshot,
            first_seen_at=seen,
            updated_at=seen,
        )


def test_plans_assessments_and_local_data_survive_the_migrations():
    _old_database()
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    from pejling.plans.models import Goal, PlanEntity, Target
    from pejling.progress.models import Assessment, RollUp
    from pejling.stats.models import Observation, ObservationRevision

    assert sorted(PlanEntity.objects.values_list("kind", "key")) == [
        ("binding", "csr"),
        ("goal", "1"),
        ("initiative", "1.i1"),
        ("prerequisite", "f1"),
        ("target", "1.1"),
    ]
    target = PlanEntity.objects.get(kind="target")
    assert set(Target.objects.values_list("entity", flat=True)) == {target.pk}
    assert Target.objects.count() == 2
    assert list(Assessment.objects.order_by("as_of").values_list("target", "goal__key", "plan_version__number")) == [
        (target.pk, "1", 1),
        (target.pk, "1", 2),
    ]
    assert sorted(str(k) for k in RollUp.objects.values_list("goal__key", flat=True)) == ["1", "None"]
    assert RollUp.objects.filter(goal=None).count() == 1
    assert RollUp.objects.get(goal__key="1").goal_id == Goal.objects.filter(key="1").first().entity_id
    [observation] = Observation.objects.all()  # the two citations were one cell
    assert (observation.dims, observation.notes, observation.value) == ({}, {"kilde": "opgørelse 2025"}, 13.0)
    assert list(ObservationRevision.objects.values_list("value", flat=True)) == [12.0]
