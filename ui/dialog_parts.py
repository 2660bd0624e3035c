"""Pieces every dialog uses: the OK/Cancel row and the red line that says what is wrong."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QToolButton

Button = QDialogButtonBox.StandardButton


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


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b3261e")
    label.setWordWrap(True)
    return label
