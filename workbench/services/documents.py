"""What a document is (from its bytes, not its name) and the text inside it."""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
TEXT_LIMIT = 5_000_000  # characters kept for search; enough for any medical record


def detect_content_type(head: bytes) -> str:
    """MIME type from the first bytes (the `filetype` library knows the signatures)."""
    import filetype

    kind = filetype.guess(head)
    if kind is not None:
        return kind.mime
    if _looks_like_text(head):
        return "text/plain"
    return "application/octet-stream"


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            head.decode(encoding)
            return True
        except UnicodeDecodeError as exc:
            if exc.start > len(head) - 4:  # cut in the middle of a character at the end
                return True
    return False


def decode_text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


PDF_TAIL_BYTES = 4096


def pdf_looks_complete(path: Path) -> bool:
    """Whether a file that starts as a PDF also ends as one: the format ends every file with
    %%EOF (ISO 32000-1 §7.5.5), which a truncated download lacks.  Only the tail is read,
    so attaching stays at copy speed (parsing a 5 MB scan takes pypdf ~0.6 s); the full read
    after attaching (extract_text) has the final word."""
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        f.seek(max(0, f.tell() - PDF_TAIL_BYTES))
        return b"%%EOF" in f.read()


def extract_text(path: Path, content_type: str) -> tuple[str, int | None]:
    """(text with pages separated by form feeds, page count) — empty for other kinds.

    A PDF that cannot be parsed is still kept as evidence; it just has no text.
    """
    if content_type == "application/pdf":
        try:
            from pypdf import PdfReader

            reader = PdfReader(str(path))
            pages = [(page.extract_text() or "") for page in reader.pages]
            return "\f".join(pages)[:TEXT_LIMIT], len(pages)
        except Exception as exc:  # noqa: BLE001 - a damaged PDF is still evidence
            log.warning("no text from %s: %s", path.name, exc)
            return "", None
    if content_type.startswith("text/"):
        with open(path, "rb") as f:
            return decode_text(f.read(TEXT_LIMIT * 2))[:TEXT_LIMIT], None
    return "", None
