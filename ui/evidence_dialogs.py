"""Describe evidence: type, source, the document's date, description, tags."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ui.dialog_parts import accept_cancel, error_label
from ui.evidence_model import type_label
from ui.fields import OptionalDateEdit
from ui.words import error_text
from workbench.domain.evidence import EvidenceMeta, EvidenceSource, EvidenceType
from workbench.errors import WorkbenchError
from workbench.services import evidence as evidence_service
from workbench.services.store import Store


class SourceCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QCoreApplication

        from workbench.domain.evidence import SOURCE_LABELS
        from workbench.domain.labels import LABEL_CONTEXT

        for source, text in SOURCE_LABELS.items():
            self.addItem(QCoreApplication.translate(LABEL_CONTEXT, text), source.value)

    def source(self) -> EvidenceSource:
        return EvidenceSource(self.currentData())

    def set_source(self, source: EvidenceSource) -> None:
        self.setCurrentIndex(max(0, self.findData(source.value)))


MAX_FILES_TYPED_ONE_BY_ONE = 50  # a folder of hundreds is one kind of thing, typed once


class EvidenceMetaDialog(QDialog):
    """Used when attaching (for every file of the batch) and to edit one item later.
    For a batch of several files each file gets a type of its own (the batch's type
    fills them all; change the odd one out)."""

    def __init__(self, store: Store, title: str, meta: EvidenceMeta, files_text: str = "",
                 parent: QWidget | None = None, files: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._store = store
        self.type = QComboBox()
        self.per_file = self._per_file_table(files or [])
        self._fill_types(evidence_service.evidence_types(store), meta.evidence_type)
        self.type.currentIndexChanged.connect(self._type_for_all)
        add_type = QPushButton(self.tr("New type…"))
        add_type.clicked.connect(self._add_type)
        type_row = QHBoxLayout()
        type_row.addWidget(self.type, 1)
        type_row.addWidget(add_type)
        self.source = SourceCombo()
        self.source.set_source(meta.source)
        self.doc_date = OptionalDateEdit()
        self.doc_date.set_value(meta.doc_date)
        self.description = QLineEdit(meta.description)
        self.tags = QLineEdit("，".join(meta.tags))
        self.tags.setPlaceholderText(self.tr("Separate tags with commas"))
        self.error = error_label()
        form = QFormLayout()
        if files_text and self.per_file is None:
            shown = QLabel(files_text)
            shown.setWordWrap(True)
            form.addRow(self.tr("Files"), shown)
        form.addRow(self.tr("Evidence type") if self.per_file is None else self.tr("Type for all"), type_row)
        if self.per_file is not None:
            form.addRow(self.tr("Each file"), self.per_file)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Document date"), self.doc_date)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Tags"), self.tags)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(accept_cancel(self))
        self.resize(560 if self.per_file is not None else 480, self.sizeHint().height())

    def _per_file_table(self, files: list[str]) -> QTableWidget | None:
        if not 2 <= len(files) <= MAX_FILES_TYPED_ONE_BY_ONE:
            return None
        table = QTableWidget(len(files), 2)
        table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Evidence type")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, name in enumerate(files):
            item = QTableWidgetItem(name)
            item.setToolTip(name)
            table.setItem(row, 0, item)
            table.setCellWidget(row, 1, QComboBox())
        table.setMinimumHeight(min(8, len(files)) * 30 + 30)
        return table

    def _row_combos(self) -> list[QComboBox]:
        if self.per_file is None:
            return []
        return [self.per_file.cellWidget(r, 1) for r in range(self.per_file.rowCount())]  # type: ignore[misc]

    def _fill_types(self, types: list[EvidenceType], current: str) -> None:
        user = {t.code: t.label for t in types if not t.builtin}
        for combo in (self.type, *self._row_combos()):
            keep = combo.currentData() if combo is not self.type and combo.count() else current
            combo.blockSignals(True)
            combo.clear()
            for t in types:
                combo.addItem(type_label(t.code, user), t.code)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)

    def _type_for_all(self) -> None:
        for combo in self._row_combos():
            combo.setCurrentIndex(max(0, combo.findData(self.type.currentData())))

    def file_types(self) -> list[str]:
        """The type of each file, in the order given; empty when the batch has one type (meta())."""
        return [c.currentData() for c in self._row_combos()]

    def _add_type(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("New evidence type"), self.tr("Name of the new type:"))
        if not ok:
            return
        try:
            created = evidence_service.add_evidence_type(self._store, text)
        except WorkbenchError as exc:
            self.error.setText(error_text(exc))
            return
        self._fill_types(evidence_service.evidence_types(self._store), created.code)

    def meta(self) -> EvidenceMeta:
        tags = [t.strip() for t in self.tags.text().replace("，", ",").replace("、", ",").split(",")]
        return EvidenceMeta(self.type.currentData(), self.source.source(), self.doc_date.value(),
                            self.description.text(), [t for t in tags if t])


