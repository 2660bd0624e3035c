"""Filters above the case list: quick find, stage, outcome, insurer, assignee,
dispute kind and the opening-date range.  Emits a CaseQuery; runs no query."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget,
)

from ui.fields import CodeCombo
from ui.words import DATE_FORMAT, code_label, from_qdate
from workbench.domain.enums import ACTIVE_STAGES, DisputeKind, Outcome, Stage
from workbench.domain.models import CaseQuery

OPEN_STAGES = "open"


class CaseFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Find case, policy or claim no., client or insured…"))
        self.find.setClearButtonEnabled(True)
        self.stage = QComboBox()
        self.stage.addItem(self.tr("All stages"), None)
        self.stage.addItem(self.tr("Open cases"), OPEN_STAGES)
        for st in Stage:
            self.stage.addItem(code_label(st), st.value)
        self.outcome = CodeCombo(Outcome, self.tr("All outcomes"))
        self.kind = CodeCombo(DisputeKind, self.tr("Claims and underwriting"))
        self.insurer = QComboBox()
        self.assignee = QComboBox()
        self.use_dates = QCheckBox(self.tr("Opened"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-6))
        self.date_to = QDateEdit(today)
        self.date_from.setDisplayFormat(DATE_FORMAT)  # the one form dates take on screen
        self.date_to.setDisplayFormat(DATE_FORMAT)  # the one form dates take on screen
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setEnabled(False)
        self.clear = QToolButton()
        self.clear.setText(self.tr("Clear filters"))

        for combo in (self.stage, self.outcome, self.kind, self.insurer, self.assignee):
            # Long insurer names must not widen the whole list pane.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        # Two rows of about equal width, so the list pane can leave most of a 1366-pixel
        # screen to the case.
        top = QHBoxLayout()
        top.addWidget(self.find, 1)
        for w in (self.use_dates, self.date_from, self.date_to, self.clear):
            top.addWidget(w)
        bottom = QHBoxLayout()
        for w in (self.stage, self.outcome, self.kind, self.insurer, self.assignee):
            bottom.addWidget(w, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)

        # Typing waits a moment so each keystroke does not query 100,000 rows.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.changed)
        self.find.textChanged.connect(self._debounce.start)
        for combo in (self.stage, self.outcome, self.kind, self.insurer, self.assignee):
            combo.currentIndexChanged.connect(self.changed)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self.changed)
        self.date_to.dateChanged.connect(self.changed)
        self.clear.clicked.connect(self.reset)

    def set_choices(self, insurers: list[tuple[int, str]], staff: list[tuple[int, str]]) -> None:
        for combo, everyone, items in ((self.insurer, self.tr("All insurers"), insurers),
                                       (self.assignee, self.tr("All assignees"), staff)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for item_id, name in items:
                combo.addItem(name, item_id)
            idx = combo.findData(current)
            combo.setCurrentIndex(max(idx, 0))
            combo.blockSignals(False)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.changed.emit()

    def reset(self) -> None:
        widgets = (self.find, self.stage, self.outcome, self.kind, self.insurer, self.assignee, self.use_dates)
        for w in widgets:
            w.blockSignals(True)
        self.find.clear()
        for combo in (self.stage, self.outcome, self.kind, self.insurer, self.assignee):
            combo.setCurrentIndex(0)
        self.use_dates.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        for w in widgets:
            w.blockSignals(False)
        self.changed.emit()

    def apply_to(self, query: CaseQuery) -> CaseQuery:
        """A copy of `query` (keeping its sort) with this bar's filters."""
        stage = self.stage.currentData()
        stages = list(ACTIVE_STAGES) if stage == OPEN_STAGES else ([Stage(stage)] if stage else [])
        outcome, insurer, assignee = self.outcome.code(), self.insurer.currentData(), self.assignee.currentData()
        dates: tuple[date | None, date | None] = (None, None)
        if self.use_dates.isChecked():
            dates = (from_qdate(self.date_from.date()), from_qdate(self.date_to.date()))
        return CaseQuery(
            stages=stages, outcomes=[outcome] if outcome else [],
            insurer_ids=[insurer] if insurer is not None else [],
            assignee_ids=[assignee] if assignee is not None else [],
            dispute_kind=self.kind.code(), opened_from=dates[0], opened_to=dates[1],
            text=self.find.text(), sort_key=query.sort_key, descending=query.descending,
        )

    def focus_find(self) -> None:
        self.find.setFocus()
        self.find.selectAll()


