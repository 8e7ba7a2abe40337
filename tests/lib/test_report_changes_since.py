"""lib/reports/since.py: each change between two reports carries its cause — a revision with old and new
values, a changed interpretation with the decision recorded, new data, and each initiative update."""

from pejling.lib.reports.since import changes_since


def target(**values):
    base = {
        "key": "1.1",
        "status": "moderate_progress",
        "method": "robust-2",
        "current_year": 2023,
        "current_value": 3.4,
        "target_value": 2.72,
        "target_year": 2035,
        "inputs": {"2022": 3.5, "2023": 3.4},
        "interpretation": {"rule": "ambition", "decided": False},
        "producer": "Danmarks Statistik",
    }
    return base | values


def test_a_first_report_has_no_changes():
    assert changes_since(None, {"targets": [target()], "initiatives": []}) == []


def test_revision_interpretation_and_update_each_with_its_cause():
    before = {"targets": [target()], "initiatives": [{"key": "1.i1", "status": "in_progress"}]}
    after = {
        "targets": [
            target(
                status="limited_progress",
                current_year=2024,
                current_value=3.3,
                inputs={"2022": 3.6, "2023": 3.4, "2024": 3.3},
                interpretation={"rule": "ambition", "decided": True},
            )
        ],
        "initiatives": [{"key": "1.i1", "status": "delayed"}],
    }
    decision = {"at": "2026-12-01T10:00:00+00:00", "by": "shell:anna", "decided": True, "note": "Byrådet 1/12"}
    update = {"initiative": "1.i1", "period": "2026K4", "submitted_at": "2026-12-01T09:00:00+00:00"}
    changes = changes_since(before, after, decisions={"1.1": [decision]}, updates=[update])
    assert changes == [
        {"code": "new_data", "target": "1.1", "period": 2024, "old_period": 2023, "old": 3.4, "new": 3.3},
        {
            "code": "revised",
            "target": "1.1",
            "producer": "Danmarks Statistik",
            "values": [{"period": "2022", "old": 3.5, "new": 3.6}],
        },
        {
            "code": "interpretation",
            "target": "1.1",
            "before": {"rule": "ambition", "decided": False},
            "after": {"rule": "ambition", "decided": True},
            "decisions": [decision],
        },
        {
            "code": "status",
            "target": "1.1",
            "before": "moderate_progress",
            "after": "limited_progress",
            "because": ["new_data", "revised", "interpretation"],
        },
        {"code": "initiative_status", "initiative": "1.i1", "before": "in_progress", "after": "delayed"},
        {"code": "initiative_update", **update},
    ]


def test_a_target_moved_by_a_revised_base_names_the_revision():
    before = {"targets": [target()], "initiatives": []}
    after = {"targets": [target(target_value=2.8, inputs={"2022": 3.6, "2023": 3.4})], "initiatives": []}
    [revised, moved] = changes_since(before, after)
    assert revised["code"] == "revised"
    assert moved == {
        "code": "target_moved",
        "target": "1.1",
        "old": 2.72,
        "old_year": 2035,
        "new": 2.8,
        "new_year": 2035,
        "because": ["revised"],
    }
