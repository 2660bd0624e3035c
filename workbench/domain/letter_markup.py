"""The little markup a letter paragraph may carry (bold, italic, paragraphs, list items),
turned into reportlab paragraph markup with every piece of user text escaped, so nothing
typed into a case can add fonts, colours, links or images to the PDF."""

from __future__ import annotations

import re

from html.parser import HTMLParser
from xml.sax.saxutils import escape

KEPT = {"b": "b", "strong": "b", "i": "i", "em": "i"}
BREAKS = {"p", "div", "br", "li", "ul", "ol"}
# Direction overrides and isolates would reorder the printed text; a letter has no use for them.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"))


def clean_text(text: str) -> str:
    return text.translate(BIDI_CONTROLS)


def escaped(text: str) -> str:
    """Plain text as reportlab paragraph markup that shows exactly that text."""
    return escape(clean_text(text))


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.open: list[str] = []
        self.bullet = False
        self.skip = 0
        self.spans: list[list[str]] = []

    def _flush(self) -> None:
        for tag in reversed(self.open):
            self.current.append(f"</{tag}>")
        text = "".join(self.current).strip()
        if text and text not in ("<b></b>", "<i></i>"):
            self.paragraphs.append(("· " if self.bullet else "") + text)
        self.current = [f"<{tag}>" for tag in self.open]
        self.bullet = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        elif tag in KEPT:
            self._open(KEPT[tag])
        elif tag == "span":
            # Qt's rich text editor writes bold and italic as styled spans.
            style = (dict(attrs).get("style") or "").replace(" ", "").lower()
            wanted = [name for name, on in (("b", "font-weight:700" in style or "font-weight:600" in style
                                             or "font-weight:bold" in style), ("i", "font-style:italic" in style)) if on]
            self.spans.append(wanted)
            for name in wanted:
                self._open(name)
        elif tag in BREAKS:
            self._flush()
            self.bullet = tag == "li"

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head", "title"):
            self.skip = max(0, self.skip - 1)
        elif tag in KEPT and KEPT[tag] in self.open:
            self._close(KEPT[tag])
        elif tag == "span" and self.spans:
            for name in reversed(self.spans.pop()):
                self._close(name)
        elif tag in BREAKS - {"br"}:
            self._flush()

    def _open(self, name: str) -> None:
        self.open.append(name)
        self.current.append(f"<{name}>")

    def _close(self, name: str) -> None:
        if name in self.open:
            # Close inner tags first so the markup stays nested, then reopen them.
            inner = self.open[self.open.index(name) + 1:]
            for tag in reversed(inner):
                self.current.append(f"</{tag}>")
            self.current.append(f"</{name}>")
            self.open.remove(name)
            for tag in inner:
                self.current.append(f"<{tag}>")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.current.append(escaped(data))


def looks_like_html(text: str) -> bool:
    return text.lstrip().startswith("<") and ("</p>" in text or "<!DOCTYPE" in text or "<html" in text)


def paragraphs(text: str) -> list[str]:
    """Safe reportlab markup, one string per paragraph.  Rich text (HTML from the editor)
    keeps bold, italic and list items; plain text keeps its line breaks as paragraphs."""
    if not looks_like_html(text):
        return [escaped(line.strip()) for line in text.splitlines() if line.strip()]
    reader = _Reader()
    reader.feed(text)
    reader.close()
    reader._flush()
    return reader.paragraphs


def markup(text: str) -> str:
    """Rich or plain text as one piece of safe markup (bold, italic, line breaks): what a reportlab
    Paragraph and a Qt rich-text label both show as formatted text, never the editor's HTML head."""
    return "<br/>".join(paragraphs(text))


def plain_text(text: str) -> str:
    """The words alone, one paragraph per line (list items keep their bullet)."""
    from html import unescape

    return "\n".join(unescape(re.sub(r"</?[bi]>", "", p)) for p in paragraphs(text))
