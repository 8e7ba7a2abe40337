"""The report's published text for a fixed database: the Danish PDF and the English DOCX, as pypdf and
python-docx read them back, equal their golden files (regenerate with PEJLING_UPDATE_GOLDEN=1)."""

import os

import pytest

from tests.conftest import FIXTURES
from tests.reports.conftest import build, docx_text, pdf_text

GOLDEN = FIXTURES / "golden" / "reports"


def _compare(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("PEJLING_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("language", "file_format", "read"), [("da", "pdf", pdf_text), ("en", "docx", docx_text)], ids=["da-pdf", "en-docx"]
)
def test_the_report_reads_as_its_golden_file(reported, language, file_format, read):
    built = build(reported, language=language, file_format=file_format)
    _compare(f"randers-2026-11-30-{language}.{file_format}.txt", read(bytes(built.file.data)))
