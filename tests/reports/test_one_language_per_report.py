"""One language per report and page: the Danish report's text holds no English UI word and the English
report's no Danish one (the plan's own words, names and the initiatives' texts left out, as on the public
pages), and so do the archive and verify pages in each language."""

import re

from pejling.reports.build import compose
from tests.dashboard.test_one_language_per_page import DANISH_WORDS, ENGLISH_WORDS, _plan_texts, _ui_words
from tests.reports.conftest import AS_OF, build


def _words(blocks, plan_texts) -> set[str]:
    parts = []
    for block in blocks:
        parts += [block.get("text", ""), block.get("caption", ""), block.get("alt", ""), *block.get("items", [])]
        parts += [*block.get("header", []), *(cell for row in block.get("rows", []) for cell in row)]
    text = "\n".join(parts)
    for content in [*plan_texts, "Handleplan vedtaget", "Første evaluering", "Handleplanen er vedtaget."]:
        text = text.replace(content, " ")
    return {word.lower() for word in re.findall(r"[A-Za-zÆØÅæøå']+", text)}


def _danish(words: set[str]) -> list[str]:
    return sorted(w for w in words if w in DANISH_WORDS or re.search("[æøå]", w))


def test_each_report_and_page_is_in_one_language(reported, client):
    plan_texts = _plan_texts()
    danish, _ = compose(reported, AS_OF, "da")
    english, _ = compose(reported, AS_OF, "en")
    assert sorted(_words(danish["text"], plan_texts) & ENGLISH_WORDS) == []
    assert _danish(_words(english["text"], plan_texts)) == []
    build(reported)
    for url in ("/rapporter/", "/rapporter/tjek/"):
        assert sorted(_ui_words(client.get(url).content.decode(), plan_texts) & ENGLISH_WORDS) == [], url
        assert _danish(_ui_words(client.get("/en" + url).content.decode(), plan_texts)) == [], url
