"""Hostile or damaged YAML gives located problems at once, never a traceback, a hang or gigabytes."""

import time

from pejling.lib.planfile.problems import Problem
from pejling.lib.planfile.validate import check_plan_file, check_plan_text
from pejling.lib.planfile.yamlsource import MAX_BYTES, MAX_DEPTH

BILLION_LAUGHS = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
)


def test_billion_laughs_is_refused_at_the_first_alias():
    assert len(BILLION_LAUGHS) < 400
    started = time.perf_counter()
    result = check_plan_text(BILLION_LAUGHS)
    elapsed = time.perf_counter() - started
    assert result.plan is None
    assert result.problems == [
        Problem(
            2,
            "$",
            "ugyldig YAML / invalid YAML: aliaser (*a) er ikke tilladt i en planfil / aliases are not allowed in a plan file",
            "yaml.invalid",
        )
    ]
    assert elapsed < 1.0  # before the fix: past 120 s at 9-11 GB


def test_deep_nesting_is_a_located_problem_not_a_recursion_error():
    result = check_plan_text("plan:\n  x: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert result.problems == [
        Problem(
            2,
            "$",
            f"ugyldig YAML / invalid YAML: mere end {MAX_DEPTH} niveauer / nested deeper than {MAX_DEPTH} levels",
            "yaml.invalid",
        )
    ]


def test_a_nul_byte_is_an_invalid_character_on_its_line():
    result = check_plan_text("plan:\n  id: randers\n  title: x\x00y\n")
    assert result.problems == [
        Problem(3, "$", "ugyldigt tegn / invalid character '\\x00' (kolonne / column 11)", "yaml.invalid_character")
    ]


def test_a_key_that_is_a_list_is_a_located_problem():
    result = check_plan_text("plan:\n  ? [a, b]\n  : 1\n")
    assert result.plan is None
    assert Problem(2, "plan", "en nøgle skal være tekst / a key must be text", "yaml.key_not_text") in result.problems


def test_a_file_larger_than_the_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    result = check_plan_file(path)
    assert result.problems == [
        Problem(
            0,
            "$",
            f"filen er for stor / the file is too large: {MAX_BYTES + 3} bytes (højst / at most {MAX_BYTES})",
            "file.too_large",
        )
    ]


def test_an_anchor_without_an_alias_is_plain_data():
    result = check_plan_text("plan: &p\n  id: x\n")
    assert all("alias" not in p.message for p in result.problems)
