"""The evidence of one case as a table (a case has at most a few thousand items:
they are held in memory, loaded in one query)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.words import date_text
from workbench.domain.evidence import BUILTIN_EVIDENCE_TYPES, EVIDENCE_TYPE_CONTEXT, SOURCE_LABELS, Evidence, Integrity
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.labels import LABEL_CONTEXT

Index = QModelIndex | QPersistentModelIndex
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = (
    ("enclosure", QT_TRANSLATE_NOOP("EvidenceColumns", "Encl.")),
    ("name", QT_TRANSLATE_NOOP("EvidenceColumns", "File")),
    ("type", QT_TRANSLATE_NOOP("EvidenceColumns", "Type")),
    ("source", QT_TRANSLATE_NOOP("EvidenceColumns", "Source")),
    ("doc_date", QT_TRANSLATE_NOOP("EvidenceColumns", "Document date")),
    ("pages", QT_TRANSLATE_NOOP("EvidenceColumns", "Pages")),
    ("size", QT_TRANSLATE_NOOP("EvidenceColumns", "Size")),
    ("added", QT_TRANSLATE_NOOP("EvidenceColumns", "Added")),
    ("tags", QT_TRANSLATE_NOOP("EvidenceColumns", "Tags")),
    ("integrity", QT_TRANSLATE_NOOP("EvidenceColumns", "File check")),
)
INTEGRITY_TEXT = {
    Integrity.OK: QT_TRANSLATE_NOOP("EvidenceColumns", "intact"),
    Integrity.UNCHECKED: QT_TRANSLATE_NOOP("EvidenceColumns", "not checked"),
    Integrity.MISSING: QT_TRANSLATE_NOOP("EvidenceColumns", "⚠ file missing"),
    Integrity.ALTERED: QT_TRANSLATE_NOOP("EvidenceColumns", "⚠ file altered"),
}


def type_label(code: str, user_types: dict[str, str]) -> str:
    if code in BUILTIN_EVIDENCE_TYPES:
        return QCoreApplication.translate(EVIDENCE_TYPE_CONTEXT, BUILTIN_EVIDENCE_TYPES[code])
    return user_types.get(code, code)


def size_text(size: int) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size:.1f} GB"


class EvidenceTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Evidence] = []
        self._integrity: dict[int, Integrity] = {}
        self._user_types: dict[str, str] = {}

    def set_items(self, items: list[Evidence], integrity: dict[int, Integrity], user_types: dict[str, str]) -> None:
        self.beginResetModel()
        self._items, self._integrity, self._user_types = items, integrity, user_types
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in memory (a case's evidence fits easily); enclosure order is column 0."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][0]
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [(self._items[i.row()].id, i.column()) for i in old]
        self._items.sort(key=lambda e: self._sort_value(e, key), reverse=order == Qt.SortOrder.DescendingOrder)
        rows = {e.id: r for r, e in enumerate(self._items)}
        self.changePersistentIndexList(old, [self.index(rows[i], c) for i, c in ids])
        self.layoutChanged.emit()

    def _sort_value(self, e: Evidence, key: str) -> tuple:  # type: ignore[type-arg]
        value = {
            "enclosure": e.enclosure_no, "name": e.original_name, "type": type_label(e.evidence_type, self._user_types),
            "source": e.source.value, "doc_date": e.doc_date.isoformat() if e.doc_date else "",
            "pages": e.page_count or 0, "size": e.size, "added": e.meta.created_at.isoformat(),
            "tags": "、".join(e.tags), "integrity": self._integrity.get(e.id, e.integrity).value,
        }[key]
        return (value == "" or value == 0, value, e.enclosure_no)

    def item(self, row: int) -> Evidence | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, evidence_id: int) -> int | None:
        return next((i for i, e in enumerate(self._items) if e.id == evidence_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("EvidenceColumns", COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items) or not 0 <= index.column() < len(COLUMNS):
            return None
        e = self._items[index.row()]
        key = COLUMNS[index.column()][0]
        if role == EVIDENCE_ROLE:
            return e.id
        state = self._integrity.get(e.id, e.integrity)
        if role == Qt.ItemDataRole.ForegroundRole:
            if state in (Integrity.MISSING, Integrity.ALTERED) or e.damaged:
                return QBrush(QColor("#b3261e"))
            if e.removed_at is not None:
                return QBrush(QColor("#888888"))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("enclosure", "pages", "size"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "name":
            return "\n".join(x for x in (e.original_name, e.description) if x)
        if role == Qt.ItemDataRole.ToolTipRole and key == "added":
            return f"{date_text(e.meta.created_at.astimezone().date())} {e.added_by}"
        if role == Qt.ItemDataRole.ToolTipRole and key == "integrity" and e.damaged:
            return QCoreApplication.translate("EvidenceColumns", "The file says it is a PDF but cannot be read as one. "
                                              "It is kept exactly as received; its pages cannot be cited.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._display(e, key, state)

    def _display(self, e: Evidence, key: str, state: Integrity) -> str:
        if key == "enclosure":
            return QCoreApplication.translate("EvidenceColumns", "Encl. {no}").format(no=e.enclosure_no)
        if key == "name":
            return e.original_name
        if key == "type":
            return type_label(e.evidence_type, self._user_types)
        if key == "source":
            return QCoreApplication.translate(LABEL_CONTEXT, SOURCE_LABELS[e.source])
        if key == "doc_date":
            return date_text(e.doc_date)
        if key == "pages":
            return str(e.page_count or "")
        if key == "size":
            return size_text(e.size)
        if key == "added":
            return date_text(e.meta.created_at.astimezone().date())  # who: in the tooltip and the details
        if key == "tags":
            return "、".join(e.tags)
        text = QCoreApplication.translate("EvidenceColumns", INTEGRITY_TEXT[state])
        if e.damaged:
            text += " · " + QCoreApplication.translate("EvidenceColumns", "⚠ cannot be read as a PDF")
        if e.removed_at is not None:
            text += " · " + QCoreApplication.translate("EvidenceColumns", "removed")
        return text
