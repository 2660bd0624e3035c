"""Correct a client's or insured person's details."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.dialog_parts import Button, accept_cancel, error_label
from ui.fields import CodeCombo
from ui.words import error_text
from workbench.domain.enums import IdType
from workbench.domain.models import Person, PersonDraft
from workbench.errors import ValidationError, WorkbenchError
from workbench.services import parties
from workbench.services.store import Store


class PersonDialog(QDialog):
    def __init__(self, store: Store, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit {name}").format(name=person.name))
        self._store, self._person = store, person
        self.saved: Person | None = None
        self.name = QLineEdit(person.name)
        self.id_type = CodeCombo(IdType)
        self.id_type.set_code(person.id_type)
        self.id_number = QLineEdit(person.id_number)
        self.phone = QLineEdit(person.phone)
        self.address = QLineEdit(person.address)
        self.address.setMinimumWidth(320)
        self.error = error_label()
        note = QLabel(self.tr("Changes apply to every case of this person."))
        note.setStyleSheet("color: #666")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("ID type"), self.id_type)
        form.addRow(self.tr("ID number"), self.id_number)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address"), self.address)
        buttons = accept_cancel(self, Button.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        draft = PersonDraft(self.name.text(), self.id_type.code(), self.id_number.text(),  # type: ignore[arg-type]
                            self.phone.text(), self.address.text())
        try:
            self.saved = parties.update_person(self._store, self._person.id, draft, self._person.meta.revision)
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            {"name": self.name, "id_number": self.id_number}.get(exc.field or "", self.name).setFocus()
            return
        except WorkbenchError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()
