"""The case list as a lazy table model.

Holds the ordered ids of the current query (one SELECT) and loads summaries a
page at a time for the rows the view asks about.  Sorting and filtering ask the
database again; no QSortFilterProxyModel (it would sort 100,000 rows in Python).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ui.words import code_label, column_header, date_text, money_text
from workbench.domain.columns import CASE_COLUMNS, Column, Kind
from workbench.domain.enums import Priority, Stage
from workbench.domain.models import CaseQuery, CaseSummary
from workbench.services import case_list
from workbench.services.store import Store

PAGE = 200
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_VALUE_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    queryChanged = Signal()

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._query = CaseQuery()
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._cache: dict[int, CaseSummary] = {}
        self._marked: set[int] = set()  # cases with an overdue deadline
        self.columns: tuple[Column, ...] = CASE_COLUMNS

    # --- queries -------------------------------------------------------------
    @property
    def query(self) -> CaseQuery:
        return self._query

    def set_query(self, query: CaseQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Ask the database again for the ordered ids; rows reload lazily."""
        self.beginResetModel()
        self._ids = case_list.case_ids(self._store, self._query)
        self._row_of = {cid: row for row, cid in enumerate(self._ids)}
        self._cache.clear()
        self.endResetModel()
        self.queryChanged.emit()

    def set_sort(self, column: int, order: Qt.SortOrder) -> bool:
        """Choose the order for the next query; False if it is already the order (or no column)."""
        if not 0 <= column < len(self.columns):
            return False
        key, descending = self.columns[column].sort_key, order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._query.sort_key, self._query.descending):
            return False
        self._query.sort_key, self._query.descending = key, descending
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.set_sort(column, order):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        kept = [(self.case_id_at(i.row()), i.column()) for i in old]
        self._ids = case_list.case_ids(self._store, self._query)
        self._row_of = {cid: row for row, cid in enumerate(self._ids)}
        # Selections follow their case to its new row.
        new = [self.index(self._row_of[cid], col) if cid in self._row_of else QModelIndex() for cid, col in kept]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def case_id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int | None:
        return self._row_of.get(case_id)

    def set_marked(self, case_ids: set[int]) -> None:
        """Cases to highlight (an overdue deadline); repaints what is shown."""
        self._marked = set(case_ids)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1),
                                  [Qt.ItemDataRole.BackgroundRole])

    def refresh_case(self, case_id: int) -> None:
        """One case changed: drop its cached row and repaint it."""
        self._cache.pop(case_id, None)
        row = self._row_of.get(case_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    # --- Qt model API --------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_header(self.columns[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].kind is Kind.MONEY:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._ids):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _summary(self, row: int) -> CaseSummary | None:
        case_id = self._ids[row]
        found = self._cache.get(case_id)
        if found is None:
            start = row - row % PAGE
            page = [cid for cid in self._ids[start:start + PAGE] if cid not in self._cache]
            if len(self._cache) > 20 * PAGE:
                self._cache.clear()
            self._cache.update(case_list.summaries(self._store, page))
            found = self._cache.get(case_id)
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)) or not (0 <= index.column() < len(self.columns)):
            return None
        if role == CASE_ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#fde7e9")) if self._ids[index.row()] in self._marked else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, SORT_VALUE_ROLE):
            return None
        summary = self._summary(index.row())
        if summary is None:  # deleted meanwhile; the next reload drops the row
            return None
        column = self.columns[index.column()]
        value = getattr(summary, column.key)
        if role == SORT_VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind is Kind.MONEY:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if summary.stage is Stage.CLOSED:
                return QBrush(QColor("#777777"))
            if column.key == "priority" and summary.priority is Priority.URGENT:
                return QBrush(QColor("#b3261e"))
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column.key == "case_number":
                f = QFont()
                f.setBold(summary.priority in (Priority.HIGH, Priority.URGENT))
                return f
            return None
        return _display(value, column)


def _display(value: Any, column: Column) -> str:
    if value is None:
        return ""
    if column.kind is Kind.CODE:
        return code_label(value)
    if column.kind is Kind.MONEY:
        return money_text(value)
    if column.kind is Kind.DATE:
        return date_text(value)
    return str(value)
