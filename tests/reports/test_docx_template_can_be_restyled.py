"""Staff may restyle the DOCX template: a copy with another heading colour, font and a letterhead, pointed at
by PEJLING_REPORT_DOCX_TEMPLATE, is the one the report is built from."""

import io

from docx import Document
from docx.shared import Pt, RGBColor

from tests.reports.conftest import build


def test_a_restyled_template_is_used(reported, settings, tmp_path):
    template = Document(str(settings.PEJLING_REPORT_DOCX_TEMPLATE))
    template.styles["Heading 2"].font.color.rgb = RGBColor(0x00, 0x69, 0x5C)
    template.styles["Normal"].font.name = "Liberation Serif"
    template.styles["Normal"].font.size = Pt(11)
    template.sections[0].header.paragraphs[0].text = "Randers Kommune · Byrådet"
    restyled = tmp_path / "randers-skabelon.docx"
    template.save(restyled)
    settings.PEJLING_REPORT_DOCX_TEMPLATE = restyled
    built = build(reported, file_format="docx")
    document = Document(io.BytesIO(bytes(built.file.data)))
    assert document.sections[0].header.paragraphs[0].text == "Randers Kommune · Byrådet"
    assert document.styles["Heading 2"].font.color.rgb == RGBColor(0x00, 0x69, 0x5C)
    assert document.styles["Normal"].font.name == "Liberation Serif"
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings[0] == "Målsætning 1: Færre børn og unge i udsatte positioner"
    assert document.sections[0].footer.paragraphs[0].text == f"Fingeraftryk {built.report.fingerprint}"
