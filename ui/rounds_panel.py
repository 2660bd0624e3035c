"""Rounds of negotiation (log, edit with history kept) and the case's timeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateTimeEdit, QDialog, QFormLayout, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QTableWidget, QTableWidgetItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ui.dialog_parts import accept_cancel, error_label, resize_within_screen, tool_button
from ui.fields import CodeCombo, MoneyEdit, OptionalDateEdit
from ui.words import (
    DATE_FORMAT, code_label, date_text, error_text, health_text, money_text, point_as_shown, when_text,
)
from ui import file_dialogs
from workbench.domain.analysis import Point, PointStatus
from workbench.domain.rounds import Channel, Direction, EventKind, Round, RoundDraft
from workbench.errors import ValidationError, WorkbenchError
from workbench.services import analysis, evidence, rounds
from workbench.services.store import Store
from workbench.services.timeline import timeline

UNCHANGED = "unchanged"


class RoundDialog(QDialog):
    """Log a new round, or correct one (the points' statuses are set only when logging)."""

    def __init__(self, store: Store, case_id: int, existing: Round | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct round {n}").format(n=existing.number) if existing
                            else self.tr("Log a round with the insurer"))
        self._store, self._case_id, self._existing = store, case_id, existing
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat(DATE_FORMAT + " HH:mm")
        self.when.setCalendarPopup(True)
        self.channel = CodeCombo(Channel)
        self.direction = CodeCombo(Direction)
        self.person, self.department, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.summary, self.asked, self.answered = QPlainTextEdit(), QPlainTextEdit(), QPlainTextEdit()
        for box in (self.summary, self.asked, self.answered):
            box.setMaximumHeight(60)
        self.offered = MoneyEdit()
        self.next_step = QLineEdit()
        self.follow_up = OptionalDateEdit()
        self.final = QCheckBox(self.tr("This is the insurer's final answer (record the outcome next)"))
        self.error = error_label()
        self.points: list[Point] = [point_as_shown(p) for p in analysis.list_points(store, case_id)]
        self.point_table = QTableWidget(len(self.points), 2)
        self.point_table.setHorizontalHeaderLabels([self.tr("Point discussed"), self.tr("Status after the round")])
        self.status_boxes: list[QComboBox] = []
        for r, p in enumerate(self.points):
            item = QTableWidgetItem(f"{p.position}. {p.quote}")
            item.setToolTip(p.quote)
            self.point_table.setItem(r, 0, item)
            box = QComboBox()
            box.addItem(self.tr("(not discussed)"), UNCHANGED)
            for st in PointStatus:
                box.addItem(code_label(st), st.value)
            self.point_table.setCellWidget(r, 1, box)
            self.status_boxes.append(box)
        # The status list is read whole; the point's words give way (elided, whole in the tooltip).
        header = self.point_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.point_table.verticalHeader().setVisible(False)
        self.attached = QListWidget()
        self.attached.setMaximumHeight(80)
        for e in evidence.list_evidence(store, case_id):
            item = QListWidgetItem(self.tr("Encl. {no}").format(no=e.enclosure_no) + " " + e.original_name)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attached.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Direction"), self.direction)
        form.addRow(self.tr("Insurer's contact"), self.person)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("What we asked"), self.asked)
        form.addRow(self.tr("What they answered"), self.answered)
        form.addRow(self.tr("Amount offered (CNY)"), self.offered)
        form.addRow(self.tr("Next step"), self.next_step)
        form.addRow(self.tr("Follow up on"), self.follow_up)
        if existing is None:
            form.addRow(self.tr("Points"), self.point_table)
            form.addRow(self.tr("Attached evidence"), self.attached)
            form.addRow("", self.final)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(accept_cancel(self))
        if existing is not None:
            self._fill(existing)
        resize_within_screen(self, 620, 760)

    def _fill(self, r: Round) -> None:
        self.when.setDateTime(QDateTime(r.occurred_at.astimezone()))
        self.channel.set_code(r.channel)
        self.direction.set_code(r.direction)
        self.person.setText(r.contact_person)
        self.department.setText(r.contact_department)
        self.phone.setText(r.contact_phone)
        self.summary.setPlainText(r.summary)
        self.asked.setPlainText(r.asked)
        self.answered.setPlainText(r.answered)
        self.offered.set_value(r.amount_offered_cents)
        self.next_step.setText(r.next_step)
        self.follow_up.set_value(r.follow_up_on)

    def occurred_at(self) -> datetime:
        return self.when.dateTime().toPython().astimezone()

    def draft(self) -> RoundDraft:
        self.offered.commit()
        changes = {p.id: PointStatus(box.currentData()) for p, box in zip(self.points, self.status_boxes, strict=True)
                   if box.currentData() != UNCHANGED}
        ids = [self.attached.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.attached.count())
               if self.attached.item(i).checkState() == Qt.CheckState.Checked]
        return RoundDraft(self.occurred_at(), self.channel.code(), self.direction.code(),  # type: ignore[arg-type]
                          self.person.text(), self.department.text(), self.phone.text(), self.summary.toPlainText(),
                          self.asked.toPlainText(), self.answered.toPlainText(), self.offered.value(), ids, changes,
                          self.next_step.text(), self.follow_up.value())

    def accept(self) -> None:
        try:
            self.saved = self.save()
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            return
        except WorkbenchError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()

    def save(self) -> Round:
        d = self.draft()
        if self._existing is None:
            return rounds.log_round(self._store, self._case_id, d)
        values = {"occurred_at": d.occurred_at, "channel": d.channel, "direction": d.direction,
                  "contact_person": d.contact_person, "contact_department": d.contact_department,
                  "contact_phone": d.contact_phone, "summary": d.summary, "asked": d.asked, "answered": d.answered,
                  "amount_offered_cents": d.amount_offered_cents, "next_step": d.next_step,
                  "follow_up_on": d.follow_up_on}
        return rounds.edit_round(self._store, self._existing.id, values, self._existing.meta.revision)


