"""The report as an editable DOCX through docxtpl: the body built with python-docx into the template staff may
restyle (``PEJLING_REPORT_DOCX_TEMPLATE``), every chart a PNG with its alt text (python-docx has no API for
it, so it is set on the drawing's ``docPr``), the fingerprint in the footer."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _
from docx.shared import Cm
from docxtpl import DocxTemplate

from pejling.formats import long_date
from pejling.reports.charts import chart_spec, png

PARAGRAPH_STYLES = {"": None, "title": "Subtitle", "quote": "Quote", "interpretation": "Intense Quote"}


def _table(body: Any, block: dict[str, Any]) -> None:
    body.add_paragraph(block["caption"], style="Caption")
    table = body.add_table(rows=1, cols=len(block["header"]))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, block["header"], strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for row in block["rows"]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


def _chart(body: Any, data: dict[str, Any], target: dict[str, Any], alt: str) -> None:
    shape = body.add_picture(io.BytesIO(png(chart_spec(data, target))), width=Cm(15))
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", alt)
    doc_pr.set("title", target["label"][:250])


def docx_bytes(content: dict[str, Any], fingerprint: str, built_at: datetime, template: Path | None = None) -> bytes:
    data = content["data"]
    targets = {t["key"]: t for t in data["targets"]}
    document = DocxTemplate(str(template or settings.PEJLING_REPORT_DOCX_TEMPLATE))
    body = document.new_subdoc()
    for block in content["text"][2:]:  # the template shows the title and subtitle itself
        kind = block["kind"]
        if kind == "heading":
            body.add_heading(block["text"], level=block["level"])
        elif kind == "paragraph":
            body.add_paragraph(block["text"], style=PARAGRAPH_STYLES.get(block["style"]))
        elif kind == "list":
            for item in block["items"]:
                body.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            _table(body, block)
        elif kind == "chart":
            _chart(body, data, targets[block["target"]], block["alt"])
        elif kind == "page_break":
            body.add_page_break()
    document.render(
        {
            "title": content["text"][0]["text"],
            "subtitle": content["text"][1]["text"],
            "body": body,
            "fingerprint_label": _("Fingeraftryk"),
            "fingerprint": fingerprint,
        }
    )
    properties = document.docx.core_properties
    properties.title = f"{content['text'][0]['text']}: {data['plan']['title']}"[:250]
    properties.subject = long_date(data["as_of"])
    properties.comments = f"SHA-256 {fingerprint}"
    properties.created = properties.modified = built_at
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
