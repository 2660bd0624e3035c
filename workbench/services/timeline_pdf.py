"""Lists on paper: a case's timeline, the due-and-overdue list (one titled table, A4)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from workbench.pdf_fonts import register_cjk_font


def render_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]],
                 widths_mm: Sequence[float] | None = None) -> bytes:
    """`widths_mm` None shares 180 mm equally; the header row repeats on every page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font, _ = register_cjk_font()
    cell = ParagraphStyle("cell", fontName=font, fontSize=8, leading=11, wordWrap="CJK")
    head = ParagraphStyle("head", fontName=font, fontSize=14, leading=19)
    data = [[Paragraph(escape(h), cell) for h in headers]]
    data += [[Paragraph(escape(v), cell) for v in row] for row in rows]
    widths = widths_mm or [180 / max(len(headers), 1)] * len(headers)
    table = Table(data, repeatRows=1, colWidths=[w * mm for w in widths])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7"))]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm).build(
        [Paragraph(escape(title), head), Spacer(1, 4 * mm), table])
    return buf.getvalue()


def render_timeline(title: str, rows: list[tuple[str, str, str, str]], headers: list[str]) -> bytes:
    return render_table(title, headers, rows, (28, 28, 100, 24))
