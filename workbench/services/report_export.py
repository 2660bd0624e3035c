"""The outcome report as JSON (what the window shows), CSV, XLSX and PDF."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workbench.domain.enums import Outcome
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.money import cents_to_decimal, format_cents
from workbench.domain.report import REPORT_CONTEXT, SLICE_HEADER, TOTAL, Report, ReportRow
from workbench.domain.report_columns import REPORT_COLUMN_CONTEXT, REPORT_COLUMNS, ReportColumn, Shown
from workbench.domain.spreadsheet_cells import safe_row

Translate = Callable[[str, str], str]


def _identity(_context: str, text: str) -> str:
    return text


def row_json(row: ReportRow) -> dict[str, Any]:
    return {
        "key": row.key, "label": row.label, "opened": row.opened, "open": row.open, "decided": row.decided,
        "outcomes": {o.value: row.outcomes[o] for o in Outcome},
        "change_rate": row.change_rate, "shares": {o.value: row.share(o) for o in Outcome},
        "claimed": str(cents_to_decimal(row.claimed_cents)), "offered": str(cents_to_decimal(row.offered_cents)),
        "paid": str(cents_to_decimal(row.paid_cents)), "recovered": str(cents_to_decimal(row.recovered_cents)),
        "with_final_amount": row.with_final_amount, "median_days": row.median_days, "p90_days": row.p90_days,
        "ageing": dict(row.ageing),
    }


def report_json(report: Report, filters: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"by": report.by.value, "from": report.date_from.isoformat() if report.date_from else None,
            "to": report.date_to.isoformat() if report.date_to else None,
            "computed_on": report.computed_on.isoformat(), "filters": filters or {},
            "rows": [row_json(r) for r in report.rows], "total": row_json(report.total)}


def cell_text(column: ReportColumn, row: ReportRow) -> str:
    value = column.value(row)
    if value is None:
        return "—"
    if column.shown is Shown.PERCENT:
        return f"{value * 100:.1f}%"
    if column.shown is Shown.MONEY:
        return format_cents(int(value))
    if column.shown is Shown.DAYS:
        return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
    return str(value)


def table(report: Report, label_of: Callable[[ReportRow], str], translate: Translate = _identity) -> list[list[str]]:
    """Header and rows as text, the total last: CSV, XLSX and PDF all print this."""
    header = [translate(REPORT_CONTEXT, SLICE_HEADER)] + [translate(REPORT_COLUMN_CONTEXT, c.header)
                                                          for c in REPORT_COLUMNS]
    body = [[label_of(r)] + [cell_text(c, r) for c in REPORT_COLUMNS] for r in report.rows]
    total = [translate(REPORT_CONTEXT, TOTAL)] + [cell_text(c, report.total) for c in REPORT_COLUMNS]
    return [header, *body, total]


SHEET_NAME = QT_TRANSLATE_NOOP("Report", "Outcome rates")


def write_csv(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    csv.writer(buf).writerows(safe_row(r) for r in rows)
    return buf.getvalue()


def _as_text_only(ws: Any) -> None:
    """openpyxl takes any string that starts with = for a formula: from data, it is text."""
    for row in ws.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"


def write_xlsx(path: Path, report: Report, label_of: Callable[[ReportRow], str], title: str,
               filters_text: str, translate: Translate = _identity) -> None:
    """Numbers as numbers (percent and money formats), so the sheet can be summed."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = translate(REPORT_CONTEXT, SHEET_NAME)[:31]  # Excel's limit on a sheet's name
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([filters_text])
    ws.append([])
    ws.append([translate(REPORT_CONTEXT, SLICE_HEADER)] + [translate(REPORT_COLUMN_CONTEXT, c.header)
                                                           for c in REPORT_COLUMNS])
    for cell in ws[4]:
        cell.font = Font(bold=True)
    for row in [*report.rows, report.total]:
        values: list[Any] = [label_of(row) if row is not report.total else translate(REPORT_CONTEXT, TOTAL)]
        for c in REPORT_COLUMNS:
            v = c.value(row)
            values.append(float(cents_to_decimal(int(v))) if c.shown is Shown.MONEY and v is not None else v)
        ws.append(values)
        for col, c in enumerate(REPORT_COLUMNS, start=2):
            cell = ws.cell(row=ws.max_row, column=col)
            cell.number_format = {Shown.PERCENT: "0.0%", Shown.MONEY: "#,##0.00", Shown.DAYS: "0.0"}.get(
                c.shown, "0")
    ws.column_dimensions["A"].width = 28
    _as_text_only(ws)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)


def write_text_file(path: Path, text: str, encoding: str = "utf-8-sig") -> None:
    """Temporary name, then rename: a cut-off export never looks complete."""
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding=encoding)
    tmp.replace(path)
