"""Deadlines: a case's clocks (with the rule and the dates behind each) and the
team's due-and-overdue list across open cases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem, QMessageBox, QSpinBox,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ui.dialog_parts import tool_button
from ui.words import date_text, error_text
from ui import file_dialogs
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import WorkbenchError
from workbench.services import case_list, deadlines
from workbench.services.deadlines import Deadline
from workbench.services.store import Store

STATUS = {
    "open": QT_TRANSLATE_NOOP("Deadlines", "open"),
    "due_soon": QT_TRANSLATE_NOOP("Deadlines", "due within 3 days"),
    "overdue": QT_TRANSLATE_NOOP("Deadlines", "overdue"),
    "kept": QT_TRANSLATE_NOOP("Deadlines", "kept"),
    "missed": QT_TRANSLATE_NOOP("Deadlines", "missed"),
}
COLORS = {"overdue": "#b3261e", "missed": "#b3261e", "due_soon": "#c77700", "kept": "#2e7d32"}
FLAGS = {"repeated_document_requests": QT_TRANSLATE_NOOP(
    "Deadlines", "The insurer asked for documents more than once (Art. 22: everything missing at once)")}


def _chinese() -> bool:
    from PySide6.QtCore import QLocale

    return QLocale().language() == QLocale.Language.Chinese


def label_of(d: Deadline) -> str:
    return d.label_zh if _chinese() else d.label_en


def status_text(d: Deadline) -> str:
    return QCoreApplication.translate("Deadlines", STATUS[d.status])


def _colour(item: QTreeWidgetItem, d: Deadline, columns: int) -> None:
    if d.status in COLORS:
        for c in range(columns):
            item.setForeground(c, QBrush(QColor(COLORS[d.status])))


class DeadlinesPanel(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._case_id: int | None = None
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Deadline"), self.tr("Due"), self.tr("Days left"), self.tr("State"),
                                   self.tr("Counted from"), self.tr("Paused days"), self.tr("Legal basis")])
        self.list.setRootIsDecorated(False)
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet("color: #b3261e")
        self.requests = QListWidget()
        self.requests.setMaximumHeight(110)
        self.ask_button = tool_button(self.tr("The insurer asked for documents…"), self.add_request, "add_request")
        self.given_button = tool_button(self.tr("Documents given…"), self.mark_given, "mark_given")
        row = QHBoxLayout()
        row.addWidget(self.ask_button)
        row.addWidget(self.given_button)
        row.addStretch(1)
        self.note = note = QLabel()
        note.setObjectName("deadlines_basis")
        note.setWordWrap(True)
        note.setStyleSheet("color: #666")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.flags)
        layout.addWidget(QLabel(self.tr("Documents the insurer asked for (the decision clock pauses meanwhile)")))
        layout.addWidget(self.requests)
        layout.addLayout(row)
        layout.addWidget(note)

    def show_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        self.requests.clear()
        if self._case_id is None:
            return
        items = deadlines.deadlines_of_case(self._store, self._case_id)
        basis = deadlines.provisions_by_code(self._store)
        flags: set[str] = set()
        for d in items:
            start = f"{date_text(d.start)}" if d.start else self.tr("the last round")
            law = basis.get(d.provision)
            item = QTreeWidgetItem(self.list, [label_of(d), date_text(d.due), d.days_left_text, status_text(d), start,
                                               str(d.paused_days or ""), law.short() if law else ""])
            if law is not None:
                item.setToolTip(6, law.cited())
            _colour(item, d, 7)
            flags.update(d.flags)
        cited = sorted({basis[d.provision].cited() for d in items if d.provision in basis})
        self.note.setText(self.tr("Legal basis of these clocks: {laws}. Their dates are on the Case tab.").format(
            laws="；".join(cited)) if cited else self.tr("The dates the clocks count from are on the Case tab."))
        self.flags.setText("\n".join(QCoreApplication.translate("Deadlines", FLAGS[f]) for f in sorted(flags)))
        for r in deadlines.list_document_requests(self._store, self._case_id):
            given = date_text(r.provided_on) if r.provided_on else self.tr("not yet")
            item = QListWidgetItem(self.tr("Asked {asked}: {what} — given {given}").format(
                asked=date_text(r.requested_on), what=r.what, given=given))
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.requests.addItem(item)
        for col in range(7):
            self.list.resizeColumnToContents(col)

    def _ask_date(self, title: str) -> date | None:
        text, ok = QInputDialog.getText(self, title, self.tr("Date (YYYY-MM-DD):"),
                                        text=QDate.currentDate().toString("yyyy-MM-dd"))
        if not ok:
            return None
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            QMessageBox.warning(self, title, self.tr("“{text}” is not a date.").format(text=text))
            return None

    def add_request(self) -> None:
        if self._case_id is None:
            return
        asked = self._ask_date(self.tr("The insurer asked for documents"))
        if asked is None:
            return
        what, ok = QInputDialog.getText(self, self.tr("The insurer asked for documents"), self.tr("Which documents?"))
        if ok:
            deadlines.add_document_request(self._store, self._case_id, asked, what)
            self.reload()

    def mark_given(self) -> None:
        item = self.requests.currentItem()
        if item is None:
            return
        given = self._ask_date(self.tr("Documents given"))
        if given is None:
            return
        try:
            deadlines.mark_provided(self._store, item.data(Qt.ItemDataRole.UserRole), given)
        except WorkbenchError as exc:
            QMessageBox.warning(self, self.tr("Documents given"), error_text(exc))
        self.reload()


class DueDialog(QDialog):
    """The morning list: what is overdue or due soon, across open cases."""

    openCase = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None, me: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Due and overdue"))
        self._store = store
        self.within = QSpinBox()
        self.within.setRange(0, 365)
        self.within.setValue(14)
        self.within.setSuffix(self.tr(" days ahead"))
        self.assignee = QComboBox()
        self.assignee.addItem(self.tr("Everyone"), None)
        for staff_id, name in case_list.staff_choices(store):
            self.assignee.addItem(name, staff_id)
            if name == me:
                # The specialist sees their own list first; "Everyone" is the team lead's view.
                self.assignee.setItemText(self.assignee.count() - 1, self.tr("{name} (me)").format(name=name))
                self.assignee.setCurrentIndex(self.assignee.count() - 1)
        self.list = QTreeWidget()
        self.list.setHeaderLabels(self.headers())
        self.list.setRootIsDecorated(False)
        self.list.itemDoubleClicked.connect(lambda item, _c: self.openCase.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        self.summary = QLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show")))
        row.addWidget(self.within)
        row.addWidget(self.assignee)
        row.addStretch(1)
        row.addWidget(tool_button(self.tr("Export CSV…"), self.export_csv_dialog, "due_csv"))
        row.addWidget(tool_button(self.tr("Save as PDF…"), self.save_pdf_dialog, "due_pdf"))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list)
        layout.addWidget(self.summary)
        self.within.valueChanged.connect(lambda _v: self.reload())
        self.assignee.currentIndexChanged.connect(lambda _i: self.reload())
        self.resize(900, 560)
        self.reload()

    def items(self) -> list[Deadline]:
        staff = self.assignee.currentData()
        today = date.today()
        return deadlines.due_list(deadlines.open_deadlines(self._store, today, [staff] if staff else None),
                                  self.within.value(), today)

    def headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("Days left"), self.tr("Case no."), self.tr("Client"), self.tr("Assignee"),
                self.tr("Deadline"), self.tr("State"), self.tr("Legal basis")]

    def rows(self, items: list[Deadline]) -> list[list[str]]:
        """The list as shown (the client masked as the reader sees it), for screen, CSV and PDF alike."""
        basis = deadlines.provisions_by_code(self._store)
        return [[date_text(d.due), d.days_left_text, d.case_number, d.client, d.assignee, label_of(d), status_text(d),
                 basis[d.provision].short() if d.provision in basis else ""] for d in items]

    def reload(self) -> None:
        self.list.clear()
        items = self.items()
        for d, cells in zip(items, self.rows(items), strict=True):
            item = QTreeWidgetItem(self.list, cells)
            item.setData(0, Qt.ItemDataRole.UserRole, d.case_id)
            _colour(item, d, len(cells))
        for col in range(self.list.columnCount()):
            self.list.resizeColumnToContents(col)
        self.summary.setText(self.tr("{n} deadlines, {overdue} overdue. Double-click to open the case.").format(
            n=len(items), overdue=sum(d.status == "overdue" for d in items)))

    def export_csv(self, path: Path) -> Path:
        from workbench.services.report_export import write_csv, write_text_file

        write_text_file(path, write_csv([self.headers(), *self.rows(self.items())]))
        return path

    def save_pdf(self, path: Path) -> Path:
        from workbench.services.report_pdf import write_pdf
        from workbench.services.timeline_pdf import render_table

        title = self.tr("Due and overdue — as of {today}").format(today=date_text(date.today()))
        write_pdf(path, render_table(title, self.headers(), self.rows(self.items()),
                                     (18, 12, 24, 16, 16, 46, 18, 30)))
        return path

    def export_csv_dialog(self) -> None:
        name = file_dialogs.save_file(self, self.tr("Export CSV"), "due.csv", self.tr("CSV files (*.csv)"))
        if name:
            self.export_csv(name)

    def save_pdf_dialog(self) -> None:
        name = file_dialogs.save_file(self, self.tr("Save as PDF"), "due.pdf", self.tr("PDF files (*.pdf)"))
        if name:
            self.save_pdf(name)
