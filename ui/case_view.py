"""The case view: one case's fields, editable with undo/redo, and its stages."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit, QPushButton, QScrollArea, QStackedWidget, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ui.case_edit_commands import SetFieldCommand
from ui.dialog_parts import confirmed_codes, error_label
from ui.fields import CodeCombo, MoneyEdit, OptionalDateEdit
from ui.stage_dialogs import DecideDialog, ReasonDialog
from ui.words import code_label, date_text, error_text, health_text, when_text
from workbench.domain.enums import DecisionKind, DisputeKind, Priority, Relationship, Stage
from workbench.domain.access import HIDDEN_HEALTH, CaseRights
from workbench.domain.models import CLOCK_DATE_FIELDS, Case
from workbench.domain.stages import allowed_targets
from workbench.errors import ValidationError, WorkbenchError
from workbench.services import cases, parties
from workbench.services.store import Store

TEXT_FIELDS = ("claim_number", "summary")
COMBO_FIELDS = ("decision_kind", "priority", "relationship", "assignee_id", "insurer_id")
DATE_FIELDS = ("decision_date", "received_date", *CLOCK_DATE_FIELDS)
MONEY_FIELDS = ("amount_claimed_cents", "amount_offered_cents", "amount_paid_cents")


def _with_button(label: QLabel, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label, 1)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return row


def case_values(case: Case) -> dict[str, Any]:
    """The editable fields of a case, keyed as `update_case` expects them."""
    return {
        "claim_number": case.claim_number, "summary": case.summary,
        "decision_kind": case.decision_kind, "priority": case.priority, "relationship": case.relationship,
        "assignee_id": case.assignee.id if case.assignee else None, "insurer_id": case.insurer.id,
        "decision_date": case.decision_date, "received_date": case.received_date,
        "amount_claimed_cents": case.amount_claimed_cents, "amount_offered_cents": case.amount_offered_cents,
        "amount_paid_cents": case.amount_paid_cents,
        **{f: getattr(case, f) for f in CLOCK_DATE_FIELDS}, "complaint_complex": case.complaint_complex,
    }


class CaseView(QWidget):
    saved = Signal(object)         # Case
    stageChanged = Signal(object)  # Case
    dirtyChanged = Signal(bool)
    caseShown = Signal(bool)       # a case is shown (True) or the empty page (False)
    # Something of the case shown changed (its fields, a letter issued, a round logged): every
    # panel reloads from this one signal instead of each caller knowing which panels to refresh.
    caseChanged = Signal(int)      # case id

    def __init__(self, store: Store, checklist_data: dict | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._checklist = checklist_data or {"decision_kinds": {}}
        self._case: Case | None = None
        self.rights = CaseRights(edit=False, move=False, assign=False, delete=False)
        self._values: dict[str, Any] = {}
        self._loading = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda clean: self.dirtyChanged.emit(not clean))
        self._build()
        self.caseChanged.connect(self._reload_panels)
        self.setMinimumWidth(480)
        self.setEnabled(False)

    # --- layout --------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.stage_label = QLabel()
        self.stage_label.setStyleSheet("padding: 2px 8px; border-radius: 4px; background: #e8eef7")
        self.meta_label = QLabel()
        self.meta_label.setStyleSheet("color: #666")
        self.error_label = error_label()
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("read_only_note")
        self.read_only_note.setStyleSheet("background: #eef1f5; color: #444; padding: 4px 8px; border-radius: 4px")
        self.read_only_note.hide()

        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {
            "claim_number": self.tr("Claim no."), "summary": self.tr("Summary"),
            "decision_kind": self.tr("Decision"), "priority": self.tr("Priority"),
            "relationship": self.tr("Relationship to client"), "assignee_id": self.tr("Assignee"),
            "insurer_id": self.tr("Insurer"), "decision_date": self.tr("Decision date"),
            "received_date": self.tr("Received"), "amount_claimed_cents": self.tr("Amount claimed (CNY)"),
            "amount_offered_cents": self.tr("Amount offered (CNY)"), "amount_paid_cents": self.tr("Amount paid (CNY)"),
            "event_date": self.tr("Date of the insured event"), "claim_submitted_on": self.tr("Claim submitted"),
            "documents_complete_on": self.tr("Documents complete"),
            "insurer_learned_on": self.tr("Insurer learned of the rescission cause"),
            "complaint_filed_on": self.tr("Complaint filed"), "complaint_complex": self.tr("Complex complaint"),
        }
        for f in TEXT_FIELDS:
            ed: QWidget = QLineEdit() if f == "claim_number" else QPlainTextEdit()
            self.editors[f] = ed
        self.editors["claim_number"].textEdited.connect(lambda _t: self._edited("claim_number", mergeable=True))
        summary = self.editors["summary"]
        summary.setMaximumHeight(90)
        summary.textChanged.connect(lambda: self._edited("summary", mergeable=True))
        codes = {"decision_kind": DecisionKind, "priority": Priority, "relationship": Relationship}
        for f in COMBO_FIELDS:
            combo = CodeCombo(codes[f]) if f in codes else QComboBox()
            self.editors[f] = combo
            combo.currentIndexChanged.connect(lambda _i, f=f: self._edited(f))
        for f in DATE_FIELDS:
            dates = OptionalDateEdit()
            self.editors[f] = dates
            dates.valueChanged.connect(lambda f=f: self._edited(f))
            dates.invalid.connect(self._show_error)
        for f in MONEY_FIELDS:
            money = MoneyEdit()
            self.editors[f] = money
            money.valueChanged.connect(lambda f=f: self._edited(f))
            money.invalid.connect(self._show_error)

        self.client_label, self.insured_label, self.policy_label = QLabel(), QLabel(), QLabel()
        for lab in (self.client_label, self.insured_label, self.policy_label):
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lab.setWordWrap(True)

        self.edit_client = QPushButton(self.tr("Edit…"))
        self.edit_client.setObjectName("edit_client")
        self.edit_client.clicked.connect(lambda: self._edit_person("client"))
        self.edit_insured = QPushButton(self.tr("Edit…"))
        self.edit_insured.setObjectName("edit_insured")
        self.edit_insured.clicked.connect(lambda: self._edit_person("insured"))
        self.reveal_button = QPushButton(self.tr("Reveal…"))
        self.reveal_button.setObjectName("reveal")
        self.reveal_button.setToolTip(self.tr("Personal data of cases not assigned to you is masked; reveal a field, "
                                              "giving a reason (recorded)."))
        self.reveal_button.clicked.connect(self._reveal)
        self.reveal_button.hide()
        parties_box = QGroupBox(self.tr("Parties and policy"))
        pf = QFormLayout(parties_box)
        pf.addRow(self.tr("Client"), _with_button(self.client_label, self.edit_client))
        pf.addRow("", self.reveal_button)
        pf.addRow(self.tr("Insured"), _with_button(self.insured_label, self.edit_insured))
        pf.addRow(self.labels["relationship"], self.editors["relationship"])
        pf.addRow(self.labels["insurer_id"], self.editors["insurer_id"])
        pf.addRow(self.tr("Policy"), self.policy_label)

        decision_box = QGroupBox(self.tr("The insurer's decision"))
        df = QFormLayout(decision_box)
        for f in ("decision_kind", "claim_number", "decision_date", "received_date",
                  "amount_claimed_cents", "amount_offered_cents", "amount_paid_cents"):
            df.addRow(self.labels[f], self.editors[f])

        self.editors["complaint_complex"] = QCheckBox()
        self.editors["complaint_complex"].toggled.connect(lambda _on: self._edited("complaint_complex"))
        clocks_box = QGroupBox(self.tr("Dates the deadlines count from"))
        cf = QFormLayout(clocks_box)
        for f in (*CLOCK_DATE_FIELDS, "complaint_complex"):
            cf.addRow(self.labels[f], self.editors[f])

        work_box = QGroupBox(self.tr("Handling"))
        wf = QFormLayout(work_box)
        wf.addRow(self.labels["assignee_id"], self.editors["assignee_id"])
        wf.addRow(self.labels["priority"], self.editors["priority"])
        wf.addRow(self.labels["summary"], self.editors["summary"])

        self.stage_buttons = QHBoxLayout()
        self.history = QTreeWidget()
        self.history.setHeaderLabels([self.tr("When"), self.tr("From"), self.tr("To"), self.tr("Outcome"),
                                      self.tr("By"), self.tr("Reason")])
        self.history.setRootIsDecorated(False)
        self.history.setMinimumHeight(120)
        stage_box = QGroupBox(self.tr("Stage"))
        sl = QVBoxLayout(stage_box)
        sl.addLayout(self.stage_buttons)
        sl.addWidget(self.history)

        # Save stays available: what is typed but not yet confirmed is saved too (flush_editors).
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setEnabled(False)
        self.revert_button.clicked.connect(self.revert)
        self.dirtyChanged.connect(self.revert_button.setEnabled)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.stage_label)
        header.addStretch(1)
        header.addWidget(self.revert_button)
        header.addWidget(self.save_button)

        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addLayout(header)
        bl.addWidget(self.meta_label)
        bl.addWidget(self.read_only_note)
        bl.addWidget(self.error_label)
        bl.addWidget(parties_box)
        bl.addWidget(decision_box)
        bl.addWidget(clocks_box)
        bl.addWidget(work_box)
        bl.addWidget(stage_box)
        bl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #666; font-size: 12pt; padding: 24px")
        from ui.evidence_panel import EvidencePanel

        self.evidence = EvidencePanel(self._store, self._checklist)
        self.evidence.changed.connect(self._update_evidence_tab)
        from ui.analysis_panel import AnalysisPanel

        self.analysis = AnalysisPanel(self._store)
        self.analysis.changed.connect(self._update_analysis_tab)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Case"))
        self.tabs.addTab(self.evidence, self.tr("Evidence"))
        self.tabs.addTab(self.analysis, self.tr("Analysis"))
        from ui.rounds_panel import RoundsPanel, TimelinePanel

        self.rounds = RoundsPanel(self._store)
        self.rounds.after_change = self._after_round
        self.rounds.final_answer = lambda: self.move_to(Stage.DECIDED)
        self.timeline = TimelinePanel(self._store)
        from ui.deadlines_panel import DeadlinesPanel

        self.deadlines = DeadlinesPanel(self._store)
        self.tabs.addTab(self.rounds, self.tr("Rounds"))
        self.tabs.addTab(self.deadlines, self.tr("Deadlines"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.currentChanged.connect(lambda i: self.timeline.reload() if self.tabs.widget(i) is self.timeline
                                         else None)
        # Undo/redo act on what is in front: the case's fields or its analysis.
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.addStack(self.analysis.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        self.tabs.currentChanged.connect(lambda i: self.undo_group.setActiveStack(
            self.analysis.undo_stack if self.tabs.widget(i) is self.analysis else self.undo_stack))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.empty_label)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

    def _fill_combo(self, field: str, items: list[tuple[Any, str]]) -> None:
        combo: QComboBox = self.editors[field]  # type: ignore[assignment]
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        combo.blockSignals(False)

    # --- loading -------------------------------------------------------------
    @property
    def case(self) -> Case | None:
        return self._case

    def is_dirty(self) -> bool:
        """Unsaved edits (a red field counts)?  Never for a case the signed-in person cannot change."""
        if not self.rights.edit:
            return False
        self.flush_editors()
        return not self.undo_stack.isClean() or self.invalid_field() is not None

    def flush_editors(self) -> None:
        """Take in what is typed but not yet confirmed (Ctrl+S straight from a field)."""
        if self._case is None or not self.rights.edit:
            return
        for field, editor in self.editors.items():
            if isinstance(editor, (MoneyEdit, OptionalDateEdit)):
                editor.commit()
            self._edited(field)

    def invalid_field(self) -> tuple[str, WorkbenchError] | None:
        """The first field still showing something that could not be read (red), with why."""
        for field, editor in self.editors.items():
            error = getattr(editor, "error", None)
            if error is not None:
                return field, error
        return None

    def load(self, case_id: int | None, empty_text: str = "") -> None:
        """Show a case, or (None) a message in place of the form."""
        if case_id is None:
            self._case = None
            self.undo_stack.clear()
            self.empty_label.setText(empty_text)
            self.pages.setCurrentWidget(self.empty_label)
            self.evidence.show_case(None)
            self.analysis.show_case(None)
            self.rounds.show_case(None)
            self.deadlines.show_case(None)
            self.timeline.show_case(None)
            self.caseShown.emit(False)
            return
        self._show(cases.get_case(self._store, case_id))

    def _show(self, case: Case) -> None:
        self._case = case
        self._loading = True
        try:
            self._fill_combo("assignee_id", [(None, self.tr("(unassigned)"))] +
                             [(s.id, s.name) for s in parties.list_staff(self._store)])
            self._fill_combo("insurer_id", [(i.id, i.name) for i in parties.list_insurers(self._store)])
            self._values = case_values(case)
            for f, v in self._values.items():
                self._put(f, v)
        finally:
            self._loading = False
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.error_label.clear()
        self.title.setText(case.case_number)
        stage = code_label(case.stage) + (f" · {code_label(case.outcome)}" if case.outcome else "")
        self.stage_label.setText(stage)
        self.client_label.setText(f"{case.client.name}　{code_label(case.client.id_type)} {case.client.id_number}"
                                  f"　{case.client.phone}\n{case.client.address}")
        self.insured_label.setText(f"{case.insured.name}　{code_label(case.insured.id_type)} {case.insured.id_number}")
        self._apply_role(case)
        if case.policy:
            p = case.policy
            text = f"{p.number}　{p.product}　{code_label(p.coverage_type)}"
            if p.effective_date:
                text += "\n" + self.tr("Effective {date}").format(date=date_text(p.effective_date))
            self.policy_label.setText(text)
        else:
            self.policy_label.setText(self.tr("(no policy yet: underwriting dispute)")
                                      if case.dispute_kind is DisputeKind.UNDERWRITING else "—")
        self.meta_label.setText(self.tr("Opened {opened} · revision {rev} · last changed {when}").format(
            opened=date_text(case.opened_on), rev=case.meta.revision,
            when=when_text(case.meta.updated_at)))
        self._show_stage_actions(case)
        self._show_history(case)
        if self.evidence._case_id != case.id:
            self.evidence.show_case(case.id)
            self.analysis.show_case(case.id)
            self.rounds.show_case(case.id)
        if self.tabs.currentWidget() is self.timeline or self.timeline._case_id != case.id:
            self.timeline.show_case(case.id)
        self.deadlines.show_case(case.id)  # its dates may just have been edited
        self._update_tab_counts()
        self.pages.setCurrentIndex(0)
        self.setEnabled(True)
        self.caseShown.emit(True)

    def _show_stage_actions(self, case: Case) -> None:
        while self.stage_buttons.count():
            item = self.stage_buttons.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not self.rights.move:
            return
        self.stage_buttons.addWidget(QLabel(self.tr("Move to:")))
        for target in allowed_targets(case.stage):
            button = QPushButton(self._move_text(case.stage, target))
            button.setObjectName(f"move_{target.value}")
            button.clicked.connect(lambda _c=False, t=target: self.move_to(t))
            self.stage_buttons.addWidget(button)
        self.stage_buttons.addStretch(1)

    def _move_text(self, source: Stage, target: Stage) -> str:
        if source in (Stage.DECIDED, Stage.CLOSED) and target not in (Stage.DECIDED, Stage.CLOSED):
            return self.tr("Reopen…")
        if target is Stage.DECIDED:
            return self.tr("Decided…")
        return code_label(target)

    def _show_history(self, case: Case) -> None:
        self.history.clear()
        for h in cases.stage_history(self._store, case.id):
            QTreeWidgetItem(self.history, [
                when_text(h.changed_at), code_label(h.from_stage),
                code_label(h.to_stage), code_label(h.outcome), h.actor, h.reason])
        for col in range(5):
            self.history.resizeColumnToContents(col)

    # --- editing -------------------------------------------------------------
    def field_label(self, field: str) -> str:
        return self.tr("Edit {field}").format(field=self.labels[field])

    def _read(self, field: str) -> Any:
        ed = self.editors[field]
        if isinstance(ed, QCheckBox):
            return ed.isChecked()
        if isinstance(ed, CodeCombo):
            return ed.code()
        if isinstance(ed, QComboBox):
            return ed.currentData()
        if isinstance(ed, QPlainTextEdit):
            return ed.toPlainText()
        if isinstance(ed, QLineEdit) and not isinstance(ed, (MoneyEdit, OptionalDateEdit)):
            return ed.text()
        return ed.value()  # type: ignore[attr-defined]

    def _put(self, field: str, value: Any) -> None:
        ed = self.editors[field]
        ed.blockSignals(True)
        try:
            if isinstance(ed, QCheckBox):
                ed.setChecked(bool(value))
            elif isinstance(ed, CodeCombo):
                ed.set_code(value)
            elif isinstance(ed, QComboBox):
                ed.setCurrentIndex(max(ed.findData(value), 0))
            elif isinstance(ed, QPlainTextEdit):
                if ed.toPlainText() != value:
                    ed.setPlainText(value)
            elif isinstance(ed, (MoneyEdit, OptionalDateEdit)):
                ed.set_value(value)
            elif isinstance(ed, QLineEdit):
                ed.setText(value)
            else:
                ed.set_value(value)  # type: ignore[attr-defined]
        finally:
            ed.blockSignals(False)

    def set_field(self, field: str, value: Any) -> None:
        """Called by undo commands: show `value` without creating another command."""
        self._values[field] = value
        self._put(field, value)

    def _edited(self, field: str, mergeable: bool = False) -> None:
        if self._loading or self._case is None:
            return
        new, old = self._read(field), self._values.get(field)
        if new == old:
            return
        self.error_label.clear()
        self.undo_stack.push(SetFieldCommand(self, field, old, new, mergeable))

    def pending_changes(self) -> dict[str, Any]:
        if self._case is None:
            return {}
        loaded = case_values(self._case)
        return {f: v for f, v in self._values.items() if v != loaded[f]}

    def _show_error(self, exc: WorkbenchError) -> None:
        self.error_label.setText(error_text(exc))
        field = getattr(exc, "field", None)
        if field in self.editors:
            self.editors[field].setFocus()

    def save(self) -> bool:
        """Write the pending edits; False (with the reason shown) if they were refused."""
        if self._case is None:
            return True
        self.flush_editors()
        bad = self.invalid_field()
        if bad is not None:  # never "saved" while a red field keeps its old value
            field, error = bad
            self.error_label.setText(self.tr("Not saved. {field}: {why}").format(
                field=self.labels[field], why=error_text(error)))
            self.editors[field].setFocus()
            return False
        changes = self.pending_changes()
        if not changes:
            self.undo_stack.setClean()
            return True
        case_id, revision = self._case.id, self._case.meta.revision
        try:
            case = confirmed_codes(self, lambda ok: cases.update_case(self._store, case_id, changes, revision,
                                                                      confirmed=ok))
        except ValidationError as exc:
            self._show_error(exc)
            return False
        except WorkbenchError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return False
        if case is None:
            return False
        self._case = case
        self.undo_stack.setClean()
        self._show_saved(case)
        self.saved.emit(case)
        self.caseChanged.emit(case.id)  # its dates may drive the deadlines, its amounts the letter...
        return True

    def _show_saved(self, case: Case) -> None:
        self.meta_label.setText(self.tr("Opened {opened} · revision {rev} · last changed {when}").format(
            opened=date_text(case.opened_on), rev=case.meta.revision,
            when=when_text(case.meta.updated_at)))

    def revert(self) -> None:
        if self._case is not None:
            self._show(cases.get_case(self._store, self._case.id))

    def _update_evidence_tab(self) -> None:
        self.tabs.setTabText(1, self.tr("Evidence ({n})").format(n=self.evidence.model.rowCount()))
        if self.analysis._case_id is not None:
            self.analysis.reload()  # new citations can now support points

    def _update_tab_counts(self) -> None:
        self.tabs.setTabText(3, self.tr("Rounds ({n})").format(n=self.rounds.list.topLevelItemCount()))
        self._update_evidence_tab()

    def _reload_panels(self, case_id: int) -> None:
        if self._case is None or self._case.id != case_id:
            return
        for panel in (self.evidence, self.rounds, self.deadlines, self.timeline):
            panel.reload()
        self._update_tab_counts()  # reloads the analysis too

    def reload_case(self) -> None:
        """The case changed outside this view (a letter issued, a bundle imported): show it as stored."""
        if self._case is not None:
            self._show(cases.get_case(self._store, self._case.id))
            self.caseChanged.emit(self._case.id)

    def _after_round(self) -> None:
        """A round can move the case into negotiation and change points' statuses."""
        if self._case is None:
            return
        before = self._case.stage
        self.reload_case()
        if self._case.stage is not before:
            self.stageChanged.emit(self._case)

    def _update_analysis_tab(self) -> None:
        self.tabs.setTabText(2, self.tr("Analysis ({n})").format(n=self.analysis.point_list.count()))

    def _apply_role(self, case: Case) -> None:
        """What the signed-in user may see and change (the services enforce it; this shows it)."""
        who = self._store.principal
        self.rights = cases.rights(self._store, case)
        can_edit = self.rights.edit
        for editor in self.editors.values():
            editor.setEnabled(can_edit)
        self.editors["assignee_id"].setEnabled(self.rights.assign)
        self.save_button.setEnabled(can_edit)
        self.read_only_note.setVisible(not can_edit)
        self.read_only_note.setText(self.tr("This case is closed: reopen it (giving a reason) to change it.")
                                    if case.stage is Stage.CLOSED and self.rights.move
                                    else self.tr("Read only: your role may look at cases but not change them."))
        for panel in (self.evidence, self.analysis, self.rounds):
            panel.set_writable(can_edit)
        self.edit_client.setEnabled(can_edit and not case.masked)
        self.edit_insured.setEnabled(can_edit and not case.masked)
        self.reveal_button.setVisible(case.masked and who is not None and who.can_reveal)
        if case.summary == HIDDEN_HEALTH:
            self._loading = True  # shown, not an edit
            try:
                self.editors["summary"].setPlainText(health_text(case.summary))
            finally:
                self._loading = False

    def _reveal(self) -> None:
        from ui.reveal_dialog import RevealDialog

        if self._case is not None:
            dialog = RevealDialog(self._store, self._case.id, self)
            dialog.exec()
            dialog.deleteLater()

    def _edit_person(self, which: str) -> None:
        from ui.person_dialog import PersonDialog

        case = self._case
        if case is None or not self.save():
            return
        dialog = PersonDialog(self._store, case.client if which == "client" else case.insured, self)
        accepted = dialog.exec()
        dialog.deleteLater()
        if accepted:
            self._show(cases.get_case(self._store, case.id))
            self.saved.emit(self._case)

    # --- stages --------------------------------------------------------------
    def move_to(self, target: Stage) -> bool:
        case = self._case
        if case is None or not self.save():
            return False
        move = cases.StageMove(target)
        if target is Stage.DECIDED:
            dialog = DecideDialog(case.amount_paid_cents, case.dispute_kind is DisputeKind.CLAIM, self)
            accepted = dialog.exec() == DecideDialog.DialogCode.Accepted
            dialog.deleteLater()
            if not accepted:
                return False
            move = cases.StageMove(target, dialog.chosen_outcome(), amount_paid_cents=dialog.amount.value())
        elif case.stage in (Stage.DECIDED, Stage.CLOSED) and target not in (Stage.DECIDED, Stage.CLOSED):
            dialog = ReasonDialog(self.tr("Reopen {number}").format(number=case.case_number),
                                  self.tr("Why is this case being reopened?"), self)
            accepted = dialog.exec() == ReasonDialog.DialogCode.Accepted
            dialog.deleteLater()
            if not accepted:
                return False
            move = cases.StageMove(target, reason=dialog.reason())
        chosen = move
        try:
            moved = confirmed_codes(self, lambda ok: cases.change_stage(self._store, case.id, replace(chosen,
                                                                                                       confirmed=ok)))
        except WorkbenchError as exc:
            QMessageBox.warning(self, self.tr("Stage not changed"), error_text(exc))
            return False
        if moved is None:
            return False
        self._show(moved)
        self.stageChanged.emit(moved)
        return True
