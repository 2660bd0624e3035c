"""Chinese fonts for reportlab: an embeddable TrueType font if the machine has one,
else reportlab's built-in CID font (shown by the reader's own fonts, not embedded)."""

from __future__ import annotations

from pathlib import Path

CANDIDATES = (  # (path, sub-font index in a .ttc)
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("/System/Library/Fonts/STHeiti Light.ttc", 0),
)
EMBEDDED_NAME = "WorkbenchCJK"
CID_NAME = "STSong-Light"
_preferred: dict[str, str] = {}  # the font the user chose in Settings (or WORKBENCH_CJK_FONT): path -> font name


def installed_fonts() -> list[str]:
    """The known CJK fonts this machine has, for the Settings list."""
    return [path for path, _index in CANDIDATES if Path(path).exists()]


def set_preferred_font(path: str | None) -> None:
    """Use this TrueType file first (an empty value goes back to the automatic choice)."""
    _preferred.clear()
    if path:
        _preferred[path] = f"WorkbenchCJK-{abs(hash(path)) % 10**8}"


def _chosen() -> list[tuple[str, str, int]]:
    import os

    if _preferred:
        return [(path, name, 0) for path, name in _preferred.items()]
    env = os.environ.get("WORKBENCH_CJK_FONT")
    return [(env, "WorkbenchCJK-env", 0)] if env else []


def register_cjk_font() -> tuple[str, bool]:
    """(font name to use, whether it is embedded in the PDF)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    # The user's choice first (a bad file falls through to the automatic choice), then the known fonts.
    for path, name, index in (*_chosen(), *((path, EMBEDDED_NAME, index) for path, index in CANDIDATES)):
        if name in pdfmetrics.getRegisteredFontNames():
            return name, True
        if Path(path).exists():
            try:
                pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
                return name, True
            except Exception:  # noqa: BLE001 - a font reportlab cannot embed: try the next
                continue
    if CID_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CID_NAME))
    return CID_NAME, False
