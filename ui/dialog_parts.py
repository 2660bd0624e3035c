"""Pieces every dialog uses: the OK/Cancel row and the red line that says what is wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

Button = QDialogButtonBox.StandardButton


def accept_cancel(dialog: QDialog, accept: Button = Button.Ok, text: str | None = None) -> QDialogButtonBox:
    """The dialog's button row, wired to accept()/reject(); Qt translates the standard texts."""
    buttons = QDialogButtonBox(accept | Button.Cancel)
    if text is not None:
        buttons.button(accept).setText(text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b3261e")
    label.setWordWrap(True)
    return label
