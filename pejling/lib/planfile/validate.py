"""Validate a plan file and report every problem at once, each with its key path and line."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path as FilePath
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from pejling.lib import problems as codes
from pejling.lib.planfile.problems import Path, Problem, format_path
from pejling.lib.planfile.schema import PlanFile
from pejling.lib.planfile.yamlsource import MAX_BYTES, YamlDocument, read_yaml
from pejling.lib.statbank.retired import SUCCESSORS

# Danish first, then pydantic's English message.
_DANISH: dict[str, str] = {
    "missing": "mangler",
    "extra_forbidden": "ukendt nøgle",
    "string_type": "skal være tekst (sæt koder i anførselstegn)",
    "literal_error": "ugyldig værdi",
    "int_type": "skal være et heltal",
    "int_parsing": "skal være et heltal",
    "float_type": "skal være et tal",
    "bool_type": "skal være true eller false",
    "date_type": "skal være en dato (ÅÅÅÅ-MM-DD)",
    "list_type": "skal være en liste",
    "dict_type": "skal være en tabel af nøgler",
    "model_type": "skal være en tabel af nøgler",
    "too_short": "for få elementer",
    "string_too_short": "må ikke være tom",
    "greater_than_equal": "for lille",
    "less_than_equal": "for stor",
    "union_tag_invalid": "ukendt 'kind'",
    "union_tag_not_found": "'kind' mangler",
}


@dataclass
class CheckResult:
    """The outcome of checking one plan file: the plan when valid, else every problem."""

    plan: PlanFile | None
    problems: list[Problem] = field(default_factory=list)
    raw: Any = None
    warnings: list[Problem] = field(default_factory=list)  # worth fixing, but the plan is valid

    @property
    def valid(self) -> bool:
        return self.plan is not None and not self.problems


def check_plan_text(text: str) -> CheckResult:
    """Validate plan-file text: YAML syntax, the schema, then cross-references between sections."""
    doc = read_yaml(text)
    problems = list(doc.problems)
    if doc.data is None:
        return CheckResult(plan=None, problems=sorted(problems), raw=None)
    plan: PlanFile | None = None
    try:
        plan = PlanFile.model_validate(doc.data)
    except ValidationError as exc:
        problems.extend(_schema_problem(error, doc) for error in exc.errors())
    problems.extend(_cross_reference_problems(doc))
    unique = sorted(set(problems))
    return CheckResult(plan=plan if not unique else None, problems=unique, raw=doc.data, warnings=_retired(doc))


def check_plan_file(path: FilePath) -> CheckResult:
    """Validate a plan file on disk; an unreadable file is a problem too, never a crash."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            message = f"filen er for stor / the file is too large: {size} bytes (højst / at most {MAX_BYTES})"
            return CheckResult(None, [Problem(0, "$", message, codes.FILE_TOO_LARGE)])
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return CheckResult(None, [Problem(0, "$", f"filen findes ikke / file not found: {path}", codes.FILE_NOT_FOUND)])
    except UnicodeDecodeError as exc:
        message = f"filen er ikke UTF-8 / the file is not UTF-8 (byte {exc.start})"
        return CheckResult(None, [Problem(0, "$", message, codes.FILE_NOT_UTF8)])
    except OSError as exc:
        return CheckResult(
            None, [Problem(0, "$", f"filen kan ikke læses / cannot read file: {exc}", codes.FILE_UNREADABLE)]
        )
    return check_plan_text(text)


def _data_path(loc: tuple[int | str, ...], data: Any) -> Path:
    """Turn a pydantic error location into a path in the data, dropping union tags."""
    path: list[str | int] = []
    current: Any = data
    for part in loc:
        if isinstance(current, dict) and part not in current and current.get("kind") == part:
            continue  # the discriminator tag pydantic adds for tagged unions
        path.append(part)
        current = _child(current, part)
    return tuple(path)


def _child(container: Any, part: str | int) -> Any:
    if isinstance(container, dict):
        return container.get(part)
    if isinstance(container, list) and isinstance(part, int) and 0 <= part < len(container):
        return container[part]
    return None


def _schema_problem(error: ErrorDetails, doc: YamlDocument) -> Problem:
    path = _data_path(tuple(error["loc"]), doc.data)
    kind = error["type"]
    english = error["msg"].removeprefix("Value error, ")
    code = codes.SCHEMA_INVALID
    if kind in codes.CODES:  # our own validators write Danish / English and name the code
        message, code = error["msg"], kind
    elif kind == "value_error":
        message = english
    elif kind == "extra_forbidden":
        message, code = f"ukendt nøgle / unknown key {path[-1]!r}", codes.SCHEMA_UNKNOWN_KEY
    elif kind == "missing":
        message, code = f"{path[-1]!r} mangler / is required", codes.SCHEMA_MISSING
    else:
        danish = _DANISH.get(kind, "ugyldig værdi")
        message = f"{danish} / {english}"
    return Problem(doc.line_of(path), format_path(path), message, code)


def _items(data: Any, key: str) -> Iterator[tuple[Path, dict[str, Any]]]:
    """The dict items of a list under ``key``, with their paths; tolerant of any shape."""
    if isinstance(data, dict) and isinstance(data.get(key), list):
        for position, item in enumerate(data[key]):
            if isinstance(item, dict):
                yield (key, position), item


