"""File → Team…: the people of this database in one place, for administrators.

Each row is an account (who signs in, with which role) and the member of staff it stands
for (whose cases are theirs, and whose title and phone letters print); members of staff
without an account (from a colleague's bundle, or former staff) are listed too."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ui.dialog_parts import accept_cancel, error_label
from ui.words import code_label, error_text, when_text
from workbench.domain.access import Role
from workbench.domain.models import Staff
from workbench.errors import WorkbenchError
from workbench.services import accounts, team
from workbench.services.accounts import Account
from workbench.services.store import Store

ROLES = (Role.SPECIALIST, Role.TEAM_LEAD, Role.AUDITOR, Role.ADMINISTRATOR)


def _role_combo(current: Role = Role.SPECIALIST) -> QComboBox:
    combo = QComboBox()
    for role in ROLES:
        combo.addItem(code_label(role), role.value)
    combo.setCurrentIndex(combo.findData(current.value))
    return combo


class AddAccountDialog(QDialog):
    """A new colleague: account, role and (for specialists and team leads) their member of staff."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Add a person"))
        form = QFormLayout(self)
        self.username, self.display_name = QLineEdit(), QLineEdit()
        self.username.setPlaceholderText(self.tr("e.g. wangfang"))
        self.display_name.setPlaceholderText(self.tr("e.g. 王芳"))
        self.role = _role_combo()
        self.title, self.phone = QLineEdit(), QLineEdit()
        self.title.setPlaceholderText(self.tr("printed on letters, e.g. 两核专员"))
        self.password, self.again = QLineEdit(), QLineEdit()
        for w in (self.password, self.again):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Name:"), self.display_name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Title (letters):"), self.title)
        form.addRow(self.tr("Phone (letters):"), self.phone)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Again:"), self.again)
        note = QLabel(self.tr("Specialists and team leads become members of staff under their name, so the cases "
                              "assigned to them are theirs."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666")
        form.addRow(note)
        self.error = error_label()
        form.addRow(self.error)
        form.addRow(accept_cancel(self))

    def accept(self) -> None:
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        try:
            account = accounts.add_user(self.store, self.username.text(), self.password.text(),
                                        Role(self.role.currentData()), self.display_name.text())
            if account.staff_id is not None and (self.title.text().strip() or self.phone.text().strip()):
                team.edit_staff(self.store, account.staff_id, {"title": self.title.text(), "phone": self.phone.text()})
        except WorkbenchError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()


class EditPersonDialog(QDialog):
    """Name, role and the staff details letters print, for one row of the team."""

    def __init__(self, store: Store, account: Account | None, staff: Staff | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.account, self.staff = store, account, staff
        self.setWindowTitle(self.tr("Edit {name}").format(name=(account.display_name if account else staff.name
                                                               if staff else "")))
        form = QFormLayout(self)
        self.display_name = QLineEdit(account.display_name if account else staff.name if staff else "")
        form.addRow(self.tr("Name:"), self.display_name)
        self.role = _role_combo(account.role if account else Role.SPECIALIST)
        if account is not None:
            form.addRow(self.tr("Role:"), self.role)
            self.staff_link = QComboBox()
            self.staff_link.addItem(self.tr("(none)"), "")
            for s in team.list_all_staff(store):
                if s.active:
                    self.staff_link.addItem(s.name, s.name)
            self.staff_link.setCurrentIndex(max(0, self.staff_link.findData(account.staff_name)))
            form.addRow(self.tr("Member of staff:"), self.staff_link)
        self.title = QLineEdit(staff.title if staff else "")
        self.phone = QLineEdit(staff.phone if staff else "")
        self.email = QLineEdit(staff.email if staff else "")
        self.active = QCheckBox(self.tr("Active (may be given new cases)"))
        self.active.setChecked(staff.active if staff else True)
        if staff is not None:
            form.addRow(self.tr("Title (letters):"), self.title)
            form.addRow(self.tr("Phone (letters):"), self.phone)
            form.addRow(self.tr("E-mail:"), self.email)
            if account is None:
                form.addRow("", self.active)
        self.error = error_label()
        form.addRow(self.error)
        form.addRow(accept_cancel(self))
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        name = self.display_name.text()
        try:
            if self.account is not None:
                link = self.staff_link.currentData()
                self.account = accounts.edit_user(self.store, self.account.username, name,
                                                  Role(self.role.currentData()),
                                                  link if link != self.account.staff_name else None)
            if self.staff is not None:
                changes = {"title": self.title.text(), "phone": self.phone.text(), "email": self.email.text()}
                if self.account is None:
                    changes |= {"name": name, "active": self.active.isChecked()}
                team.edit_staff(self.store, self.staff.id, changes)
        except WorkbenchError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()


@dataclass(frozen=True, slots=True)
class TeamRow:
    account: Account | None
    staff: Staff | None


class TeamDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Team"))
        self.resize(980, 460)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("team_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("User"), self.tr("Name"), self.tr("Role"), self.tr("Member of staff"), self.tr("Title"),
            self.tr("Phone"), self.tr("Status"), self.tr("Last sign-in")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setMinimumSectionSize(80)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a person…"))
        self.add_button.setObjectName("add_person")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_person")
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle = QPushButton(self.tr("Disable / enable"))
        self.toggle.setObjectName("toggle_person")
        self.toggle.clicked.connect(self.toggle_selected)
        self.password_button = QPushButton(self.tr("Set password…"))
        self.password_button.clicked.connect(self.set_password)
        for b in (self.add_button, self.edit_button, self.toggle, self.password_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        users = accounts.list_users(self.store)
        staff = {s.id: s for s in team.list_all_staff(self.store)}
        linked = {u.staff_id for u in users}
        self.rows = [TeamRow(u, staff.get(u.staff_id) if u.staff_id else None) for u in users]
        self.rows += [TeamRow(None, s) for sid, s in staff.items() if sid not in linked]
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            u, s = row.account, row.staff
            if u is not None:
                status = self.tr("disabled") if u.disabled else self.tr("active")
            else:
                status = self.tr("no account") if s is not None and s.active else self.tr("left the team")
            last = when_text(u.last_sign_in_at) if u and u.last_sign_in_at else ""
            cells = (u.username if u else "", u.display_name if u else s.name if s else "",
                     code_label(u.role) if u else "", s.name if s else "", s.title if s else "",
                     s.phone if s else "", status, last if u else "")
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._update_buttons()

    def selected(self) -> TeamRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.toggle.setEnabled(row is not None)
        self.password_button.setEnabled(row is not None and row.account is not None)

    def add(self) -> None:
        dialog = AddAccountDialog(self.store, self)
        if dialog.exec():
            self.reload()
        dialog.deleteLater()

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = EditPersonDialog(self.store, row.account, row.staff, self)
        if dialog.exec():
            self.reload()
        dialog.deleteLater()

    def set_password(self) -> None:
        from ui.password_dialog import PasswordDialog

        row = self.selected()
        if row is not None and row.account is not None:
            dialog = PasswordDialog(self.store, row.account.username, self)
            dialog.exec()
            dialog.deleteLater()

    def toggle_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            if row.account is not None:
                accounts.set_disabled(self.store, row.account.username, not row.account.disabled)
            elif row.staff is not None:
                team.edit_staff(self.store, row.staff.id, {"active": not row.staff.active})
            self.error.clear()
        except WorkbenchError as exc:
            self.error.setText(error_text(exc))
        self.reload()
