"""The report tests: the Randers plan assessed on the fake StatBank's data (four bindings), one initiative with
a status, dates, Mål, milestones, budget and an update, and helpers that build and read reports."""

import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
from docx import Document
from pypdf import PdfReader

from pejling.editor.actions import edit_initiative, save_budget_line, save_milestone, submit_update
from pejling.editor.models import BudgetLine, Milestone
from pejling.plans.models import Plan
from pejling.reports.actions import build_report
from tests.dashboard.conftest import randers_assessed, randers_loaded  # noqa: F401  (fixtures)
from tests.staff_fixtures import NOW, SHELL, plan, record, staff  # noqa: F401  (fixtures, names)
from tests.stats.conftest import Clock, fake, statbank_client  # noqa: F401  (fixtures)

AS_OF = date(2026, 11, 30)


@pytest.fixture
def reported(randers_assessed):  # noqa: F811
    """The assessed plan, with initiative 1.i1 under way: its Mål, two milestones (one reached), a budget line
    and the update for 2026K4."""
    randers = Plan.objects.get()
    one = record(randers, "1.i1")
    edit_initiative(
        SHELL,
        NOW,
        one,
        status="in_progress",
        start=date(2026, 2, 1),
        end=date(2027, 12, 31),
        targets=[randers.entities.get(kind="target", key="1.1")],
    )
    save_milestone(SHELL, NOW, Milestone(initiative=one), title="Handleplan vedtaget", due=date(2026, 6, 1), done=True)
    save_milestone(SHELL, NOW, Milestone(initiative=one), title="Første evaluering", due=date(2027, 6, 1))
    save_budget_line(
        SHELL,
        NOW,
        BudgetLine(initiative=one),
        funding="Investeringsstrategien",
        year=2026,
        planned=Decimal(500000),
        spent=Decimal(125000),
    )
    submit_update(
        SHELL,
        NOW + timedelta(hours=1),
        one,
        period="2026K4",
        text="Handleplanen er vedtaget.",
        progress=40,
        status="in_progress",
    )
    return randers


def build(randers, as_of=AS_OF, *, file_format="pdf", language="da", since=None, now=NOW):
    return build_report(SHELL, now, randers, as_of, language=language, file_format=file_format, since=since)


def pdf_text(data: bytes) -> str:
    """Every page's text as pypdf extracts it, pages separated by a form feed."""
    return "\f".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    """The DOCX body's paragraphs and table cells in document order, then the footer."""
    document = Document(io.BytesIO(data))
    lines = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(node.text or "" for node in element.iter() if node.tag.endswith("}t")))
        elif tag == "tbl":
            for row in element.iter():
                if row.tag.endswith("}tr"):
                    cells = [c for c in row if c.tag.endswith("}tc")]
                    lines.append(
                        " | ".join("".join(n.text or "" for n in c.iter() if n.tag.endswith("}t")) for c in cells)
                    )
    lines += [p.text for p in document.sections[0].footer.paragraphs]
    return "\n".join(lines)
