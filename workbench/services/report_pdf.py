"""The outcome report as a printable PDF: title, filters, date, a chart and the tables."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from workbench.domain.report import CHART_TITLE, COMPUTED_NOTE, PAGE, REPORT_CONTEXT, SLICE_HEADER, TOTAL, Report, ReportRow
from workbench.domain.report_columns import REPORT_COLUMN_CONTEXT, REPORT_COLUMNS
from workbench.pdf_fonts import register_cjk_font
from workbench.services.report_export import Translate, _identity, cell_text

MAIN_KEYS = ("opened", "open", "decided", "change_rate", "overturned", "partly_changed", "upheld", "withdrawn",
             "escalated", "median_days", "p90_days")
MONEY_KEYS = ("claimed", "offered", "paid", "recovered", "ageing_0-30", "ageing_31-60", "ageing_61-90", "ageing_90+")


def render_pdf(report: Report, label_of: Callable[[ReportRow], str], title: str, filters_text: str,
               translate: Translate = _identity) -> bytes:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    font, _embedded = register_cjk_font()
    title_style = ParagraphStyle("title", fontName=font, fontSize=16, leading=22)
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=13)
    cols = {c.key: c for c in REPORT_COLUMNS}

    def grid(keys: tuple[str, ...]) -> Table:
        head = [translate(REPORT_CONTEXT, SLICE_HEADER)] + [translate(REPORT_COLUMN_CONTEXT, cols[k].header)
                                                             for k in keys]
        rows = [[label_of(r)] + [cell_text(cols[k], r) for k in keys] for r in report.rows]
        rows.append([translate(REPORT_CONTEXT, TOTAL)] + [cell_text(cols[k], report.total) for k in keys])
        wrap = ParagraphStyle("cell", fontName=font, fontSize=7, leading=9)
        data = [[Paragraph(escape(str(v)), wrap) for v in head]] + rows
        t = Table(data, repeatRows=1, colWidths=[45 * mm] + [(257 - 45) * mm / len(keys)] * len(keys))
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 1), (-1, -1), 7),
            ("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
            ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f3f3f3")), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        return t

    rows = report.rows[:20]
    chart = Drawing(257 * mm, (6 * len(rows) + 22) * mm)
    bars = HorizontalBarChart()
    bars.x, bars.y = 45 * mm, 5 * mm
    bars.width, bars.height = 190 * mm, chart.height - 15 * mm
    bars.data = [[round((r.change_rate or 0) * 100, 1) for r in reversed(rows)]]
    bars.categoryAxis.categoryNames = [label_of(r)[:14] for r in reversed(rows)]
    bars.categoryAxis.labels.fontName = font
    bars.categoryAxis.labels.fontSize = 7
    bars.valueAxis.valueMin, bars.valueAxis.valueMax = 0, 100
    bars.valueAxis.labels.fontSize = 7
    bars.bars[0].fillColor = colors.HexColor("#3c6e9f")
    chart.add(bars)
    chart.add(String(0, chart.height - 8, translate(REPORT_CONTEXT, CHART_TITLE), fontName=font, fontSize=9))

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=title)
    story = [Paragraph(escape(title), title_style), Paragraph(escape(filters_text), body),
             Paragraph(escape(translate(REPORT_CONTEXT, COMPUTED_NOTE).format(date=report.computed_on.isoformat())),
                       body),
             Spacer(1, 4 * mm), chart, Spacer(1, 4 * mm), grid(MAIN_KEYS), Spacer(1, 6 * mm), grid(MONEY_KEYS)]

    def footer(canvas, _doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont(font, 8)
        canvas.drawRightString(landscape(A4)[0] - 20 * mm, 10 * mm,
                               translate(REPORT_CONTEXT, PAGE).format(n=canvas.getPageNumber()))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def write_pdf(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
