"""One language per page: walking every public page of the assessed Randers plan, the UI text of a Danish page
holds no English word and that of an English page no Danish word. The plan's own text (titles, Mål, labels,
notes, group names), municipality names and the language switch are the plan's and the place's, not UI text,
and are left out before the words are checked; chart specs are checked too (titles, legends, descriptions)."""

import json
import re
from html.parser import HTMLParser

import pytest
from django.conf import settings

from pejling.lib.geography import MUNICIPALITIES
from pejling.plans.queries import current_plan_files
from tests.dashboard.conftest import page_html

pytestmark = pytest.mark.django_db

ENGLISH_WORDS = {
    "the", "and", "of", "with", "since", "from", "is", "not", "year", "years", "target", "targets", "unchanged",
    "first", "new", "revised", "figures", "value", "no", "yet", "sample", "source", "download", "show", "table",
    "page", "found", "series", "behind", "ahead", "up", "down", "progress", "assessment", "method", "neighbours",
    "country", "municipality", "better", "worse", "higher", "lower", "whole", "data's", "none", "only", "needed",
    "terms", "own", "stated", "entry", "loaded", "next", "latest", "about", "open", "licence", "retrieved",
}  # fmt: skip
DANISH_WORDS = {
    "og", "ikke", "af", "til", "med", "som", "der", "er", "kan", "fra", "hele", "landet", "seneste", "kilde",
    "hent", "vis", "tabel", "eller", "ingen", "efter", "siden", "nye", "tal", "serie", "serier", "hentet",
    "udviklingen", "kommune", "kommuner", "naboer", "metode", "egne", "angives", "ved", "indtastning",
    "eksempeldata", "licens", "vurdering", "uændret", "bagud", "foran", "op", "ned", "om", "metoden", "dansk",
}  # fmt: skip
SKIPPED_TAGS = {"script", "style", "code", "pre"}  # code is neither language
NAMES = ["Open SDG"]  # proper names, the same in both languages
ATTRIBUTES = {"aria-label", "title", "alt", "placeholder"}
SPEC_KEYS = {"title", "description", "text", "label", "aria-label"}


class _Text(HTMLParser):
    """The visible text and labelling attributes of a page, and the chart specs' JSON."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.specs: list[str] = []
        self._skip: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in SKIPPED_TAGS:
            self._skip.append(attributes.get("type") or tag)
        if attributes.get("lang") and tag != "html":
            self._skip.append("lang")  # text marked as the other language (the language link)
        self.parts += [v for k, v in attrs if k in ATTRIBUTES and v and attributes.get("lang") is None]

    def handle_endtag(self, tag):
        if self._skip and (tag in SKIPPED_TAGS or self._skip[-1] == "lang"):
            self._skip.pop()

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)
        elif self._skip[-1] == "application/json":
            self.specs.append(data)


def _spec_strings(node, key=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _spec_strings(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from _spec_strings(v, key)
    elif isinstance(node, str) and key in SPEC_KEYS:
        yield node


def _plan_texts() -> list[str]:
    """Every string of the plan file and every municipality name, longest first."""
    [(_, plan_file)] = current_plan_files()
    texts: set[str] = {m.name for m in MUNICIPALITIES} | {settings.PEJLING_AUTHORITY, *NAMES}

    def walk(node):
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
        elif isinstance(node, str) and len(node) > 1:
            texts.add(node)

    walk(plan_file.model_dump(mode="json"))
    return sorted(texts, key=len, reverse=True)


def _ui_words(html: str, plan_texts: list[str]) -> set[str]:
    parser = _Text()
    parser.feed(html)
    text = "\n".join(parser.parts)
    for spec in parser.specs:
        text += "\n" + "\n".join(_spec_strings(json.loads(spec)))
    for content in plan_texts:
        text = text.replace(content, " ")
    return {word.lower() for word in re.findall(r"[A-Za-zÆØÅæøå']+", text)}


def _pages(client) -> list[str]:
    [(_, plan_file)] = current_plan_files()
    pages = ["/", "/om-metoden/", "/sammenligning/", "/sammenligning/?gruppe=naboer", "/findes-ikke/"]
    pages += [f"/sammenligning/?gruppe={g.id}" for g in plan_file.comparison_groups]
    pages += [f"/maalsaetning/{g.id}/" for g in plan_file.goals]
    pages += [f"/maal/{t.id}/" for g in plan_file.goals for t in g.targets]
    pages += [f"/initiativ/{i.id}/" for g in plan_file.goals for i in g.initiatives]
    slug = plan_file.plan.id
    pages += [f"/inddragelse/{slug}/maal/1.1/", f"/inddragelse/{slug}/maalsaetning/1/i-sagde-vi-gjorde/"]
    pages += ["/inddragelse/sendt/", "/inddragelse/privatliv/", "/inddragelse/mine-data/"]
    return pages


def _html(client, url):
    if "findes-ikke" in url:
        response = client.get(url)
        assert response.status_code == 404
        return response.content.decode()
    return page_html(client, url)


def test_danish_pages_hold_no_english_word_and_english_pages_no_danish(client, with_neighbours):
    """One set-up (the neighbours' data cost seconds) for both walks."""
    plan_texts = _plan_texts()
    english, danish = {}, {}
    for url in _pages(client):
        english[url] = sorted(_ui_words(_html(client, url), plan_texts) & ENGLISH_WORDS)
        words = _ui_words(_html(client, "/en" + url), plan_texts)
        danish[url] = sorted(w for w in words if w in DANISH_WORDS or re.search("[æøå]", w))
    assert {url: words for url, words in english.items() if words} == {}, "English words on Danish pages"
    assert {url: words for url, words in danish.items() if words} == {}, "Danish words on English pages"
