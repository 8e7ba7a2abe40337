"""docs/plan-file.md documents every key of the plan-file schema."""

import types
import typing

from pydantic import BaseModel

from pejling.lib.planfile.schema import PlanFile
from tests.conftest import REPO


def _models(model: type[BaseModel], seen: set[type[BaseModel]]) -> set[type[BaseModel]]:
    if model in seen:
        return seen
    seen.add(model)
    for field in model.model_fields.values():
        stack = [field.annotation]
        while stack:
            annotation = stack.pop()
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                _models(annotation, seen)
            stack.extend(typing.get_args(annotation))
            if isinstance(annotation, types.UnionType):
                stack.extend(annotation.__args__)
    return seen


def test_every_schema_key_is_documented():
    docs = (REPO / "docs" / "plan-file.md").read_text(encoding="utf-8")
    keys = {name for model in _models(PlanFile, set()) for name in model.model_fields}
    missing = sorted(key for key in keys if f"`{key}`" not in docs)
    assert missing == []


def test_the_walk_reaches_the_nested_models():
    names = {model.__name__ for model in _models(PlanFile, set())}
    assert {"Denominator", "RatioDerivation", "ShareDerivation", "Interpretation", "Horizon"} <= names
