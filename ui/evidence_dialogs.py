"""Describe evidence: type, source, the document's date, description, tags."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
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


class EvidenceMetaDialog(QDialog):
    """Used when attaching (for every file of the batch) and to edit one item later."""

    def __init__(self, store: Store, title: str, meta: EvidenceMeta, files_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._store = store
        self.type = QComboBox()
        self._fill_types(evidence_service.evidence_types(store), meta.evidence_type)
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
        if files_text:
            files = QLabel(files_text)
            files.setWordWrap(True)
            form.addRow(self.tr("Files"), files)
        form.addRow(self.tr("Evidence type"), type_row)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Document date"), self.doc_date)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Tags"), self.tags)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(accept_cancel(self))
        self.resize(480, self.sizeHint().height())

    def _fill_types(self, types: list[EvidenceType], current: str) -> None:
        user = {t.code: t.label for t in types if not t.builtin}
        self.type.clear()
        for t in types:
            self.type.addItem(type_label(t.code, user), t.code)
        self.type.setCurrentIndex(max(0, self.type.findData(current)))

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


