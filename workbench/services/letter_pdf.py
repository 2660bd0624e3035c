"""A letter as an A4 PDF: letterhead, reference table, sections, the point-by-point
rebuttal, the amounts and enclosure tables, signature and seal area; "第 N 页 / 共 M 页"
and the case number at every page foot."""

from __future__ import annotations

import io

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.letter import Letter
from workbench.domain.letter_markup import escaped as _text
from workbench.domain.letter_markup import paragraphs
from workbench.errors import ValidationError
from workbench.pdf_fonts import register_cjk_font

NO_FONT = QT_TRANSLATE_NOOP(
    "Errors", "No Chinese font that can be embedded was found, so the letter cannot be issued. "
    "Install one (for example WenQuanYi Zen Hei or SimSun); a draft can still be printed.")


def render_letter(letter: Letter, draft: bool = False) -> bytes:
    """The PDF bytes.  Without an embeddable CJK font only a draft (marked DRAFT) is made."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font, embedded = register_cjk_font()
    if not embedded and not draft:
        raise ValidationError(NO_FONT)
    zh = letter.language == "zh"
    indent = 21 if zh else 0  # two characters' first-line indent, as Chinese letters are set
    wrap = "CJK" if zh else None
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=17, firstLineIndent=indent,
                          wordWrap=wrap, spaceAfter=3)
    plain = ParagraphStyle("plain", parent=body, firstLineIndent=0)
    small = ParagraphStyle("small", parent=plain, fontSize=9, leading=13)
    title = ParagraphStyle("title", parent=plain, fontSize=17, leading=24, alignment=TA_CENTER, spaceAfter=8)
    head = ParagraphStyle("head", parent=plain, fontSize=12, leading=18, spaceBefore=8, spaceAfter=4,
                          keepWithNext=1)
    sub = ParagraphStyle("sub", parent=plain, fontSize=10.5, leading=17, spaceBefore=4, keepWithNext=1)
    org = ParagraphStyle("org", parent=plain, fontSize=13, leading=18, alignment=TA_CENTER)

    def paras(text: str, style: ParagraphStyle = body) -> list[Paragraph]:
        return [Paragraph(p, style) for p in paragraphs(text)]

    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f0f0f0"))])
    story: list = []
    lh = letter.letterhead
    if lh.logo:
        story.append(_logo(lh.logo, 14 * mm))
    if lh.organisation:
        story.append(Paragraph(_text(lh.organisation), org))
        contact = "　".join(x for x in (lh.address, lh.phone) if x)
        if contact:
            story.append(Paragraph(_text(contact), ParagraphStyle("c", parent=small, alignment=TA_CENTER)))
        story.append(HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=2))
    story += [Spacer(1, 4 * mm), Paragraph(_text(letter.title), title), Paragraph(_text(letter.to), plain)]
    if letter.reference:
        story += [Spacer(1, 2 * mm),
                  Table([[Paragraph(_text(k), small), Paragraph(_text(v), small)] for k, v in letter.reference],
                        colWidths=[38 * mm, 132 * mm],
                        style=[("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0"))]),
                  Spacer(1, 3 * mm)]
    story += paras(letter.sections["opening"])
    story.append(Paragraph(_text(letter.headings["facts_heading"]), head))
    story += paras(letter.sections["facts"])
    story.append(Paragraph(_text(letter.headings["decision_heading"]), head))
    story += paras(letter.sections["decision"])
    included = letter.included_points()
    reason = ParagraphStyle("reason", parent=small, leftIndent=indent)
    for n, p in enumerate(included, start=1):
        story.append(Paragraph(f"{n}. " + _text(p.quote), reason))
    story.append(Paragraph(_text(letter.headings["points_heading"]), head))
    for n, p in enumerate(included, start=1):
        prefix = f"（{n}）" if zh else f"({n}) "
        story.append(Paragraph(_text(prefix + p.quote), sub))
        story += paras(p.rebuttal)
        if p.basis:
            story.append(Paragraph(_text(letter.labels["basis_label"] + ("；" if zh else "; ").join(p.basis)), body))
        if p.evidence:
            story.append(Paragraph(_text(letter.labels["evidence_label"] + ("；" if zh else "; ").join(p.evidence)),
                                   body))
    story.append(Paragraph(_text(letter.headings["remedy_heading"]), head))
    if letter.amount_table:
        story += [Table([[Paragraph(_text(k), small), Paragraph(_text(v), small)] for k, v in letter.amount_table],
                        colWidths=[50 * mm, 60 * mm], hAlign="LEFT",
                        style=[("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (1, -1), "RIGHT")]),
                  Spacer(1, 2 * mm)]
    story += paras(letter.sections["remedy"])
    story += paras(letter.sections["closing"])
    signed = ParagraphStyle("signed", parent=plain, leftIndent=85 * mm)
    signature = [Spacer(1, 8 * mm)] + [Paragraph(_text(line), signed) for line in (*letter.signature, letter.dated)]
    seal = ParagraphStyle("seal", parent=small, alignment=TA_CENTER, textColor=colors.grey)
    signature += [Spacer(1, 3 * mm),
                  Table([[Paragraph(_text(letter.seal), seal)]], colWidths=[40 * mm], rowHeights=[40 * mm], hAlign="RIGHT",
                        style=[("BOX", (0, 0), (-1, -1), 0.5, colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])]
    story.append(KeepTogether(signature))
    if letter.enclosures:
        columns = letter.labels["columns"].split("\t")
        rows = [[Paragraph(_text(c), small) for c in columns]]
        for e in letter.enclosures:
            number = f"附件{e.number}" if zh else str(e.number)
            rows.append([Paragraph(_text(number), small), Paragraph(_text(e.name), small),
                         Paragraph(str(e.pages or ""), small)])
        story += [Paragraph(_text(letter.headings["enclosures_heading"]), head),
                  Table(rows, colWidths=[22 * mm, 128 * mm, 20 * mm], repeatRows=1, style=grid)]

    footer = _footer_canvas(font, letter.case_number, zh, draft or not embedded)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=22 * mm, title=letter.title, author=lh.organisation,
                            subject=letter.case_number,
                            keywords=f"audit-head {letter.audit_head}" if letter.audit_head else "")
    doc.build(story, canvasmaker=footer)
    return buf.getvalue()


def _logo(encoded: str, height: float):  # type: ignore[no-untyped-def]
    import base64

    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    data = io.BytesIO(base64.b64decode(encoded))
    width, tall = ImageReader(data).getSize()
    data.seek(0)
    return Image(data, width=height * width / tall, height=height, hAlign="CENTER")


def _footer_canvas(font: str, case_number: str, zh: bool, draft: bool):  # type: ignore[no-untyped-def]
    """A canvas that holds its pages back until the end, so each foot can say 'of M'."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class FooterCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            # Start in the CJK font so no unembedded Helvetica is referenced at all.
            super().__init__(*args, **{**kwargs, "initialFontName": font})
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._foot(number, total)
                super().showPage()
            super().save()

        def _foot(self, number: int, total: int) -> None:
            width, _height = A4
            self.setFont(font, 8.5)
            self.setFillColor(colors.grey)
            self.drawString(20 * mm, 12 * mm, case_number)
            text = f"第 {number} 页 / 共 {total} 页" if zh else f"Page {number} of {total}"
            self.drawRightString(width - 20 * mm, 12 * mm, text)
            if draft:
                self.saveState()
                self.setFont(font, 60)
                self.setFillColor(colors.Color(0.85, 0.2, 0.2, alpha=0.18))
                self.translate(width / 2, A4[1] / 2)
                self.rotate(40)
                self.drawCentredString(0, 0, "DRAFT 草稿" if zh else "DRAFT")
                self.restoreState()
            self.setFillColor(colors.black)

    return FooterCanvas
