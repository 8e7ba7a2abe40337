"""Every UI string is translatable and translated: each message the templates and code mark for translation
has a non-empty English text in pejling/locale/en/LC_MESSAGES/django.po, and the catalogue holds no fuzzy
or stale entries. After adding a string: `cd pejling && ../.venv/bin/pejling makemessages -l en`, translate,
and `make` compiles it.
"""

import ast
import re
from pathlib import Path

from django.utils.translation.template import templatize

PACKAGE = Path(__file__).resolve().parents[2] / "pejling"
CATALOGUE = PACKAGE / "locale" / "en" / "LC_MESSAGES" / "django.po"
TEMPLATIZED_CALL = re.compile(r"\b(?:n|p)?gettext\((u'(?:[^'\\]|\\.)*')")
GETTEXT_NAMES = {"_", "gettext", "gettext_lazy", "gettext_noop", "pgettext", "ngettext", "ngettext_noop"}


def catalogue() -> dict[str, tuple[str, bool]]:
    """msgid → (msgstr, fuzzy) from the .po file."""
    entries: dict[str, tuple[str, bool]] = {}
    for block in CATALOGUE.read_text(encoding="utf-8").split("\n\n"):
        fields: dict[str, str] = {}
        key = None
        for line in block.splitlines():
            if line.startswith(("msgid ", "msgstr ", "msgid_plural ", "msgstr[0] ")):
                key, _, rest = line.partition(" ")
                fields[key] = ast.literal_eval(rest)
            elif line.startswith('"') and key:
                fields[key] += ast.literal_eval(line)
        if fields.get("msgid"):
            entries[fields["msgid"]] = (fields.get("msgstr", fields.get("msgstr[0]", "")), "#, fuzzy" in block)
    return entries


def marked_messages() -> dict[str, str]:
    """msgid → where it is used, from every template and Python module in the package."""
    found: dict[str, str] = {}
    for template in [*PACKAGE.rglob("templates/**/*.html"), *PACKAGE.rglob("templates/**/*.txt")]:
        for literal in TEMPLATIZED_CALL.findall(templatize(template.read_text(encoding="utf-8"))):
            found.setdefault(ast.literal_eval(literal), str(template.relative_to(PACKAGE)))
    for module in PACKAGE.rglob("*.py"):
        if "migrations" in module.parts:
            continue
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in GETTEXT_NAMES
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{module.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_every_marked_string_has_an_english_text():
    entries = catalogue()
    missing = {msgid: where for msgid, where in marked_messages().items() if not entries.get(msgid, ("", False))[0]}
    assert missing == {}


def test_the_catalogue_has_no_fuzzy_or_stale_entries():
    entries = catalogue()
    assert [msgid for msgid, (_, fuzzy) in entries.items() if fuzzy] == []
    assert sorted(set(entries) - set(marked_messages())) == []


def test_the_extraction_sees_templates_blocks_and_code():
    found = marked_messages()
    assert found["Eksempeldata — ikke officielle tal"].startswith("dashboard/templates/")
    assert found["prioritet %(n)s"].startswith("dashboard/templates/")  # a blocktranslate with a variable
    assert found["Udviklingen i %(target)s"].startswith("dashboard/pages.py:")
