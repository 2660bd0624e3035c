"""Text bound for a spreadsheet (CSV, XLSX) that a spreadsheet must not run: a cell that starts
with = + - @ or a tab or carriage return is read by Excel and LibreOffice as a formula
(CSV injection, OWASP).  Names and summaries come from people and from other workstations'
bundles, so every text cell goes through here."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d[\d,]*(\.\d+)?%?")  # -1,234.50 or -12.5% stays a number


def safe_cell(value: Any) -> Any:
    """The value, or for text that a spreadsheet would run, the same text behind a ' (shown as text)."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_row(values: Iterable[Any]) -> list[Any]:
    return [safe_cell(v) for v in values]
