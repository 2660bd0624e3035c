"""Accounts of this database, for administrators: add, disable, enable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ui.dialog_parts import accept_cancel, error_label
from ui.words import code_label, error_text
from workbench.domain.access import Role
from workbench.errors import WorkbenchError
from workbench.services import accounts, parties
from workbench.services.store import Store


class AddAccountDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Add an account"))
        form = QFormLayout(self)
        self.username, self.display_name = QLineEdit(), QLineEdit()
        self.role = QComboBox()
        for role in (Role.SPECIALIST, Role.TEAM_LEAD, Role.AUDITOR, Role.ADMINISTRATOR):
            self.role.addItem(code_label(role), role)
        self.staff = QComboBox()
        self.staff.addItem(self.tr("(none)"), "")
        for s in parties.list_staff(store):
            self.staff.addItem(s.name, s.name)
        self.password, self.again = QLineEdit(), QLineEdit()
        for w in (self.password, self.again):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Name:"), self.display_name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Member of staff (whose cases are theirs):"), self.staff)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Again:"), self.again)
        self.error = error_label()
        form.addRow(self.error)
        form.addRow(accept_cancel(self))

    def accept(self) -> None:
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        try:
            accounts.add_user(self.store, self.username.text(), self.password.text(), self.role.currentData(),
                              self.display_name.text(), self.staff.currentData())
        except WorkbenchError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()


class AccountsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("accounts_table")
        self.table.setHorizontalHeaderLabels([self.tr("User"), self.tr("Name"), self.tr("Role"), self.tr("Staff"),
                                              self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add…"))
        add.clicked.connect(self.add)
        self.toggle = QPushButton(self.tr("Disable / enable"))
        self.toggle.clicked.connect(self.toggle_selected)
        password = QPushButton(self.tr("Set password…"))
        password.clicked.connect(self.set_password)
        buttons.addWidget(add)
        buttons.addWidget(self.toggle)
        buttons.addWidget(password)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = error_label()
        layout.addWidget(self.error)
        self.reload()

    def reload(self) -> None:
        self.users = accounts.list_users(self.store)
        self.table.setRowCount(len(self.users))
        for r, u in enumerate(self.users):
            status = self.tr("disabled") if u.disabled else self.tr("active")
            for c, text in enumerate((u.username, u.display_name, code_label(u.role), u.staff_name, status)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        dialog = AddAccountDialog(self.store, self)
        if dialog.exec():
            self.reload()
        dialog.deleteLater()

    def set_password(self) -> None:
        from ui.password_dialog import PasswordDialog

        row = self.table.currentRow()
        if row >= 0:
            dialog = PasswordDialog(self.store, self.users[row].username, self)
            dialog.exec()
            dialog.deleteLater()

    def toggle_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        user = self.users[row]
        try:
            accounts.set_disabled(self.store, user.username, not user.disabled)
            self.error.clear()
        except WorkbenchError as exc:
            self.error.setText(error_text(exc))
        self.reload()
