"""A contribution's text: plain text only. Markup is refused, not silently stripped (the writer should see what
is published); control characters are dropped, whitespace tidied, and the length limited."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import nh3

from pejling.lib.i18n import gettext_noop

MAX_TEXT = 2000  # characters; a contribution is a short note, not a document
MAX_NAME = 80
HTML_REFUSED = gettext_noop("Skriv almindelig tekst uden HTML-koder.")
TOO_LONG = gettext_noop("Teksten må højst være %(limit)d tegn (den er %(length)d).")
EMPTY = gettext_noop("Skriv noget.")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class Checked:
    text: str
    problems: tuple[tuple[str, dict[str, int]], ...]  # (Danish msgid, its values)


def plain_text(raw: str, limit: int = MAX_TEXT) -> Checked:
    """``raw`` as the plain text that would be stored, with every problem (markup, empty, too long)."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch)[0] != "C")
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text).strip()
    problems: list[tuple[str, dict[str, int]]] = []
    if nh3.is_html(text):
        problems.append((HTML_REFUSED, {}))
    if not text:
        problems.append((EMPTY, {}))
    if len(text) > limit:
        problems.append((TOO_LONG, {"limit": limit, "length": len(text)}))
    return Checked(text, tuple(problems))