class RoundsPanel(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._case_id: int | None = None
        self._rounds: list[Round] = []
        self.after_change: Callable[[], None] = lambda: None
        self.final_answer: Callable[[], None] = lambda: None  # the case view asks for the outcome
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("No."), self.tr("When"), self.tr("Channel"), self.tr("Direction"),
                                   self.tr("Contact"), self.tr("Summary"), self.tr("Offered (CNY)"),
                                   self.tr("Follow up on")])
        self.list.setRootIsDecorated(False)
        self.list.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.log_button = tool_button(self.tr("Log a round…"), self.log_round, "log_round")
        self.edit_button = tool_button(self.tr("Correct…"), self.edit_selected, "edit_round")
        self.history_button = tool_button(self.tr("Earlier wording…"), self.show_history, "round_history")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list.currentItemChanged.connect(lambda *_: self._show_detail())
        row = QHBoxLayout()
        for b in (self.log_button, self.edit_button, self.history_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list)
        layout.addWidget(self.detail)

    def show_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        self.reload()

    def reload(self) -> None:
        keep = self.selected().id if self.selected() else None
        self.list.clear()
        self._rounds = rounds.list_rounds(self._store, self._case_id) if self._case_id is not None else []
        for r in self._rounds:
            QTreeWidgetItem(self.list, [str(r.number), when_text(r.occurred_at),
                                        code_label(r.channel), code_label(r.direction),
                                        " ".join(x for x in (r.contact_person, r.contact_department) if x),
                                        health_text(r.summary), money_text(r.amount_offered_cents),
                                        date_text(r.follow_up_on)])
        for col in range(self.list.columnCount()):
            self.list.resizeColumnToContents(col)
        row = next((i for i, r in enumerate(self._rounds) if r.id == keep), None)
        if row is not None:
            self.list.setCurrentItem(self.list.topLevelItem(row))
        self.log_button.setEnabled(self._case_id is not None and self.writable)
        self._show_detail()

    writable = True  # False for a role that reads only, or a closed case (CaseView.set_rights)

    def set_writable(self, writable: bool) -> None:
        self.writable = writable
        self.log_button.setEnabled(self._case_id is not None and writable)
        self._show_detail()

    def selected(self) -> Round | None:
        i = self.list.indexOfTopLevelItem(self.list.currentItem()) if self.list.currentItem() else -1
        return self._rounds[i] if 0 <= i < len(self._rounds) else None

    def _show_detail(self) -> None:
        r = self.selected()
        self.edit_button.setEnabled(r is not None and self.writable)
        self.history_button.setEnabled(r is not None and r.meta.revision > 1)
        if r is None:
            self.detail.clear()
            return
        points = {p.id: p for p in analysis.list_points(self._store, r.case_id)}
        changed = "；".join(f"{points[pid].position}. → {code_label(st)}" for pid, st in r.point_changes if pid in points)
        self.detail.setText("\n".join(x for x in (
            self.tr("We asked: {text}").format(text=r.asked) if r.asked else "",
            self.tr("They answered: {text}").format(text=r.answered) if r.answered else "",
            self.tr("Points: {text}").format(text=changed) if changed else "",
            self.tr("Next step: {text}").format(text=r.next_step) if r.next_step else "") if x))

    def log_round(self) -> Round | None:
        dialog = RoundDialog(self._store, self._case_id, None, self)  # type: ignore[arg-type]
        result = dialog.saved if dialog.exec() else None
        final = dialog.final.isChecked()
        dialog.deleteLater()
        if result is not None:
            self.reload()
            self.after_change()
            if final:
                self.final_answer()
        return result

    def edit_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        dialog = RoundDialog(self._store, r.case_id, r, self)
        if dialog.exec():
            self.reload()
            self.after_change()
        dialog.deleteLater()

    def show_history(self) -> None:
        r = self.selected()
        if r is None:
            return
        lines = [self.tr("Revision {rev}, changed {when} by {actor}:").format(
            rev=v.revision, when=when_text(v.changed_at), actor=v.actor)
            + "\n" + health_text(v.values.get("summary", "")) + "\n" + health_text(v.values.get("answered", ""))
            for v in rounds.round_history(self._store, r.id)]
        QMessageBox.information(self, self.tr("Earlier wording of round {n}").format(n=r.number), "\n\n".join(lines))


