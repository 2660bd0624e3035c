"""Editors for values Qt has no widget for: optional dates and exact money."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from ui.words import code_label, from_qdate, money_text, to_qdate
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

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # An empty date's popup should open on this month, not on January 1900;
        # turning the page selects nothing, so the value stays empty.
        if self.date() == EMPTY_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        super().mousePressEvent(event)


class MoneyEdit(QLineEdit):
    """Yuan with up to two decimals; the value is integer cents or None."""

    valueChanged = Signal()
    invalid = Signal(object)  # the ValidationError

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0.00")
        self._cents: int | None = None
        self.editingFinished.connect(self.commit)

    def value(self) -> int | None:
        return self._cents

    def set_value(self, cents: int | None) -> None:
        self._cents = cents
        self.setText(money_text(cents))
        self.setProperty("invalid", False)
        self.setStyleSheet("")

    def commit(self) -> None:
        """Parse what is typed; emits valueChanged, or invalid with the reason."""
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


class CodeCombo(QComboBox):
    """A choice among the members of one code enum, shown by translated label.

    Qt stores item data as QVariant and hands a StrEnum back as a plain str, so
    the combo keeps the enum type and converts on the way out.
    """

    def __init__(self, enum_type: type[StrEnum], none_text: str | None = None,
                 members: Iterable[StrEnum] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enum = enum_type
        if none_text is not None:
            self.addItem(none_text, None)
        for member in (members if members is not None else enum_type):
            self.addItem(code_label(member), member.value)

    def code(self) -> StrEnum | None:
        value = self.currentData()
        return None if value is None else self._enum(value)

    def set_code(self, code: StrEnum | None) -> None:
        index = self.findData(None if code is None else code.value) if code is not None else 0
        self.setCurrentIndex(max(index, 0))
