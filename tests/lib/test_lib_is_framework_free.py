"""pejling/lib must never import Django: it is the core that apps call, tested without a database."""

import ast

from tests.conftest import REPO


def test_no_module_under_lib_imports_django():
    offenders = []
    for path in sorted((REPO / "pejling" / "lib").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(REPO)}: {n}" for n in names if n.split(".")[0] == "django"]
    assert offenders == []