class TimelinePanel(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._case_id: int | None = None
        self.kind_boxes: dict[EventKind, QCheckBox] = {}
        row = QHBoxLayout()
        kinds = QGridLayout()  # two rows of kinds: the panel stays narrow enough for a 1366×768 screen
        per_row = (len(EventKind) + 1) // 2
        for n, kind in enumerate(EventKind):
            box = QCheckBox(code_label(kind))
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.reload())
            self.kind_boxes[kind] = box
            kinds.addWidget(box, n // per_row, n % per_row)
        row.addLayout(kinds)
        row.addStretch(1)
        row.addWidget(tool_button(self.tr("Save as PDF…"), self.save_pdf_dialog, "timeline_pdf"))
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details"), self.tr("By")])
        self.list.setRootIsDecorated(False)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list)

    def show_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        self.reload()

    def events(self):  # type: ignore[no-untyped-def]
        kinds = {k for k, box in self.kind_boxes.items() if box.isChecked()}
        return timeline(self._store, self._case_id, kinds) if self._case_id is not None else []

    def reload(self) -> None:
        self.list.clear()
        for e in self.events():
            QTreeWidgetItem(self.list, [when_text(e.when), code_label(e.kind),
                                        health_text(e.described(code_label)), e.actor])
        for col in range(4):
            self.list.resizeColumnToContents(col)

    def save_pdf_dialog(self) -> None:

        name = file_dialogs.save_file(self, self.tr("Save the timeline"), "timeline.pdf", self.tr("PDF files (*.pdf)"))
        if name:
            self.save_pdf(name)

    def save_pdf(self, path) -> None:  # type: ignore[no-untyped-def]
        from workbench.services import cases
        from workbench.services.timeline_pdf import render_timeline

        case = cases.get_case(self._store, self._case_id)  # type: ignore[arg-type]
        rows = [(when_text(e.when), code_label(e.kind), health_text(e.described(code_label)), e.actor)
                for e in self.events()]
        data = render_timeline(self.tr("Timeline of {number}").format(number=case.case_number), rows,
                               [self.tr("When"), self.tr("What"), self.tr("Details"), self.tr("By")])
        from workbench.services.report_pdf import write_pdf

        write_pdf(path, data)
