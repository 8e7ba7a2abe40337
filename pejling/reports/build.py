"""Composing a report (its data from stored history, its text in one language) and rendering it to a file
format; ``RENDERERS`` is the registry of formats."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from django.utils.translation import override

from pejling.lib.reports.fingerprint import as_json, fingerprint
from pejling.plans.models import Plan
from pejling.reports.collect import collect
from pejling.reports.docx import docx_bytes
from pejling.reports.narrative import narrate
from pejling.reports.pdf import pdf_bytes

Renderer = Callable[[dict[str, Any], str, datetime], bytes]
RENDERERS: dict[str, Renderer] = {"pdf": pdf_bytes, "docx": docx_bytes}
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def compose(plan: Plan, as_of: date, language: str, previous: Any = None) -> tuple[dict[str, Any], str]:
    """The report's content ({"data", "text"}, as it reads back from JSON) and its fingerprint."""
    with override(language):
        data = collect(plan, as_of, language=language, previous=previous)
        content = as_json({"data": data, "text": narrate(data)})
    return content, fingerprint(content)


def render(content: dict[str, Any], fingerprint_: str, built_at: datetime, file_format: str) -> bytes:
    """The file of one format, in the report's own language."""
    with override(content["data"]["language"]):
        return RENDERERS[file_format](content, fingerprint_, built_at)
