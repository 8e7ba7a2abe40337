"""The registry of data sources a binding may name, with the provenance each one carries.

Adding a source means adding one entry here and, for fetching, one connector module (``pejling.lib.connectors``);
the plan-file validator accepts exactly the keys of ``SOURCES``, and `pejling sync` fetches through the
connector each entry names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pejling.lib.i18n import gettext_noop


@dataclass(frozen=True)
class SourceInfo:
    """Provenance defaults for one kind of source. Producer, licence, citation and the sentences are Danish
    gettext msgids (the English is in the catalogue); ``provenance(..., translate=gettext)`` gives them in the
    reader's language."""

    key: str
    producer: str
    licence: str
    citation: str
    table_url: str  # format string with {table}; empty when tables have no public page
    needs_area_variable: bool
    # ``module:function`` building the source's connector for a sync run (pejling.lib.connectors), or the
    # sentence saying how its data arrive instead
    connector: str = ""
    not_fetched: str = ""
    # What figures from Pejling's own fake server of this source say instead of the citation
    sample_citation: str = ""


SOURCES: dict[str, SourceInfo] = {
    info.key: info
    for info in (
        SourceInfo(
            key="statbank",
            producer=gettext_noop("Danmarks Statistik"),
            licence="CC BY 4.0",
            citation=gettext_noop("Kilde: Danmarks Statistik"),
            table_url="https://www.statbank.dk/{table}",
            needs_area_variable=True,
            connector="pejling.lib.statbank.connector:connect",
            sample_citation=gettext_noop("Eksempeldata fra Pejlings testserver — ikke tal fra Danmarks Statistik"),
        ),
        SourceInfo(
            key="jobindsats",
            producer=gettext_noop("Styrelsen for Arbejdsmarked og Rekruttering (Jobindsats.dk)"),
            licence=gettext_noop("Vilkår fra Jobindsats.dk"),
            citation=gettext_noop("Kilde: Jobindsats.dk"),
            table_url="https://www.jobindsats.dk/",
            needs_area_variable=False,
            connector="pejling.lib.jobindsats.connector:connect",
            sample_citation=gettext_noop("Eksempeldata fra Pejlings testserver — ikke tal fra Jobindsats.dk"),
        ),
        SourceInfo(
            key="local",
            producer=gettext_noop("Kommunen selv"),
            licence=gettext_noop("Angives ved indlæsning"),
            citation=gettext_noop("Kilde: kommunens egne opgørelser"),
            table_url="",
            needs_area_variable=False,
            not_fetched="lokale data indlæses med `pejling data import`",
        ),
    )
}


SAMPLE_PRODUCER = gettext_noop("Pejlings testserver (eksempeldata)")
SAMPLE_LICENCE = gettext_noop("ingen — eksempeldata")
DERIVED_CITATION = gettext_noop("Egne beregninger baseret på %(producer)s")


def provenance(
    source_key: str,
    table: str,
    *,
    derived: bool = False,
    sample: bool = False,
    translate: Callable[[str], str] = str,
) -> dict[str, str]:
    """The one provenance of a table's figures: producer, licence, table address and citation; a derived
    figure (a share, sum or ratio Pejling computed) is cited as "Egne beregninger baseret på …". Figures from
    Pejling's fake server (``sample``) never claim the real producer: they say they are sample data."""
    source = SOURCES[source_key]
    if sample and source.sample_citation:
        return {
            "producer": translate(SAMPLE_PRODUCER),
            "licence": translate(SAMPLE_LICENCE),
            "table": table,
            "table_url": "",
            "citation": translate(source.sample_citation),
        }
    producer = translate(source.producer)
    return {
        "producer": producer,
        "licence": translate(source.licence),
        "table": table,
        "table_url": source.table_url.format(table=table) if source.table_url else "",
        "citation": translate(DERIVED_CITATION) % {"producer": producer} if derived else translate(source.citation),
    }


def known_sources() -> list[str]:
    """Source keys in a stable order, for messages."""
    return sorted(SOURCES)
