"""The analysis matrix as a printable PDF: one row per point."""

from __future__ import annotations

import io
from collections.abc import Callable
from xml.sax.saxutils import escape

from workbench.domain.access import health_words
from workbench.domain.analysis import Point
from workbench.domain.evidence import Citation
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.letter_markup import markup
from workbench.domain.models import Case
from workbench.pdf_fonts import register_cjk_font

Translate = Callable[[str, str], str]
CONTEXT = "Matrix"
HEADERS = (QT_TRANSLATE_NOOP("Matrix", "No."), QT_TRANSLATE_NOOP("Matrix", "Insurer's argument"),
           QT_TRANSLATE_NOOP("Matrix", "Category"), QT_TRANSLATE_NOOP("Matrix", "Clause"),
           QT_TRANSLATE_NOOP("Matrix", "Our rebuttal"), QT_TRANSLATE_NOOP("Matrix", "Legal basis"),
           QT_TRANSLATE_NOOP("Matrix", "Evidence"), QT_TRANSLATE_NOOP("Matrix", "Assessment"),
           QT_TRANSLATE_NOOP("Matrix", "Status"))
TITLE = QT_TRANSLATE_NOOP("Matrix", "Analysis of the insurer's reasoning — {number}")
NO_EVIDENCE = QT_TRANSLATE_NOOP("Matrix", "No supporting evidence")


def render_matrix(case: Case, points: list[Point], citations: dict[int, Citation], provision_names: dict[str, str],
                  label: Callable[[object], str], translate: Translate) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font, _embedded = register_cjk_font()
    cell = ParagraphStyle("cell", fontName=font, fontSize=8, leading=11, wordWrap="CJK")
    title = ParagraphStyle("title", fontName=font, fontSize=15, leading=20)

    def para(text: str) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), cell)

    rows = [[para(translate(CONTEXT, h)) for h in HEADERS]]
    for p in points:
        cited = "\n".join(citations[c].label() + (f" {citations[c].note}" if citations[c].note else "")
                          for c in p.citation_ids if c in citations) or translate(CONTEXT, NO_EVIDENCE)
        clause = " ".join(x for x in (p.clause_number, p.clause_text) if x)
        rows.append([para(str(p.position)), para(health_words(p.quote, translate)), para(label(p.category)), para(clause),
                     Paragraph(markup(health_words(p.rebuttal_html, translate)), cell), para("\n".join(provision_names.get(c, c) for c in p.provisions)),
                     para(cited), para(label(p.assessment)), para(label(p.status))])
    widths = [10, 50, 22, 30, 62, 30, 30, 18, 22]
    table = Table(rows, repeatRows=1, colWidths=[w * mm for w in widths])
    style = [("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7"))]
    for i, p in enumerate(points, start=1):
        if not p.has_evidence:
            style.append(("BACKGROUND", (6, i), (6, i), colors.HexColor("#fde7e9")))
    table.setStyle(TableStyle(style))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=14 * mm, bottomMargin=14 * mm)
    header = f"{case.client.name} · {case.insurer.name} · {label(case.decision_kind)}"
    doc.build([Paragraph(escape(translate(CONTEXT, TITLE).format(number=case.case_number)), title),
               Paragraph(escape(header), cell), Spacer(1, 4 * mm), table])
    return buf.getvalue()
