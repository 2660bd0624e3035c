"""Editors for values Qt has no widget for: optional dates typed as people type them, and exact money."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QLineEdit, QStyle, QWidget

from ui.words import code_label, from_qdate, money_text, to_qdate
from workbench.domain.money import parse_cents
from workbench.domain.typed import parse_date
from workbench.errors import ValidationError

INVALID_STYLE = "QLineEdit { background: #fde7e9; }"


class OptionalDateEdit(QLineEdit):
    """A date that may be empty, typed as digits (20230301, 2023-3-1, 2023年3月1日, full-width too) or
    picked from a calendar (Alt+Down or the button; an empty date's calendar opens on today).
    Tab leaves it like any field; what cannot be read turns the field red and is not taken."""

    valueChanged = Signal()
    invalid = Signal(object)  # the ValidationError

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: date | None = None
        self.error: ValidationError | None = None
        self.setPlaceholderText("YYYY-MM-DD")
        self.setMaxLength(20)
        self.pick = self.addAction(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
                                   QLineEdit.ActionPosition.TrailingPosition)
        self.pick.setToolTip(self.tr("Choose from the calendar (Alt+Down)"))
        self.pick.triggered.connect(self.open_calendar)
        self.popup: QCalendarWidget | None = None
        self.editingFinished.connect(self.commit)

    def value(self) -> date | None:
        return self._value

    def set_value(self, value: date | None) -> None:
        self._value = value
        self.error = None
        self.setStyleSheet("")
        self.setText(value.isoformat() if value else "")

    def commit(self) -> None:
        """Read what is typed: valueChanged when it is a new date, invalid (field red) when unreadable."""
        try:
            parsed = parse_date(self.text())
        except ValidationError as exc:
            self.error = exc
            self.setStyleSheet(INVALID_STYLE)
            self.invalid.emit(exc)
            return
        changed = parsed != self._value
        self.set_value(parsed)
        if changed:
            self.valueChanged.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        calendar = QCalendarWidget(self, Qt.WindowType.Popup)
        calendar.setObjectName("date_popup")
        shown = self._value or date.today()
        calendar.setSelectedDate(to_qdate(shown))
        calendar.clicked.connect(lambda d: self._picked(calendar, from_qdate(d)))
        calendar.activated.connect(lambda d: self._picked(calendar, from_qdate(d)))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        self.popup = calendar

    def _picked(self, calendar: QCalendarWidget, value: date) -> None:
        calendar.close()
        calendar.deleteLater()
        self.popup = None
        changed = value != self._value
        self.set_value(value)
        if changed:
            self.valueChanged.emit()


class MoneyEdit(QLineEdit):
    """Yuan with up to two decimals; the value is integer cents or None."""

    valueChanged = Signal()
    invalid = Signal(object)  # the ValidationError

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0.00")
        self._cents: int | None = None
        self.error: ValidationError | None = None
        self.editingFinished.connect(self.commit)

    def value(self) -> int | None:
        return self._cents

    def set_value(self, cents: int | None) -> None:
        self._cents = cents
        self.error = None
        self.setText(money_text(cents))
        self.setStyleSheet("")

    def commit(self) -> None:
        """Parse what is typed; emits valueChanged, or invalid with the reason."""
        text = self.text().strip()
        try:
            cents = parse_cents(text) if text else None
        except ValidationError as exc:
            self.error = exc
            self.setStyleSheet(INVALID_STYLE)
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
