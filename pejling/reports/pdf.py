"""The report as a tagged PDF/A-3a through WeasyPrint: the report's content (canonical JSON, whose SHA-256 is
the fingerprint printed in every page's footer) embedded as an attachment, the charts as SVG with alt text."""

from __future__ import annotations

import base64
import io
import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import override

from pejling.lib.reports.fingerprint import canonical
from pejling.reports.charts import chart_spec, svg

ATTACHMENT = "byraadsrapport.json"
for _noisy in ("fontTools", "weasyprint.progress"):  # font subsetting and layout log every step at INFO
    logging.getLogger(_noisy).setLevel(logging.WARNING)


STYLESHEET = Path(__file__).resolve().parent / "static" / "reports" / "report.css"


def html(
    content: dict[str, Any],
    fingerprint: str,
    built_at: datetime,
    *,
    stylesheet: str | None = None,
    preview: bool = False,
) -> str:
    """The report as one HTML page in its own language: the PDF's source, and the staff page's preview (which
    links ``stylesheet`` and says it is not archived)."""
    data = content["data"]
    targets = {t["key"]: t for t in data["targets"]}
    with override(data["language"]):
        blocks = [
            block | {"src": _svg_uri(chart_spec(data, targets[block["target"]]))} if block["kind"] == "chart" else block
            for block in content["text"]
        ]
        return render_to_string(
            "reports/report.html",
            {
                "language": data["language"],
                "title": _("Statusrapport til byrådet: %(plan)s") % {"plan": data["plan"]["title"]},
                "data": data,
                "blocks": blocks,
                "fingerprint": fingerprint,
                "built_at": built_at.isoformat(),
                "stylesheet": stylesheet,
                "preview": preview,
            },
        )


def _svg_uri(spec: dict[str, Any]) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg(spec).encode()).decode()


def _page_css(fingerprint: str) -> str:
    """A4 pages whose footer prints the fingerprint (64 hexadecimal digits) and the page number."""
    font = 'font-family: "DejaVu Sans", sans-serif; color: #333;'
    return (
        "@page { size: A4; margin: 2cm 2cm 2.4cm; "
        f'@bottom-left {{ content: "{_("Fingeraftryk")} {fingerprint}"; font-size: 6.5pt; {font} }} '
        f'@bottom-right {{ content: counter(page) " / " counter(pages); font-size: 8pt; {font} }} }}'
    )


def pdf_bytes(content: dict[str, Any], fingerprint: str, built_at: datetime) -> bytes:
    try:  # imported here: the site runs without Pango; only building a PDF needs it
        from weasyprint import CSS, HTML, Attachment
    except OSError as error:
        raise RuntimeError(f"WeasyPrint kan ikke indlæses / cannot load (Pango?): {error}") from error
    attachment = Attachment(
        file_obj=io.BytesIO(canonical(content)),
        name=ATTACHMENT,
        description=_("Rapportens data og tekst; SHA-256 af denne fil er rapportens fingeraftryk"),
        relationship="Data",
    )
    document = HTML(string=html(content, fingerprint, built_at))
    return bytes(
        document.write_pdf(
            stylesheets=[CSS(filename=str(STYLESHEET)), CSS(string=_page_css(fingerprint))],
            pdf_variant="pdf/a-3a",
            attachments=[attachment],
            pdf_identifier=fingerprint[:32].encode(),
            custom_metadata=True,
        )
    )
