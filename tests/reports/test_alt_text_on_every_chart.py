"""Every chart carries its alt text in both formats: a tagged /Figure with /Alt in the PDF, the drawing's
``descr`` in the DOCX, each equal to the chart block's alt text."""

import io

from docx import Document
from pypdf import PdfReader

from tests.reports.conftest import build


def _figures(node, found):
    node = node.get_object()
    if node.get("/S") == "/Figure":
        found.append(str(node.get("/Alt")))
    kids = node.get("/K")
    for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
        if hasattr(kid, "get_object") and isinstance(kid.get_object(), dict):
            _figures(kid, found)
    return found


def test_every_chart_has_its_alt_text_in_the_pdf_and_the_docx(reported):
    pdf = build(reported, file_format="pdf")
    docx = build(reported, file_format="docx")
    assert pdf.report == docx.report  # one content, two files
    alts = [b["alt"] for b in pdf.report.content["text"] if b["kind"] == "chart"]
    assert len(alts) == 4  # the four Mål with data
    assert alts[0] == (
        "Linjediagram: Udsatte børn og unge (forebyggende foranstaltninger og anbringelser) i pct. af de "
        "0-22-årige for Randers, Hele landet, Provinsbykommuner (DST's kommunegrupper), 2015–2024. Seneste værdi "
        "for Randers: 3,3 pct. (2024)."
    )
    root = PdfReader(io.BytesIO(bytes(pdf.file.data))).trailer["/Root"]
    assert _figures(root["/StructTreeRoot"], []) == alts
    document = Document(io.BytesIO(bytes(docx.file.data)))
    drawn = [shape._inline.docPr.get("descr") for shape in document.inline_shapes]
    assert drawn == alts
