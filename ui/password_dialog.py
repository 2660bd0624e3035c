"""Changing one's own password, or (administrators) setting someone's."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from ui.dialog_parts import accept_cancel, error_label
from ui.words import error_text
from workbench.errors import WorkbenchError
from workbench.services import accounts
from workbench.services.store import Store


class PasswordDialog(QDialog):
    def __init__(self, store: Store, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.username = store, username
        who = store.principal
        self.needs_current = who is not None and who.username == username and not who.can_manage
        self.setWindowTitle(self.tr("Password of {user}").format(user=username))
        form = QFormLayout(self)
        self.current, self.new, self.again = QLineEdit(), QLineEdit(), QLineEdit()
        for w in (self.current, self.new, self.again):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        if self.needs_current:
            form.addRow(self.tr("Current password:"), self.current)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("Again:"), self.again)
        self.error = error_label()
        form.addRow(self.error)
        form.addRow(accept_cancel(self))

    def accept(self) -> None:
        if self.new.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        try:
            accounts.set_password(self.store, self.username, self.new.text(),
                                  self.current.text() if self.needs_current else None)
        except WorkbenchError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()
