"""What people type, made exact: full-width characters folded, dates typed as digits read.

Chinese input methods produce full-width digits and punctuation (１２３，２０２３年３月１日); a
form that refuses them, or reads "1e5" as one hundred thousand, fails its users."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import ValidationError


def half_width(text: str) -> str:
    """Full-width digits, letters and punctuation as their ASCII twins (NFKC), other text unchanged."""
    return unicodedata.normalize("NFKC", text)


_DATE_PARTS = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_DATE_DIGITS = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
NOT_A_DATE = QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date: type it as 2023-03-01 or 20230301.")
FIRST_YEAR = 1900


def parse_date(text: str, field: str | None = None) -> date | None:
    """'2023-03-01', '2023/3/1', '2023.3.1', '2023年3月1日', '20230301' (full-width too); '' is no date."""
    t = half_width(text).strip()
    if not t or t in ("—", "-"):
        return None
    found = _DATE_PARTS.match(t) or _DATE_DIGITS.match(t)
    try:
        if found is None:
            raise ValueError
        value = date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        raise ValidationError(NOT_A_DATE, field=field, text=text.strip()) from None
    if value.year < FIRST_YEAR:
        raise ValidationError(NOT_A_DATE, field=field, text=text.strip())
    return value
