"""Amounts as written on Chinese financial documents (大写金额), e.g.
12345600 cents → 人民币壹拾贰万叁仟肆佰伍拾陆元整.

Follows the usual rules for 大写: a run of zeros inside the number is written 零 once,
zeros at the end of a section (万, 亿) are dropped, 壹拾 keeps its 壹, and an amount with
no 角/分 ends with 整."""

from __future__ import annotations

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
BIG_UNITS = ("", "万", "亿", "万亿")


def _section(value: int) -> str:
    """0 < value < 10000, with 零 for inner zeros but none at either end."""
    out, zero = [], False
    for power in range(3, -1, -1):
        digit = value // 10**power % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(DIGITS[digit] + SMALL_UNITS[power])
    return "".join(out)


def _yuan(value: int) -> str:
    if value == 0:
        return ""
    sections = []
    while value:
        sections.append(value % 10000)
        value //= 10000
    if len(sections) > len(BIG_UNITS):
        raise ValueError("amount too large")
    out = ""
    need_zero = False
    for i in range(len(sections) - 1, -1, -1):
        part = sections[i]
        if part == 0:
            need_zero = bool(out)
            continue
        if out and (need_zero or part < 1000):
            out += "零"
        out += _section(part) + BIG_UNITS[i]
        need_zero = False
    return out


def rmb_capitals(cents: int) -> str:
    """人民币…元…角…分 / 元整 for a non-negative amount in cents."""
    if cents < 0:
        raise ValueError("negative amount")
    yuan, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)
    words = _yuan(yuan)
    if not words and not rest:
        return "人民币零元整"
    text = "人民币" + (words + "元" if words else "")
    if not rest:
        return text + "整"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif words:
        text += "零"
    if fen:
        text += DIGITS[fen] + "分"
    else:
        text += "整"
    return text


def rmb_figures(cents: int) -> str:
    """¥123,456.00"""
    return f"¥{cents / 100:,.2f}"
