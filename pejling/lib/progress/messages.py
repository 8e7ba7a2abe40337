"""Why a status is what it is (reasons) and what changed since the previous assessment (changes), as codes with
named values. Each code has a Danish message (the gettext msgid; English is in the catalogue), so a page says
it in its own language and never glues two languages together. Django code renders with gettext/ngettext;
``render`` without them gives the Danish text (for the CLI and the stored note)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from pejling.lib.i18n import gettext_noop
from pejling.lib.progress.statuses import STATUSES


def ngettext_noop(singular: str, plural: str) -> tuple[str, str]:
    """Marks a plural message for ``makemessages`` (see dashboard's makemessages command)."""
    return singular, plural


@dataclass(frozen=True)
class Message:
    """A Danish msgid with %(name)s placeholders; ``plural`` and ``count`` name the plural form and the value
    that picks it. ``statuses`` name values that are status codes (shown as the status's label), ``msgids``
    values that are themselves Danish msgids (a producer's name)."""

    text: str
    plural: str | None = None
    count: str | None = None
    statuses: tuple[str, ...] = ()
    msgids: tuple[str, ...] = ()


REASONS: dict[str, Message] = {
    "no_data": Message(gettext_noop("ingen data")),
    "no_data_for_binding": Message(gettext_noop("ingen data for serien %(binding)s")),
    "no_data_from_base_year": Message(gettext_noop("ingen data fra basisåret %(base_year)s")),
    "only_base_year": Message(gettext_noop("kun data for basisåret %(base_year)s")),
    "too_few_years": Message(
        *ngettext_noop(
            "%(points)s år med data siden basisåret %(base_year)s; der skal mindst %(needed)s til",
            "%(points)s år med data siden basisåret %(base_year)s; der skal mindst %(needed)s til",
        ),
        "points",
    ),
    "opposite_signs": Message(gettext_noop("basisværdien og den seneste værdi har modsat fortegn")),
    "target_opposite_sign": Message(gettext_noop("målværdien og basisværdien har modsat fortegn")),
    "target_equals_base": Message(gettext_noop("målværdien er lig basisværdien")),
    "interval_crosses": Message(gettext_noop("intervallet omkring udviklingen spænder over to statusser")),
    "interval_crosses_threshold": Message(gettext_noop("intervallet omkring gennemsnittet krydser tærsklen")),
    "no_series_conclusive": Message(gettext_noop("ingen af Målets serier er afklaret")),
    "no_series_assessable": Message(gettext_noop("ingen af Målets serier kan vurderes")),
}

# Reasons that only time cures: how many more years of data the series needs before it can be assessed.
YEARS_MISSING: dict[str, Callable[[Mapping[str, Any]], int]] = {
    "too_few_years": lambda params: int(params["needed"]) - int(params["points"]),
    "only_base_year": lambda params: 1,
    "no_data_from_base_year": lambda params: 2,  # the base year and one more
}

CHANGES: dict[str, Message] = {
    "first": Message(gettext_noop("første vurdering")),
    "new_data": Message(gettext_noop("nye tal for %(period)s")),
    "revised": Message(
        *ngettext_noop(
            "%(producer)s har revideret tallet for %(periods)s", "%(producer)s har revideret tallene for %(periods)s"
        ),
        "count",
        msgids=("producer",),
    ),
    "interpretation": Message(gettext_noop("fortolkningen er ændret (planversion %(version)s)")),
    "status": Message(gettext_noop("status ændret fra %(before)s til %(after)s"), statuses=("before", "after")),
}
REGISTRIES = {"reason": REASONS, "change": CHANGES}


def _danish_plural(singular: str, plural: str, n: int) -> str:
    return singular if n == 1 else plural


def render(
    kind: str,
    code: str,
    params: Mapping[str, Any],
    gettext: Callable[[str], str] = str,
    ngettext: Callable[[str, str, int], str] = _danish_plural,
    number: Callable[[float], str] | None = None,
) -> str:
    """The message for a reason or change ``code`` with its values; ``number`` formats float values. An unknown
    code is returned as it is (a reason stored before codes existed)."""
    message = REGISTRIES[kind].get(code)
    if message is None:
        return code
    values = dict(params)
    for name in message.statuses:
        values[name] = gettext(STATUSES[values[name]].label) if values.get(name) in STATUSES else values.get(name)
    for name in message.msgids:
        values[name] = gettext(str(values.get(name, "")))
    if number is not None:
        values = {k: number(v) if isinstance(v, float) else v for k, v in values.items()}
    if message.plural and message.count:
        text = ngettext(message.text, message.plural, int(values.get(message.count, 1)))
    else:
        text = gettext(message.text)
    try:
        return text % values
    except (KeyError, ValueError, TypeError):
        return gettext(message.text)
