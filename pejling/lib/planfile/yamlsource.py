"""Read YAML while remembering the line of every key and list item, and catching duplicate keys.

A plan file is plain data, so the reader is strict where YAML is generous: aliases (``*name``) are refused
(a few hundred bytes of nested aliases expand to gigabytes, the "billion laughs"), nesting deeper than
``MAX_DEPTH`` and files larger than ``MAX_BYTES`` are refused, and so are control characters. Each is a
located problem, never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.events import AliasEvent

from pejling.lib.planfile.problems import Path, Problem, format_path
from pejling.lib.problems import (
    FILE_EMPTY,
    FILE_TOO_LARGE,
    YAML_DUPLICATE_KEY,
    YAML_INVALID,
    YAML_INVALID_CHARACTER,
    YAML_KEY_NOT_TEXT,
)

MAX_BYTES = 2_000_000  # the Randers plan is 38 kB
MAX_DEPTH = 40  # the schema nests about 8 levels


@dataclass
class YamlDocument:
    """The data of a YAML text, the line of each path in it, and problems found while reading."""

    data: Any = None
    lines: dict[Path, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def line_of(self, path: Path) -> int:
        """The line of ``path``, or of its nearest ancestor that exists (1 for the root)."""
        for end in range(len(path), 0, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return self.lines.get((), 1)


class _PlanLoader(yaml.SafeLoader):
    """SafeLoader without aliases and with a nesting limit (checked while composing, before any recursion)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.check_event(AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise ComposerError(
                None,
                None,
                f"aliaser (*{event.anchor}) er ikke tilladt i en planfil / aliases are not allowed in a plan file",
                event.start_mark,
            )
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise ComposerError(
                    None,
                    None,
                    f"mere end {MAX_DEPTH} niveauer / nested deeper than {MAX_DEPTH} levels",
                    self.peek_event().start_mark,  # type: ignore[no-untyped-call]
                )
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def read_yaml(text: str) -> YamlDocument:
    """Parse one YAML document; syntax errors, duplicate keys and refused constructs become located problems."""
    doc = YamlDocument()
    size = len(text.encode("utf-8", errors="replace"))
    if size > MAX_BYTES:
        doc.problems.append(
            Problem(
                0,
                "$",
                f"filen er for stor / the file is too large: {size} bytes (højst / at most {MAX_BYTES})",
                FILE_TOO_LARGE,
            )
        )
        return doc
    loader: _PlanLoader | None = None
    try:
        loader = _PlanLoader(text)
        node = loader.get_single_node()
        if node is None:
            doc.problems.append(Problem(1, "$", "filen er tom / the file is empty", FILE_EMPTY))
            return doc
        doc.lines[()] = node.start_mark.line + 1
        _index(node, (), doc, loader)
        doc.data = loader.construct_document(node)
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        column = exc.position - text.rfind("\n", 0, exc.position)
        character = chr(exc.character) if isinstance(exc.character, int) else exc.character
        doc.problems.append(
            Problem(
                line,
                "$",
                f"ugyldigt tegn / invalid character {character!r} (kolonne / column {column})",
                YAML_INVALID_CHARACTER,
            )
        )
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc)
        doc.problems.append(Problem(line, "$", f"ugyldig YAML / invalid YAML: {problem}", YAML_INVALID))
        doc.data = None
    finally:
        if loader is not None:
            loader.dispose()
    return doc


def _index(node: yaml.Node, path: Path, doc: YamlDocument, loader: yaml.SafeLoader) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str | int] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                line = key_node.start_mark.line + 1
                doc.problems.append(
                    Problem(line, format_path(path), "en nøgle skal være tekst / a key must be text", YAML_KEY_NOT_TEXT)
                )
                continue
            key = loader.construct_object(key_node)
            key = key if isinstance(key, int | str) else str(key)
            child = (*path, key)
            line = key_node.start_mark.line + 1
            if key in seen:
                doc.problems.append(
                    Problem(line, format_path(child), f"dobbelt nøgle / duplicate key {key!r}", YAML_DUPLICATE_KEY)
                )
                continue
            seen.add(key)
            doc.lines[child] = line
            _index(value_node, child, doc, loader)
    elif isinstance(node, yaml.SequenceNode):
        for position, item in enumerate(node.value):
            child = (*path, position)
            doc.lines[child] = item.start_mark.line + 1
            _index(item, child, doc, loader)
