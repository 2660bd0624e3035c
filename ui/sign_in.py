"""Signing in: the first administrator of a new database, everyone else's sign-in, and
the lock after the window has been left alone."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.dialog_parts import accept_cancel, error_label
from ui.words import error_text
from workbench.domain.access import Principal, Role
from workbench.errors import WorkbenchError
from workbench.services import sign_in as light
from workbench.services.store import Store

USER_ENV, PASSWORD_ENV = "WORKBENCH_USER", "WORKBENCH_PASSWORD"


class SignInDialog(QDialog):
    """User name and password; a wrong one is said in place and costs a growing wait."""

    def __init__(self, store: Store, parent: QWidget | None = None, username: str = "", locked: bool = False) -> None:
        super().__init__(parent)
        self.store = store
        self.principal: Principal | None = None
        self.setWindowTitle(self.tr("Locked") if locked else self.tr("Sign in"))
        layout = QVBoxLayout(self)
        intro = self.tr("The workbench was locked after a while without use. Enter your password to go on.") if locked \
            else self.tr("Sign in to {name}.").format(name=store.path.name)
        layout.addWidget(QLabel(intro))
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setReadOnly(locked)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        hint = "" if locked else light.demo_hint(store)
        if hint:
            demo = QLabel(self.tr("Demo database — accounts (user / password):") + "\n" + hint)
            demo.setObjectName("demo_hint")
            demo.setStyleSheet("color: #555")
            layout.addWidget(demo)
        layout.addWidget(accept_cancel(self, text=self.tr("Sign in")))
        (self.password if username else self.username).setFocus()

    def accept(self) -> None:
        try:
            self.principal = light.sign_in(self.store, self.username.text(), self.password.text())
        except WorkbenchError as exc:
            self.error.setText(error_text(exc))
            self.password.selectAll()
            return
        super().accept()


class FirstAdminDialog(QDialog):
    """A database without accounts: its first account is the administrator's."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.principal: Principal | None = None
        self.setWindowTitle(self.tr("Create the administrator"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{name} has no accounts yet. Create the administrator's account; the administrator "
                               "then adds an account for each colleague (specialist, team lead or auditor).")
                       .format(name=store.path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.password, self.again = QLineEdit(), QLineEdit()
        for w in (self.password, self.again):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Name:"), self.display_name)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Again:"), self.again)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(accept_cancel(self, text=self.tr("Create and sign in")))

    def accept(self) -> None:
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        from workbench.services import accounts

        try:
            accounts.add_user(self.store, self.username.text(), self.password.text(), Role.ADMINISTRATOR,
                              self.display_name.text())
            self.principal = light.sign_in(self.store, self.username.text(), self.password.text())
        except WorkbenchError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()


def sign_in(store: Store, parent: QWidget | None = None) -> bool:
    """Whoever uses `store` from now on, signed in; False if the person gave up.

    WORKBENCH_USER and WORKBENCH_PASSWORD sign in without asking (scripted starts).
    """
    if not light.has_accounts_light(store):
        dialog: QDialog = FirstAdminDialog(store, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
    user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if user and password is not None:
        try:
            light.sign_in(store, user, password)
            return True
        except WorkbenchError:
            pass  # ask as usual
    dialog = SignInDialog(store, parent, user or "")
    return dialog.exec() == QDialog.DialogCode.Accepted


class IdleLock(QObject):
    """Locks the window after `minutes` without keyboard or mouse; the password unlocks it."""

    INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}

    def __init__(self, window: QWidget, store: Store, minutes: int) -> None:
        super().__init__(window)
        self.window, self.store = window, store
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)
        self.locked = False

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(minutes, 1) * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.INPUT and not self.locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        who = self.store.principal
        if who is None or self.locked:
            return
        self.locked = True
        self.window.hide()
        dialog = SignInDialog(self.store, None, who.username, locked=True)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and self.store.principal is not None \
            and self.store.principal.username == who.username
        self.locked = False
        if not accepted:
            from workbench.services import accounts

            accounts.sign_out(self.store)
            QApplication.instance().quit()
            return
        self.window.show()
        self.timer.start()
