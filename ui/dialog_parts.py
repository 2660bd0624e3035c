"""Pieces every dialog uses: the OK/Cancel row and the red line that says what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QToolButton, QWidget

T = TypeVar("T")

Button = QDialogButtonBox.StandardButton


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """The size a window would like, but never past the screen it opens on (a 1366×768
    laptop leaves about 1366×728 once the taskbar is drawn)."""
    from PySide6.QtGui import QGuiApplication

    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height() - 40)  # 40: the title bar
    widget.resize(width, height)


def accept_cancel(dialog: QDialog, accept: Button = Button.Ok, text: str | None = None) -> QDialogButtonBox:
    """The dialog's button row, wired to accept()/reject(); Qt translates the standard texts."""
    buttons = QDialogButtonBox(accept | Button.Cancel)
    if text is not None:
        buttons.button(accept).setText(text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def tool_button(text: str, slot: Callable[[], object], name: str) -> QToolButton:
    """A named tool button (tests find it by name) that runs `slot` when clicked."""
    b = QToolButton()
    b.setText(text)
    b.setObjectName(name)
    b.clicked.connect(slot)
    return b


def confirmed_codes(parent: QWidget, attempt: Callable[[frozenset[str]], T]) -> T | None:
    """Run `attempt`; each unusual-but-possible value it is refused for (NeedsConfirmation) is asked
    about once, and confirmed ones are passed back in.  None if the person says no."""
    from ui.words import error_text
    from workbench.errors import NeedsConfirmation

    confirmed: frozenset[str] = frozenset()
    while True:
        try:
            return attempt(confirmed)
        except NeedsConfirmation as exc:
            answer = QMessageBox.question(parent, QCoreApplication.translate("Dialogs", "Please check"),
                                          error_text(exc) + "\n\n" + QCoreApplication.translate(
                                              "Dialogs", "Is it right? Yes saves it as it is."))
            if answer != QMessageBox.StandardButton.Yes:
                return None
            confirmed |= {exc.code}


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b3261e")
    label.setWordWrap(True)
    return label
