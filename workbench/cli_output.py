"""Rendering lists for the command line: aligned tables, CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from datetime import date
from enum import StrEnum
from typing import Any

from workbench.domain.columns import CASE_COLUMNS, COLUMN_CONTEXT, Column, Kind
from workbench.domain.models import CaseSummary
from workbench.domain.money import cents_to_decimal, format_cents
from workbench.domain.spreadsheet_cells import safe_row
from workbench.i18n import Translator


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(text: str, keep: str = "") -> str:
    """Control and format characters written out (\\x1b, \\r, \\u202e): text from people and
    from other workstations' bundles must not move a terminal's cursor, recolour it, hide what
    precedes a carriage return or reverse a line.  `keep`: characters left as they are."""
    if text.isprintable() or all(ch.isprintable() or ch in keep for ch in text):
        return text
    out = []
    for ch in text:
        if ch.isprintable() or ch in keep:
            out.append(ch)
        else:
            out.append(_NAMED.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"))
    return "".join(out)


def display_width(text: str) -> int:
    """Terminal cells: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - display_width(text))
    return gap + text if right else text + gap


def cell_text(value: Any, column: Column, t: Translator) -> str:
    if value is None:
        return ""
    if column.kind is Kind.CODE:
        return t.label(value)
    if column.kind is Kind.MONEY:
        return format_cents(value)
    if column.kind is Kind.DATE:
        return value.isoformat()
    return str(value)


def json_value(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def cases_as_json(rows: list[CaseSummary]) -> str:
    out = []
    for r in rows:
        item: dict[str, Any] = {"id": r.id}
        for col in CASE_COLUMNS:
            value = getattr(r, col.key)
            if col.kind is Kind.MONEY:
                item[col.key.removesuffix("_cents")] = None if value is None else str(cents_to_decimal(value))
            else:
                item[col.key] = json_value(value)
        out.append(item)
    return json.dumps(out, ensure_ascii=False, indent=2)


def cases_as_csv(rows: list[CaseSummary], t: Translator) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow([t.translate(COLUMN_CONTEXT, c.header) for c in CASE_COLUMNS])
    for r in rows:
        writer.writerow(safe_row(cell_text(getattr(r, c.key), c, t) for c in CASE_COLUMNS))
    return buf.getvalue()


def cases_as_table(rows: list[CaseSummary], t: Translator, columns: tuple[Column, ...] = CASE_COLUMNS) -> str:
    headers = [t.translate(COLUMN_CONTEXT, c.header) for c in columns]
    body = [[visible(cell_text(getattr(r, c.key), c, t)) for c in columns] for r in rows]
    widths = [max([display_width(h)] + [display_width(row[i]) for row in body]) for i, h in enumerate(headers)]
    right = [c.kind is Kind.MONEY for c in columns]
    lines = ["  ".join(_pad(h, w, False) for h, w in zip(headers, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(v, w, r) for v, w, r in zip(row, widths, right, strict=True)) for row in body]
    return "\n".join(lines)


def _looks_numeric(text: str) -> bool:
    """Counts, amounts, days left (−3), shares (12.5%): right-aligned; names and titles are not."""
    core = text.strip().replace(",", "").replace("−", "-").rstrip("%")
    if not core:
        return True
    try:
        float(core)
    except ValueError:
        return False
    return True


def plain_table(rows: list[list[str]]) -> str:
    """Text rows aligned in columns, numbers to the right; the first row is the header."""
    rows = [[visible(str(v)) for v in r] for r in rows]
    widths = [max(display_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    numeric = [i > 0 and all(_looks_numeric(r[i]) for r in rows[1:]) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        lines.append("  ".join(_pad(v, w, numeric[i] and n > 0) for i, (v, w) in enumerate(zip(row, widths, strict=True))))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def key_values(pairs: list[tuple[str, str]]) -> str:
    """Label and value per line; a value of several lines goes on indented under its label."""
    width = max(display_width(k) for k, _ in pairs)
    indent = "\n" + " " * (width + 2)
    return "\n".join(f"{_pad(k, width, False)}  {visible(str(v), keep=chr(10)).replace(chr(10), indent)}"
                     for k, v in pairs)
