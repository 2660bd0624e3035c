"""Revealing one masked personal field of a case, with a reason that is recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.dialog_parts import accept_cancel, error_label
from ui.words import error_text
from workbench.errors import WorkbenchError
from workbench.services import visibility
from workbench.services.store import Store


class RevealDialog(QDialog):
    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.case_id = store, case_id
        self.setWindowTitle(self.tr("Reveal personal data"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("This case is not assigned to you, so its personal data is masked. Reveal one field "
                              "only when you need it; your name, the field and your reason are recorded."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.field = QComboBox()
        for key, text in (("client.id_number", self.tr("Client's ID number")), ("client.phone", self.tr("Client's phone")),
                          ("client.name", self.tr("Client's name")), ("client.address", self.tr("Client's address")),
                          ("insured.name", self.tr("Insured's name")),
                          ("insured.id_number", self.tr("Insured's ID number"))):
            self.field.addItem(text, key)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the client called; the assigned specialist is away"))
        form.addRow(self.tr("Field:"), self.field)
        form.addRow(self.tr("Reason:"), self.reason)
        layout.addLayout(form)
        self.value = QLabel()
        self.value.setObjectName("revealed")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setStyleSheet("font-size: 16px")
        layout.addWidget(self.value)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(accept_cancel(self, text=self.tr("Reveal")))

    def accept(self) -> None:
        """Shows the value in place (the dialog stays open until closed)."""
        try:
            self.value.setText(visibility.reveal(self.store, self.case_id, self.field.currentData(), self.reason.text()))
            self.error.clear()
        except WorkbenchError as exc:
            self.error.setText(error_text(exc))
