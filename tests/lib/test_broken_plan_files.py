"""Each broken plan file gives exactly the expected located errors; all are reported in one run."""

import pytest

from pejling.lib.planfile.problems import Problem
from pejling.lib.planfile.validate import check_plan_file
from tests.conftest import FIXTURES

BROKEN = FIXTURES / "plans" / "broken"

EXPECTED = {
    "bad_yaml": [
        Problem(
            16,
            "$",
            "ugyldig YAML / invalid YAML: expected <block end>, but found '<block mapping start>'",
            "yaml.invalid",
        ),
    ],
    "unknown_key": [
        Problem(24, "goals[0].targets[0].retning", "ukendt nøgle / unknown key 'retning'", "schema.unknown_key"),
    ],
    "missing_direction": [
        Problem(21, "goals[0].targets[0].direction", "'direction' mangler / is required", "schema.missing"),
    ],
    "duplicate_id": [
        Problem(
            20,
            "goals[0].initiatives[1].id",
            "dobbelt initiativ-id / duplicate initiative id '1.i1' "
            "(første gang / first at goals[0].initiatives[0].id, linje 18)",
            "plan.duplicate_id",
        ),
    ],
    "unknown_source": [
        Problem(
            31,
            "goals[0].targets[0].bindings[0].source",
            "ukendt kilde / unknown source 'eurostat'; kendte kilder / known sources: jobindsats, local, statbank",
            "plan.unknown_source",
        ),
    ],
    "target_year_before_base_year": [
        Problem(
            26,
            "goals[0].targets[0].interpretation.target_year",
            "target_year 2020 ligger ikke efter base_year 2024 / target_year 2020 is not after base_year 2024",
            "plan.years_out_of_order",
        ),
    ],
    "unknown_municipality_in_group": [
        Problem(
            42,
            "comparison_groups[0].members[2]",
            "ukendt kommunekode / unknown municipality code '999'",
            "plan.unknown_municipality",
        ),
    ],
    "peer_is_a_target_indicator": [
        Problem(45, "peers", "temaer uden vægt / themes without a weight: alder", "plan.unknown_reference"),
        Problem(
            62,
            "peers.variables[1].table",
            "en målindikator kan ikke være peer-variabel / a target indicator cannot be a peer variable "
            "(samme som binding 'ras200')",
            "plan.peer_is_target",
        ),
    ],
    "several_problems": [
        Problem(10, "plan.priorities[1]", "ukendt målsætning / unknown goal '9'", "plan.unknown_reference"),
        Problem(
            23,
            "goals[0].targets[0].direction",
            "ugyldig retning / invalid direction 'sideways': use 'up', 'down', 'above <tal>' or 'below <tal>'",
            "plan.invalid_direction",
        ),
        Problem(24, "goals[0].targets[0].weight", "ukendt nøgle / unknown key 'weight'", "schema.unknown_key"),
        Problem(
            32,
            "goals[0].targets[0].bindings[0].source",
            "ukendt kilde / unknown source 'eurostat'; kendte kilder / known sources: jobindsats, local, statbank",
            "plan.unknown_source",
        ),
        Problem(
            46,
            "comparison_groups[1].id",
            "dobbelt sammenligningsgruppe-id / duplicate comparison group id 'landet' "
            "(første gang / first at comparison_groups[0].id, linje 41)",
            "plan.duplicate_id",
        ),
    ],
}


def test_every_broken_file_has_an_expectation():
    assert sorted(p.stem for p in BROKEN.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_gives_exactly_the_expected_errors(name):
    result = check_plan_file(BROKEN / f"{name}.yaml")
    assert not result.valid
    assert result.plan is None
    assert result.problems == EXPECTED[name]


def test_the_minimal_plan_they_are_made_from_is_valid():
    result = check_plan_file(FIXTURES / "plans" / "minimal.yaml")
    assert result.problems == []
    assert result.valid


def test_a_missing_file_and_non_utf8_bytes_are_problems_not_crashes(tmp_path):
    missing = check_plan_file(tmp_path / "nope.yaml")
    assert missing.problems == [
        Problem(0, "$", f"filen findes ikke / file not found: {tmp_path / 'nope.yaml'}", "file.not_found")
    ]
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes("title: Færre\n".encode("latin-1"))
    assert check_plan_file(latin1).problems == [
        Problem(0, "$", "filen er ikke UTF-8 / the file is not UTF-8 (byte 8)", "file.not_utf8")
    ]


def test_duplicate_yaml_keys_and_empty_files_are_reported(tmp_path):
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    assert check_plan_file(empty).problems == [Problem(1, "$", "filen er tom / the file is empty", "file.empty")]
    text = (FIXTURES / "plans" / "minimal.yaml").read_text(encoding="utf-8")
    doubled = tmp_path / "doubled.yaml"
    doubled.write_text(text.replace("  title: Testplan\n", "  title: Testplan\n  title: Igen\n"), encoding="utf-8")
    assert check_plan_file(doubled).problems == [
        Problem(6, "plan.title", "dobbelt nøgle / duplicate key 'title'", "yaml.duplicate_key")
    ]


def test_unquoted_codes_are_caught_with_a_hint(tmp_path):
    text = (FIXTURES / "plans" / "minimal.yaml").read_text(encoding="utf-8")
    unquoted = tmp_path / "unquoted.yaml"
    unquoted.write_text(text.replace('municipality: "730"', "municipality: 730"), encoding="utf-8")
    assert check_plan_file(unquoted).problems == [
        Problem(
            4,
            "plan.municipality",
            "skal være tekst (sæt koder i anførselstegn) / Input should be a valid string",
            "schema.invalid",
        )
    ]
