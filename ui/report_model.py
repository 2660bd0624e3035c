"""The outcome report as a table; every number knows the cases behind it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from workbench.domain.report import CLICK_HINT, REPORT_CONTEXT, SLICE_HEADER, TOTAL, Report, ReportRow
from workbench.domain.report_columns import REPORT_COLUMN_CONTEXT, REPORT_COLUMNS, denominator_note
from workbench.services.report_export import cell_text

Index = QModelIndex | QPersistentModelIndex
DRILL_ROLE = Qt.ItemDataRole.UserRole + 1   # (slice key or "total", measure)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2   # the raw number, for tests and sorting


class ReportTableModel(QAbstractTableModel):
    def __init__(self, label_of: Callable[[ReportRow], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._label_of = label_of
        self._rows: list[ReportRow] = []
        self.report: Report | None = None

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self.report = report
        self._rows = [*report.rows, report.total] if report else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(REPORT_COLUMNS) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate(REPORT_CONTEXT, SLICE_HEADER)
        if 0 < section <= len(REPORT_COLUMNS):
            return QCoreApplication.translate(REPORT_COLUMN_CONTEXT, REPORT_COLUMNS[section - 1].header)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def is_total(self, row: int) -> bool:
        return self.report is not None and row == len(self._rows) - 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() <= len(REPORT_COLUMNS):
            return None
        row = self._rows[index.row()]
        total = self.is_total(index.row())
        if role == Qt.ItemDataRole.FontRole and total:
            f = QFont()
            f.setBold(True)
            return f
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(REPORT_CONTEXT, TOTAL) if total else self._label_of(row)
            if role == DRILL_ROLE:
                return ("total" if total else row.key, "opened")
            return None
        column = REPORT_COLUMNS[index.column() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(column, row)
        if role == VALUE_ROLE:
            return column.value(row)
        if role == DRILL_ROLE:
            return ("total" if total else row.key, column.measure)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            note = QCoreApplication.translate(REPORT_COLUMN_CONTEXT, denominator_note(column, row))
            return note.format(n=row.decided, m=row.with_final_amount, opened=row.opened) + "\n" + \
                QCoreApplication.translate(REPORT_CONTEXT, CLICK_HINT)
        return None


