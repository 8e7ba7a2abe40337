"""Writes the default DOCX template of the byrådsrapport (pejling/reports/templates/reports/byraadsrapport.docx).

Staff may restyle a copy in Word (fonts, colours, the front page, header and footer) and point
PEJLING_REPORT_DOCX_TEMPLATE at it; the tags {{ title }}, {{ subtitle }}, {{p body }} and {{ fingerprint }}
must stay. Run: .venv/bin/python scripts/make-report-template.py
"""

from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "pejling/reports/templates/reports/byraadsrapport.docx"

document = Document()
styles = document.styles
styles["Normal"].font.name = "DejaVu Sans"
styles["Normal"].font.size = Pt(10)
for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
    styles[name].font.color.rgb = RGBColor(0x0B, 0x53, 0x94)
document.add_paragraph("{{ title }}", style="Title")
document.add_paragraph("{{ subtitle }}", style="Subtitle")
document.add_paragraph("{{p body }}")
footer = document.sections[0].footer.paragraphs[0]
footer.text = "{{ fingerprint_label }} {{ fingerprint }}"
footer.runs[0].font.size = Pt(7)
document.core_properties.author = "Pejling"
document.save(OUT)
print(OUT)
