"""The team lead's dashboard: outcome rates for any slice, charts, exports, and a
click on any number lists the cases behind it in the main window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QHorizontalPercentBarSeries, QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QMainWindow, QMessageBox,
    QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ui.dialog_parts import resize_within_screen
from ui.fields import CodeCombo
from ui.report_model import DRILL_ROLE, ReportTableModel
from ui.tasks import Task, run_in_background, run_with_progress, wait_for
from ui.words import DATE_FORMAT, code_label, error_text, from_qdate
from ui import file_dialogs
from workbench.domain.enums import DecisionKind, DisputeKind, Outcome
from workbench.domain.labels import LABEL_CONTEXT, label
from workbench.domain.models import UNASSIGNED, CaseQuery
from workbench.domain.report import (
    ALL_CASES, OPENED_RANGE, REPORT_CONTEXT, SLICE_LABELS, SLICE_NOTE, TITLE, UNASSIGNED_LABEL, ReportRow, SliceBy,
)
from workbench.errors import WorkbenchError
from workbench.services import report as report_service
from workbench.services import report_export, report_pdf
from workbench.services.store import Store

OUTCOME_COLORS = {Outcome.OVERTURNED: "#2e7d32", Outcome.PARTLY_CHANGED: "#9ccc65", Outcome.UPHELD: "#c62828",
                  Outcome.WITHDRAWN: "#9e9e9e", Outcome.ESCALATED: "#ef6c00"}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def short_name(name: str) -> str:
    """泰和人寿保险股份有限公司 → 泰和人寿: company-form suffixes say nothing on a chart axis."""
    for suffix in ("保险股份有限公司", "保险有限公司", "股份有限公司", "有限公司"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name if len(name) <= 16 else name[:15] + "…"


class DashboardWindow(QMainWindow):
    drill = Signal(object, str)  # CaseQuery, a description of the cases

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outcome dashboard"))
        resize_within_screen(self, 1400, 900)
        self._store = store
        self.dashboard: report_service.Dashboard | None = None
        self._filters = CaseQuery()
        self._task: Task | None = None

        self.by = QComboBox()
        for b in SliceBy:
            self.by.addItem(_tr(REPORT_CONTEXT, SLICE_LABELS[b]), b.value)
        self.by.setCurrentIndex(self.by.findData(SliceBy.INSURER.value))
        self.use_dates = QCheckBox(self.tr("Opened between"))
        self.date_from = QDateEdit(QDate(date.today().year, 1, 1))
        self.date_to = QDateEdit(QDate.currentDate())
        self.date_from.setDisplayFormat(DATE_FORMAT)  # the one form dates take on screen
        self.date_to.setDisplayFormat(DATE_FORMAT)  # the one form dates take on screen
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
        self.kind = CodeCombo(DisputeKind, self.tr("Claims and underwriting"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.status = QLabel()
        self.status.setStyleSheet("color: #666")
        export = {name: QPushButton(text) for name, text in (
            ("csv", self.tr("Export CSV…")), ("xlsx", self.tr("Export Excel…")), ("pdf", self.tr("Export PDF…")))}
        for name, button in export.items():
            button.setObjectName(f"export_{name}")
            button.clicked.connect(lambda _c=False, n=name: self.export_dialog(n))

        top = QHBoxLayout()
        for w in (QLabel(self.tr("Slice by")), self.by, self.kind, self.use_dates, self.date_from, self.date_to,
                  self.refresh_button):
            top.addWidget(w)
        top.addStretch(1)
        for b in export.values():
            top.addWidget(b)

        self.model = ReportTableModel(self.label_of, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.clicked.connect(self.open_cases)
        self.table.horizontalHeader().setDefaultSectionSize(92)
        self.table.setColumnWidth(0, 200)
        self.charts = QTabWidget()
        self.outcome_chart, self.trend_chart, self.recovered_chart = QChartView(), QChartView(), QChartView()
        for view, title in ((self.outcome_chart, self.tr("Outcomes by insurer")),
                            (self.trend_chart, self.tr("Conclusion changed, by month opened")),
                            (self.recovered_chart, self.tr("Recovered by insurer"))):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.charts.addTab(view, title)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.charts)
        split.setSizes([420, 440])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(split)
        self.setCentralWidget(central)

        self.refresh_button.clicked.connect(self.refresh)
        self.by.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.use_dates.toggled.connect(lambda _on: self.refresh())

    # --- computing -----------------------------------------------------------
    def slice_by(self) -> SliceBy:
        return SliceBy(self.by.currentData())

    def filters(self) -> CaseQuery:
        q = CaseQuery(dispute_kind=self.kind.code())  # type: ignore[arg-type]
        if self.use_dates.isChecked():
            q.opened_from, q.opened_to = from_qdate(self.date_from.date()), from_qdate(self.date_to.date())
        return q

    def refresh(self) -> None:
        """Recompute off the UI thread; the table and charts update when it is done."""
        by, filters = self.slice_by(), self.filters()
        self.status.setText(self.tr("Computing…"))
        task = Task(lambda _progress: report_service.dashboard(self._store, by, filters), self)
        task.succeeded.connect(lambda d: self._show(d, filters))
        task.failed.connect(lambda exc: self.status.setText(error_text(exc) if isinstance(exc, WorkbenchError)
                                                             else str(exc)))
        task.finished.connect(task.deleteLater)
        self._task = task
        run_in_background(task)

    def wait_for_tasks(self) -> None:
        """Closing the window: a computation under way ends first (it reads the database)."""
        wait_for(getattr(self, "_task", None))

    def _show(self, data: report_service.Dashboard, filters: CaseQuery) -> None:
        self.dashboard, self._filters = data, filters
        self.model.set_report(data.table)
        self.table.resizeColumnsToContents()  # headers whole, in either language
        total = data.table.total
        rate = f"{total.change_rate * 100:.1f}%" if total.change_rate is not None else "—"
        self.status.setText(self.tr("{opened} cases opened, {decided} decided: conclusion changed in {rate} "
                                    "({changed} of {decided}). Click any number to list its cases.").format(
            opened=total.opened, decided=total.decided, rate=rate, changed=total.changed))
        self._draw_outcomes(data.by_insurer.rows)
        self._draw_trend(data.by_month.rows)
        self._draw_recovered(data.by_insurer.rows)

    def wait(self) -> None:
        """For tests: block until the current computation has been shown."""
        wait_for(self._task)

    # --- labels and drilling -------------------------------------------------
    def label_of(self, row: ReportRow) -> str:
        by = self.slice_by() if self.model.report is None else self.model.report.by
        if by is SliceBy.NONE:
            return _tr(REPORT_CONTEXT, ALL_CASES)
        if by is SliceBy.KIND:
            return code_label(DisputeKind(row.key))
        if by is SliceBy.DECISION:
            return code_label(DecisionKind(row.key))
        if by is SliceBy.SPECIALIST and int(row.key) == UNASSIGNED:
            return _tr(REPORT_CONTEXT, UNASSIGNED_LABEL)
        return row.label

    def open_cases(self, index: QModelIndex) -> None:
        if self.model.report is None or not index.isValid():
            return
        key, measure = index.data(DRILL_ROLE)
        query = report_service.drill_down(self._filters, self.model.report.by, key, measure)
        row_label = index.siblingAtColumn(0).data()
        column = self.model.headerData(index.column(), Qt.Orientation.Horizontal) if index.column() else ""
        self.drill.emit(query, f"{row_label} · {column}".strip(" ·"))

    # --- charts --------------------------------------------------------------
    def _draw_outcomes(self, rows: list[ReportRow]) -> None:
        series = QHorizontalPercentBarSeries()
        rows = [r for r in rows if r.decided][:12]
        for o in Outcome:
            bar = QBarSet(_tr(LABEL_CONTEXT, label(o)))
            bar.setColor(OUTCOME_COLORS[o])
            for r in reversed(rows):
                bar.append(r.outcomes[o])
            series.append(bar)
        self._set_chart(self.outcome_chart, series, [short_name(r.label) for r in reversed(rows)], percent=True)

    def _draw_trend(self, rows: list[ReportRow]) -> None:
        line = QLineSeries()
        line.setName(self.tr("Conclusion changed (%)"))
        months = [r for r in rows if r.decided]
        for i, r in enumerate(months):
            line.append(i, (r.change_rate or 0) * 100)
        chart = QChart()
        chart.addSeries(line)
        axis_x = QBarCategoryAxis()
        axis_x.append([r.key[2:] for r in months])  # "24-03": the full year does not fit under 30 points
        axis_x.setLabelsAngle(-60)
        axis_x.setTruncateLabels(False)
        axis_y = QValueAxis()
        axis_y.setRange(0, 100)
        axis_y.setLabelFormat("%d%%")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
        self.trend_chart.setChart(chart)

    def _draw_recovered(self, rows: list[ReportRow]) -> None:
        series = QHorizontalBarSeries()
        bar = QBarSet(self.tr("Recovered (10,000 CNY)"))
        rows = rows[:12]
        for r in reversed(rows):
            bar.append(r.recovered_cents / 1_000_000)
        series.append(bar)
        self._set_chart(self.recovered_chart, series, [short_name(r.label) for r in reversed(rows)], percent=False)

    @staticmethod
    def _set_chart(view: QChartView, series, categories: list[str], percent: bool) -> None:  # type: ignore[no-untyped-def]
        chart = QChart()
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(categories)
        axis_y.setTruncateLabels(False)
        axis_x = QValueAxis()
        if percent:
            axis_x.setLabelFormat("%d%%")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view.setChart(chart)

    # --- exports -------------------------------------------------------------
    def filters_text(self) -> str:
        parts = [_tr(REPORT_CONTEXT, SLICE_NOTE).format(by=self.by.currentText())]
        if self.use_dates.isChecked():
            parts.append(_tr(REPORT_CONTEXT, OPENED_RANGE).format(
                start=from_qdate(self.date_from.date()), end=from_qdate(self.date_to.date())))
        if self.kind.code() is not None:
            parts.append(self.kind.currentText())
        return " · ".join(parts)

    def export_dialog(self, kind: str) -> None:
        patterns = {"csv": self.tr("CSV files (*.csv)"), "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                    "pdf": self.tr("PDF files (*.pdf)")}
        name = file_dialogs.save_file(self, self.tr("Export the report"),
                                      f"outcome-report-{date.today():%Y%m%d}.{kind}", patterns[kind])
        if name and self.export(kind, name) is not None:
            QMessageBox.information(self, self.tr("Exported"), self.tr("The report was written to {path}.")
                                    .format(path=name))

    def export(self, kind: str, path: Path) -> Path | None:
        """Write the report as shown (same numbers, same filters), in the background."""
        report = self.model.report
        if report is None:
            return None
        title, filters_text = _tr(REPORT_CONTEXT, TITLE), self.filters_text()
        label_of, tr = self.label_of, _tr

        def work(_progress):  # type: ignore[no-untyped-def]
            if kind == "csv":
                report_export.write_text_file(path, report_export.write_csv(report_export.table(report, label_of, tr)))
            elif kind == "xlsx":
                report_export.write_xlsx(path, report, label_of, title, filters_text, tr)
            else:
                report_pdf.write_pdf(path, report_pdf.render_pdf(report, label_of, title, filters_text, tr))
            return path
        return run_with_progress(self, self.tr("Writing {name}…").format(name=path.name), work)
