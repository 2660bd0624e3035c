"""The dashboard, the CLI and the exports show the same numbers; clicks list the cases."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path


from ui.report_model import VALUE_ROLE
from workbench.domain.report_columns import REPORT_COLUMNS, Shown
from workbench.services import case_list

ROOT = Path(__file__).resolve().parents[2]


def cli_json(db: Path, by: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "workbench", "report", "--db", str(db), "--by", by, "--format", "json",
                          "--lang", "en"], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout
    return json.loads(out)


def open_dashboard(qtbot, window):  # type: ignore[no-untyped-def]
    window.open_dashboard()
    dash = window.dashboard
    qtbot.addWidget(dash)
    dash.wait()
    qtbot.waitUntil(lambda: dash.model.report is not None, timeout=10_000)
    return dash


def test_dashboard_matches_the_cli_and_the_exports(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dash = open_dashboard(qtbot, window)
    report = dash.model.report
    data = cli_json(window.store.path, "insurer")
    assert [r["key"] for r in data["rows"]] == [r.key for r in report.rows]
    for row_no, row in enumerate(data["rows"]):
        ui = {c.key: dash.model.index(row_no, i + 1).data(VALUE_ROLE) for i, c in enumerate(REPORT_COLUMNS)}
        assert ui["opened"] == row["opened"] and ui["decided"] == row["decided"] and ui["open"] == row["open"]
        assert ui["change_rate"] == row["change_rate"]
        assert f"{ui['recovered'] / 100:.2f}" == row["recovered"]
        assert ui["median_days"] == row["median_days"]
    assert data["total"]["opened"] == 300

    csv_path = dash.export("csv", tmp_path / "r.csv")
    xlsx_path = dash.export("xlsx", tmp_path / "r.xlsx")
    pdf_path = dash.export("pdf", tmp_path / "r.pdf")
    table = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    shown = [dash.model.index(r, c).data() for r in range(dash.model.rowCount())
             for c in range(dash.model.columnCount())]
    assert [cell for row in table[1:] for cell in row] == shown

    from openpyxl import load_workbook

    ws = load_workbook(xlsx_path).active
    opened_col = 2 + [c.key for c in REPORT_COLUMNS].index("opened")
    xlsx_opened = [ws.cell(row=r, column=opened_col).value for r in range(5, 5 + dash.model.rowCount())]
    assert xlsx_opened == [dash.model.index(r, opened_col - 1).data(VALUE_ROLE) for r in range(dash.model.rowCount())]
    rate_col = 2 + [c.key for c in REPORT_COLUMNS].index("change_rate")
    assert ws.cell(row=5, column=rate_col).number_format == "0.0%"

    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(str(pdf_path)).pages)
    assert "Outcome report" in text and report.rows[0].label in text
    assert f"{report.total.change_rate * 100:.1f}%" in text


def test_clicking_a_number_lists_its_cases(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dash = open_dashboard(qtbot, window)
    row = 0
    col = 1 + [c.key for c in REPORT_COLUMNS].index("change_rate")
    index = dash.model.index(row, col)
    dash.open_cases(index)
    report_row = dash.model.report.rows[row]
    assert window.model.rowCount() == report_row.changed
    shown = {window.model.case_id_at(r) for r in range(window.model.rowCount())}
    summaries = case_list.summaries(window.store, shown)
    assert all(s.insurer_name == report_row.label and s.outcome.value in ("overturned", "partly_changed")
               for s in summaries.values())
    assert window.drill_banner.isVisible() and str(report_row.changed) in window.drill_banner.text()
    window.filters.reset()
    assert window.model.rowCount() == 300 and not window.drill_banner.isVisible()


def test_slices_and_charts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dash = open_dashboard(qtbot, window)
    assert dash.outcome_chart.chart().series()[0].count() == 5  # one bar set per outcome
    assert dash.trend_chart.chart().series()[0].count() > 6
    dash.by.setCurrentIndex(dash.by.findData("decision"))
    dash.wait()
    qtbot.waitUntil(lambda: dash.model.report.by.value == "decision", timeout=10_000)
    labels = {dash.model.index(r, 0).data() for r in range(dash.model.rowCount() - 1)}
    assert "Claim refused" in labels
    percent_cols = [i for i, c in enumerate(REPORT_COLUMNS) if c.shown is Shown.PERCENT]
    assert dash.model.index(0, percent_cols[0] + 1).data().endswith("%")
    assert dash.model.index(dash.model.rowCount() - 1, 0).data() == "Total"
