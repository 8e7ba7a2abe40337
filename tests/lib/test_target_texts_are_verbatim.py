"""Every Mål, initiative and målsætning title in plans/randers.yaml stands word for word in the seed."""

import re

import pytest

from pejling.lib.planfile.validate import check_plan_file
from tests.conftest import RANDERS_PLAN, shared_path


def _fold(text: str) -> str:
    return re.sub(r"\s+([,.])", r"\1", re.sub(r"\s+", " ", text)).strip()


@pytest.fixture(scope="module")
def seed_text():
    path = shared_path("seed/strategisk-plan-fremtidens-randers-udkast.txt")
    return _fold(path.read_text(encoding="utf-8"))


def _plan():
    plan = check_plan_file(RANDERS_PLAN).plan
    assert plan is not None
    return plan


@pytest.mark.parametrize("target", [t for g in _plan().goals for t in g.targets], ids=lambda t: t.id)
def test_target_text_occurs_in_the_seed(seed_text, target):
    assert _fold(target.text) in seed_text


@pytest.mark.parametrize("initiative", [i for g in _plan().goals for i in g.initiatives], ids=lambda i: i.id)
def test_initiative_text_occurs_in_the_seed(seed_text, initiative):
    assert _fold(initiative.text) in seed_text


def test_goal_titles_and_intros_occur_in_the_seed(seed_text):
    for goal in _plan().goals:
        assert f"{goal.number}. {goal.title}" in seed_text
        for paragraph in goal.intro.split("\n"):
            readable = [part for part in paragraph.split("[…]") if part.strip()]
            for part in readable:
                assert _fold(part).rstrip(".") in seed_text, part
