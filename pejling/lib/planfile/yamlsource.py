"""Read YAML while remembering the line of every key and list item, and catching duplicate keys."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from pejling.lib.planfile.problems import Path, Problem, format_path


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


def read_yaml(text: str) -> YamlDocument:
    """Parse one YAML document; syntax errors and duplicate keys become located problems."""
    doc = YamlDocument()
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            doc.problems.append(Problem(1, "$", "filen er tom / the file is empty"))
            return doc
        doc.lines[()] = node.start_mark.line + 1
        _index(node, (), doc, loader)
        doc.data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc)
        doc.problems.append(Problem(line, "$", f"ugyldig YAML / invalid YAML: {problem}"))
        doc.data = None
    finally:
        loader.dispose()
    return doc


def _index(node: yaml.Node, path: Path, doc: YamlDocument, loader: yaml.SafeLoader) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str | int] = set()
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node)
            key = key if isinstance(key, int | str) else str(key)
            child = (*path, key)
            line = key_node.start_mark.line + 1
            if key in seen:
                doc.problems.append(Problem(line, format_path(child), f"dobbelt nøgle / duplicate key {key!r}"))
                continue
            seen.add(key)
            doc.lines[child] = line
            _index(value_node, child, doc, loader)
    elif isinstance(node, yaml.SequenceNode):
        for position, item in enumerate(node.value):
            child = (*path, position)
            doc.lines[child] = item.start_mark.line + 1
            _index(item, child, doc, loader)
