"""One printable PDF: the letter followed by the evidence it encloses, every enclosure page
labelled 附件N at its top margin.  PDFs are appended page by page, images are set on an A4
page; other kinds (audio, text...) stay in the enclosure list only."""

from __future__ import annotations

import io
from collections.abc import Callable

from workbench.domain.letter import Enclosure, Letter
from workbench.pdf_fonts import register_cjk_font
from workbench.services.progress import Progress, report
from workbench.services.store import Store


def enclosure_pages(store: Store, enclosure: Enclosure):  # type: ignore[no-untyped-def]
    """The enclosure's pages as pypdf pages (an empty list for kinds a letter cannot print)."""
    from pypdf import PdfReader

    path = store.blobs.path_of(enclosure.sha256)
    if enclosure.content_type == "application/pdf":
        return list(PdfReader(path).pages)
    if enclosure.content_type.startswith("image/"):
        return list(PdfReader(io.BytesIO(_image_page(path))).pages)
    return []


def _image_page(path) -> bytes:  # type: ignore[no-untyped-def]
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    image = ImageReader(str(path))
    iw, ih = image.getSize()
    box_w, box_h = A4[0] - 30 * mm, A4[1] - 40 * mm
    scale = min(box_w / iw, box_h / ih)
    w, h = iw * scale, ih * scale
    c.drawImage(image, (A4[0] - w) / 2, (A4[1] - h) / 2 - 5 * mm, w, h)
    c.showPage()
    c.save()
    return buf.getvalue()


def _stamper(case_number: str) -> Callable[[str, float, float], object]:
    """A cached one-page PDF with the label at the top margin, per (label, page size)."""
    from pypdf import PdfReader
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    font, _embedded = register_cjk_font()
    cache: dict[tuple[str, int, int], object] = {}

    def stamp(label: str, width: float, height: float):  # type: ignore[no-untyped-def]
        key = (label, round(width), round(height))
        if key not in cache:
            buf = io.BytesIO()
            c = Canvas(buf, pagesize=(width, height), initialFontName=font)
            c.setFont(font, 11)
            c.setFillColor(colors.Color(0.7, 0.1, 0.1))
            c.drawString(28, height - 22, label)
            c.setFont(font, 8)
            c.setFillColor(colors.grey)
            c.drawRightString(width - 28, height - 22, case_number)
            c.showPage()
            c.save()
            cache[key] = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
        return cache[key]

    return stamp


def letter_with_enclosures(store: Store, letter: Letter, letter_pdf: bytes, progress: Progress | None = None) -> bytes:
    from pypdf import PdfReader, PdfWriter

    zh = letter.language == "zh"
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(letter_pdf)))
    stamp = _stamper(letter.case_number)
    loaded = [(e, enclosure_pages(store, e)) for e in letter.enclosures]
    total = sum(len(pages) for _e, pages in loaded) or 1
    done = 0
    for enclosure, pages in loaded:
        for i, page in enumerate(pages, start=1):
            box = page.mediabox
            label = (f"附件{enclosure.number}（第{i}页，共{len(pages)}页）" if zh
                     else f"Enclosure {enclosure.number} (page {i} of {len(pages)})")
            added = writer.add_page(page)  # pypdf merges only into pages that belong to a writer
            added.merge_page(stamp(label, float(box.width), float(box.height)))
            done += 1
            report(progress, done, total)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