def _nested(data: Any, *keys: str) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Items reached by following list keys in turn, e.g. goals → targets → bindings."""
    level: list[tuple[Path, Any]] = [((), data)]
    for key in keys:
        level = [((*base, *sub), item) for base, parent in level for sub, item in _items(parent, key)]
    yield from level


def _cross_reference_problems(doc: YamlDocument) -> list[Problem]:
    data = doc.data
    problems: list[Problem] = []
    id_kinds = {
        ("målsætnings", "goal"): ("goals",),
        ("mål", "target"): ("goals", "targets"),
        ("initiativ", "initiative"): ("goals", "initiatives"),
        ("binding", "binding"): ("goals", "targets", "bindings"),
        ("forudsætnings", "prerequisite"): ("prerequisites",),
        ("sammenligningsgruppe", "comparison group"): ("comparison_groups",),
    }
    ids: dict[str, set[str]] = {}
    for (danish, english), keys in id_kinds.items():
        first_seen: dict[str, Path] = {}
        for path, item in _nested(data, *keys):
            ident = item.get("id")
            if not isinstance(ident, str):
                continue
            if ident in first_seen:
                where = (*path, "id")
                earlier = (*first_seen[ident], "id")
                problems.append(
                    Problem(
                        doc.line_of(where),
                        format_path(where),
                        f"dobbelt {danish}-id / duplicate {english} id {ident!r} "
                        f"(første gang / first at {format_path(earlier)}, linje {doc.line_of(earlier)})",
                        codes.PLAN_DUPLICATE_ID,
                    )
                )
            else:
                first_seen[ident] = path
        ids[english] = set(first_seen)
    problems.extend(_peer_problems(doc, ids["binding"]))
    meta = data.get("plan") if isinstance(data, dict) else None
    if isinstance(meta, dict):
        priorities = meta.get("priorities")
        for position, goal_id in enumerate(priorities if isinstance(priorities, list) else []):
            if isinstance(goal_id, str) and goal_id not in ids["goal"]:
                where = ("plan", "priorities", position)
                problems.append(
                    Problem(
                        doc.line_of(where),
                        format_path(where),
                        f"ukendt målsætning / unknown goal {goal_id!r}",
                        codes.PLAN_UNKNOWN_REFERENCE,
                    )
                )
        group = meta.get("default_comparison_group")
        if isinstance(group, str) and group not in ids["comparison group"]:
            where = ("plan", "default_comparison_group")
            problems.append(
                Problem(
                    doc.line_of(where),
                    format_path(where),
                    f"ukendt sammenligningsgruppe / unknown comparison group {group!r}",
                    codes.PLAN_UNKNOWN_REFERENCE,
                )
            )
    return problems


def _retired(doc: YamlDocument) -> list[Problem]:
    """Bindings (and denominators) that name a table Danmarks Statistik no longer updates, with its successor."""
    warnings = []
    for path, item in _nested(doc.data, "goals", "targets", "bindings"):
        derivation = item.get("derivation")
        below = derivation.get("denominator") if isinstance(derivation, dict) else None
        for where, table in (
            ((*path, "table"), item.get("table")),
            ((*path, "derivation", "denominator", "table"), below.get("table") if isinstance(below, dict) else None),
        ):
            successor = SUCCESSORS.get(str(table).upper()) if isinstance(table, str) else None
            if successor is not None:
                warnings.append(
                    Problem(
                        doc.line_of(where),
                        format_path(where),
                        f"tabellen {table} opdateres ikke længere / table {table} is no longer updated; "
                        f"brug / use {successor.table}: {successor.how}",
                        codes.SOURCE_INACTIVE,
                    )
                )
    return warnings


_SAME_SERIES_KEYS = ("source", "table", "select", "measure", "derivation")


def _peer_problems(doc: YamlDocument, binding_ids: set[str]) -> list[Problem]:
    """Peer variables: ids unique among all bindings, and never one of the plan's own target indicators."""
    data = doc.data
    peers = data.get("peers") if isinstance(data, dict) else None
    problems: list[Problem] = []
    targets = [b for _, b in _nested(data, "goals", "targets", "bindings")]
    for path, item in _items(peers, "variables"):
        where = ("peers", *path)
        ident = item.get("id")
        if isinstance(ident, str) and ident in binding_ids:
            problems.append(
                Problem(
                    doc.line_of((*where, "id")),
                    format_path((*where, "id")),
                    f"dobbelt binding-id / duplicate binding id {ident!r}",
                    codes.PLAN_DUPLICATE_ID,
                )
            )
        same = next((b for b in targets if all(b.get(k) == item.get(k) for k in _SAME_SERIES_KEYS)), None)
        if same is not None:
            problems.append(
                Problem(
                    doc.line_of((*where, "table")),
                    format_path((*where, "table")),
                    f"en målindikator kan ikke være peer-variabel / a target indicator cannot be a "
                    f"peer variable (samme som binding {same.get('id')!r})",
                    codes.PLAN_PEER_IS_TARGET,
                )
            )
    return problems
