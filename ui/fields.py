"""Editors for values Qt has no widget for: optional dates and exact money."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from ui.words import from_qdate, money_text, to_qdate
from workbench.domain.money import parse_cents
from workbench.errors import ValidationError

EMPTY_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date that may be empty: the minimum date stands for 'none' and shows '—'.
    Delete or Backspace empties it."""

    valueChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(EMPTY_DATE)
        self.setSpecialValueText("—")
        self.setDate(EMPTY_DATE)
        self.editingFinished.connect(self.valueChanged)
        self.calendarWidget().clicked.connect(lambda _d: self.valueChanged.emit())

    def value(self) -> date | None:
        d = self.date()
        return None if d == EMPTY_DATE else from_qdate(d)

    def set_value(self, value: date | None) -> None:
        self.blockSignals(True)
        self.setDate(EMPTY_DATE if value is None else to_qdate(value))
        self.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.lineEdit().selectedText() == self.text():
            self.setDate(EMPTY_DATE)
            self.valueChanged.emit()
            return
        super().keyPressEvent(event)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # The popup should open on today, not on the 'empty' year 1900.
        if self.date() == EMPTY_DATE:
            self.calendarWidget().setSelectedDate(QDate.currentDate())
        super().showEvent(event)


class MoneyEdit(QLineEdit):
    """Yuan with up to two decimals; the value is integer cents or None."""

    valueChanged = Signal()
    invalid = Signal(object)  # the ValidationError

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0.00")
        self._cents: int | None = None
        self.editingFinished.connect(self._commit)

    def value(self) -> int | None:
        return self._cents

    def set_value(self, cents: int | None) -> None:
        self._cents = cents
        self.setText(money_text(cents))
        self.setProperty("invalid", False)
        self.setStyleSheet("")

    def _commit(self) -> None:
        text = self.text().strip()
        try:
            cents = parse_cents(text) if text else None
        except ValidationError as exc:
            self.setStyleSheet("QLineEdit { background: #fde7e9; }")
            self.invalid.emit(exc)
            return
        self.setStyleSheet("")
        changed = cents != self._cents
        self.set_value(cents)
        if changed:
            self.valueChanged.emit()
