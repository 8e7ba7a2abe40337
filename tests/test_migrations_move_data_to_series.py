"""A database from before series owned by their source keeps its observations, revisions and snapshots: the
``plan:binding`` keys become the series of the slices they held, two bindings of one slice become one series
(the newest copy of a cell kept), and a file import keeps a series of its own (Django's migration executor)."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from pejling.lib.bindings import SeriesRequest

pytestmark = pytest.mark.django_db(transaction=True)
OLD = [("plans", "0002_plan_entities"), ("stats", "0002_observation_notes")]
T1, T2 = datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 11, 1, tzinfo=UTC)
NEET = {"source": "statbank", "table": "NEET1", "area_variable": "BOPOMR", "select": {"SOCIO": ["TOT"], "KØN": ["TOT"]}}
SHARE = {"kind": "share", "variable": "STATUSNEET", "numerator": ["10"], "denominator": ["00"], "scale": 100.0}
DOCUMENT = {
    "goals": [
        {
            "id": "1",
            "targets": [
                {
                    "id": "1.1",
                    "bindings": [
                        NEET | {"id": "neet", "time_variable": "Tid", "measure": None, "derivation": SHARE},
                        NEET | {"id": "neet-igen", "time_variable": "Tid", "measure": None, "derivation": SHARE},
                    ],
                }
            ],
        }
    ]
}


def _old_database():
    executor = MigrationExecutor(connection)
    executor.migrate(OLD)
    apps = executor.loader.project_state(OLD).apps
    plan = apps.get_model("plans", "Plan").objects.create(slug="randers", municipality_code="730")
    apps.get_model("plans", "PlanVersion").objects.create(
        plan=plan,
        number=1,
        content_sha256="x",
        document=DOCUMENT,
        source_text="",
        loaded_at=T1,
        title="P",
        status="udkast",
        horizon_min_years=10,
        horizon_max_years=15,
    )
    run = apps.get_model("stats", "SyncRun").objects.create(started_at=T1, status="ok")
    Snapshot, Observation = apps.get_model("stats", "Snapshot"), apps.get_model("stats", "Observation")
    snapshots = {}
    for key, at in (("randers:neet", T1), ("randers:neet-igen", T2), ("import:AUK01", T2)):
        snapshots[key] = Snapshot.objects.create(
            sync_run=run,
            source="statbank",
            table=key.rsplit(":", 1)[-1].upper() if key.startswith("import") else "NEET1",
            series_key=key,
            role="value",
            kind="data",
            request={},
            content=b"raw",
            sha256="s",
            retrieved_at=at,
        )
    for key, value, at in (("randers:neet", 10.0, T1), ("randers:neet-igen", 11.0, T2)):
        for status in ("00", "10"):
            Observation.objects.create(
                series_key=key,
                role="value",
                source="statbank",
                table="NEET1",
                area="730",
                period="2023",
                dims={"KØN": "TOT", "SOCIO": "TOT", "STATUSNEET": status},
                dims_key=f'{{"KØN": "TOT", "SOCIO": "TOT", "STATUSNEET": "{status}"}}',
                value=value * (10 if status == "00" else 1),
                snapshot=snapshots[key],
                first_seen_at=at,
                updated_at=at,
            )
    old = Observation.objects.create(
        series_key="import:AUK01",
        role="value",
        source="statbank",
        table="AUK01",
        area="730",
        period="2025K4",
        dims={"YDELSESTYPE": "TOT"},
        dims_key='{"YDELSESTYPE": "TOT"}',
        value=261.0,
        snapshot=snapshots["import:AUK01"],
        first_seen_at=T2,
        updated_at=T2,
    )
    apps.get_model("stats", "ObservationRevision").objects.create(
        observation=old, value=260.0, snapshot=snapshots["import:AUK01"], valid_from=T1, replaced_at=T2
    )


def test_binding_keyed_data_moves_to_the_series_of_its_slice():
    _old_database()
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    from pejling.stats.models import Observation, ObservationRevision, Series, Snapshot

    neet = SeriesRequest(
        "statbank",
        "NEET1",
        "BOPOMR",
        "Tid",
        {"KØN": ["TOT"], "SOCIO": ["TOT"], "STATUSNEET": ["00", "10"]},
        "STATUSNEET",
    )
    [shared] = Series.objects.filter(table="NEET1")
    assert shared.key == neet.key  # the same identity a binding computes today
    stored = sorted((dims["STATUSNEET"], value) for dims, value in shared.observations.values_list("dims", "value"))
    assert stored == [("00", 110.0), ("10", 11.0)]  # the newer of the two copies
    assert Snapshot.objects.filter(series=shared).count() == 2
    [auk] = Series.objects.filter(table="AUK01")
    assert auk.selection["select"] == {"YDELSESTYPE": ["TOT"]}
    assert list(ObservationRevision.objects.values_list("observation__series__table", "value")) == [("AUK01", 260.0)]
    assert Observation.objects.count() == 3
