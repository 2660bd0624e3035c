"""Small dialogs a stage change may need: the outcome of a decision, the reason
for reopening."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)

from ui.dialog_parts import Button, accept_cancel, error_label
from ui.fields import CodeCombo, MoneyEdit
from ui.words import error_text
from workbench.domain.enums import Outcome


class DecideDialog(QDialog):
    """Ask for the outcome and, for a claim, the amount finally paid."""

    def __init__(self, amount_paid: int | None, with_amount: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record the outcome"))
        self.outcome = CodeCombo(Outcome)
        self.amount = MoneyEdit()
        self.amount.set_value(amount_paid)
        self.error = error_label()
        self.amount.invalid.connect(lambda exc: self.error.setText(error_text(exc)))
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.outcome)
        if with_amount:
            form.addRow(self.tr("Amount finally paid (CNY)"), self.amount)
        buttons = accept_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen_outcome(self) -> Outcome:
        return self.outcome.code()  # type: ignore[return-value]


class ReasonDialog(QDialog):
    """A required free-text reason (reopening a decided or closed case)."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Required"))
        buttons = accept_cancel(self)
        self._ok = buttons.button(Button.Ok)
        self._ok.setEnabled(False)
        self.text.textChanged.connect(lambda: self._ok.setEnabled(bool(self.reason())))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def reason(self) -> str:
        return self.text.toPlainText().strip()
