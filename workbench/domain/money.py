"""Money as integer cents (fen).  Never a float anywhere in the workbench."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.typed import half_width
from workbench.errors import ValidationError

_CLEAN = re.compile(r"[\s,，¥￥]|元|RMB|CNY", re.IGNORECASE)
_PLAIN_NUMBER = re.compile(r"-?(\d+(\.\d*)?|\.\d+)")
MAX_CENTS = 10**15  # ten trillion yuan: far above any claim, far below int64


def parse_cents(text: str | int | Decimal, field: str | None = None) -> int:
    """Parse '12,345.67', '¥1 000', '3000元' or a Decimal into cents.

    More than two decimals, negatives and non-numbers are refused rather than rounded.
    """
    if isinstance(text, int):
        return text * 100
    raw = text if isinstance(text, Decimal) else _CLEAN.sub("", half_width(str(text)))
    try:
        if not isinstance(raw, Decimal) and not _PLAIN_NUMBER.fullmatch(raw):
            raise InvalidOperation  # "1e5", "0x10", "NaN", "12.3.4": typed amounts are plain decimals
        value = Decimal(raw)
    except InvalidOperation:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{text}” is not an amount of money."), field=field, text=str(text)
        ) from None
    if not value.is_finite() or value < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An amount must be zero or more, not “{text}”."), field=field, text=str(text)
        )
    cents = value * 100
    if cents != cents.to_integral_value():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An amount has at most two decimals: “{text}”."), field=field, text=str(text)
        )
    if cents >= MAX_CENTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The amount “{text}” is too large."), field=field, text=str(text)
        )
    return int(cents)


def cents_to_decimal(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def format_cents(cents: int | None, grouping: bool = True) -> str:
    """'123,456.78' (no currency sign: the column or the label says CNY)."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    yuan, fen = divmod(abs(cents), 100)
    body = f"{yuan:,}" if grouping else str(yuan)
    return f"{sign}{body}.{fen:02d}"
