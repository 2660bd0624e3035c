"""Open a new dispute case.  The client, insured person, insurer and policy can
be picked from what exists or created on the fly; nothing is written until OK,
and a refused entry keeps everything typed so far."""

from __future__ import annotations


from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from ui.dialog_parts import accept_cancel, confirmed_codes, error_label
from ui.fields import CodeCombo, MoneyEdit, OptionalDateEdit
from ui.words import error_text
from workbench.domain.enums import CoverageType, DecisionKind, IdType, Priority, Relationship
from workbench.domain.models import Case, CaseDraft, InsurerDraft, Person, PersonDraft, PolicyDraft
from workbench.errors import ValidationError, WorkbenchError
from workbench.domain.access import Role
from workbench.services import cases, parties
from workbench.services.store import Store


class PersonFields(QGroupBox):
    """Name (with completion over existing people), ID type and number, phone, address."""

    def __init__(self, title: str, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._store = store
        self._existing: Person | None = None
        self._matches: dict[str, Person] = {}
        self.name = QLineEdit()
        self.id_type = CodeCombo(IdType)
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(40)
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.linked = QLabel()
        self.linked.setStyleSheet("color: #1a5fb4")
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(self._completer)
        self.name.textEdited.connect(self._search)
        self._completer.activated.connect(self._pick)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("ID type"), self.id_type)
        form.addRow(self.tr("ID number"), self.id_number)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address"), self.address)
        form.addRow("", self.linked)

    def _search(self, text: str) -> None:
        self._unlink()
        if len(text.strip()) < 1:
            return
        found = parties.find_persons(self._store, text, limit=20)
        self._matches = {f"{p.name}  {p.id_number}": p for p in found}
        self._completer.model().setStringList(list(self._matches))  # type: ignore[attr-defined]

    def _pick(self, key: str) -> None:
        person = self._matches.get(key)
        if person is None:
            return
        self._existing = person
        self.name.setText(person.name)
        self.id_type.set_code(person.id_type)
        self.id_number.setText(person.id_number)
        self.phone.setText(person.phone)
        self.address.setText(person.address)
        for w in (self.id_type, self.id_number, self.phone, self.address):
            w.setEnabled(False)
        self.linked.setText(self.tr("Existing person: the case will refer to this record."))

    def _unlink(self) -> None:
        if self._existing is not None:
            self._existing = None
            for w in (self.id_type, self.id_number, self.phone, self.address):
                w.setEnabled(True)
            self.linked.clear()

    def existing_id(self) -> int | None:
        return self._existing.id if self._existing else None

    def draft(self) -> PersonDraft:
        return PersonDraft(self.name.text(), self.id_type.code(), self.id_number.text(),
                           self.phone.text(), self.address.text())

    def widget_for(self, field: str) -> QWidget:
        return {"name": self.name, "id_number": self.id_number}.get(field, self.name)


class NewCaseDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New dispute case"))
        self._store = store
        self.created: Case | None = None

        self.decision_kind = CodeCombo(DecisionKind)
        self.client = PersonFields(self.tr("Client (policyholder)"), store)
        self.same_person = QCheckBox(self.tr("The insured person is the client"))
        self.same_person.setChecked(True)
        self.insured = PersonFields(self.tr("Insured person"), store)
        self.relationship = CodeCombo(Relationship, members=[r for r in Relationship if r is not Relationship.SELF])
        self.insured.layout().addRow(self.tr("Relationship to client"), self.relationship)  # type: ignore[union-attr]
        self.insured.setVisible(False)
        self.same_person.toggled.connect(lambda same: self.insured.setVisible(not same))

        self.insurer = QComboBox()
        self.insurer.setEditable(True)
        self.insurer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for ins in parties.list_insurers(store):
            self.insurer.addItem(ins.name, ins.id)
        self.insurer.setCurrentIndex(-1)
        self.insurer.lineEdit().setPlaceholderText(self.tr("Choose, or type a new insurer's name"))
        self.claims_address = QLineEdit()
        self.claims_address.setPlaceholderText(self.tr("Only for a new insurer"))

        self.policy_number = QLineEdit()
        self.product = QLineEdit()
        self.coverage = CodeCombo(CoverageType)
        self.effective = OptionalDateEdit()
        self.sum_insured = MoneyEdit()

        self.claim_number = QLineEdit()
        self.decision_date = OptionalDateEdit()
        self.decision_date.set_value(QDate.currentDate().toPython())
        self.received_date = OptionalDateEdit()
        self.received_date.set_value(QDate.currentDate().toPython())
        self.claimed = MoneyEdit()
        self.offered = MoneyEdit()
        self.assignee = QComboBox()
        self.assignee.addItem(self.tr("(unassigned)"), None)
        for s in parties.list_staff(store):
            self.assignee.addItem(s.name, s.id)
        # The signed-in person's own cases by default; only a team lead gives a case to someone else.
        who = store.principal
        if who is not None and who.staff_id is not None:
            self.assignee.setCurrentIndex(max(0, self.assignee.findData(who.staff_id)))
        self.assignee.setEnabled(who is None or who.role is Role.TEAM_LEAD)
        self.priority = CodeCombo(Priority)
        self.priority.set_code(Priority.NORMAL)
        self.summary = QPlainTextEdit()
        self.summary.setMaximumHeight(70)

        insurer_box = QGroupBox(self.tr("Insurer and policy"))
        f = QFormLayout(insurer_box)
        f.addRow(self.tr("Insurer"), self.insurer)
        f.addRow(self.tr("Claims department address"), self.claims_address)
        f.addRow(self.tr("Policy no."), self.policy_number)
        f.addRow(self.tr("Product"), self.product)
        f.addRow(self.tr("Coverage"), self.coverage)
        f.addRow(self.tr("Effective date"), self.effective)
        f.addRow(self.tr("Sum insured (CNY)"), self.sum_insured)

        decision_box = QGroupBox(self.tr("The insurer's decision"))
        g = QFormLayout(decision_box)
        g.addRow(self.tr("Decision"), self.decision_kind)
        g.addRow(self.tr("Claim no."), self.claim_number)
        g.addRow(self.tr("Decision date"), self.decision_date)
        g.addRow(self.tr("Received"), self.received_date)
        g.addRow(self.tr("Amount claimed (CNY)"), self.claimed)
        g.addRow(self.tr("Amount offered (CNY)"), self.offered)
        g.addRow(self.tr("Assignee"), self.assignee)
        g.addRow(self.tr("Priority"), self.priority)
        g.addRow(self.tr("Summary"), self.summary)

        self.error = error_label()
        for money in (self.claimed, self.offered, self.sum_insured):
            money.invalid.connect(lambda exc: self.error.setText(error_text(exc)))
        buttons = accept_cancel(self, text=self.tr("Open case"))

        left = QVBoxLayout()
        left.addWidget(self.client)
        left.addWidget(self.same_person)
        left.addWidget(self.insured)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(insurer_box)
        right.addWidget(decision_box)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def draft(self) -> CaseDraft:
        insurer_id = None
        insurer_draft = None
        name = self.insurer.currentText().strip()
        idx = self.insurer.findText(name, Qt.MatchFlag.MatchFixedString)
        if idx >= 0:
            insurer_id = self.insurer.itemData(idx)
        elif name:
            insurer_draft = InsurerDraft(name, claims_address=self.claims_address.text())
        policy = None
        if self.policy_number.text().strip():
            policy = PolicyDraft(self.policy_number.text(), self.product.text(), self.coverage.code(),
                                 self.effective.value(), self.sum_insured.value())
        same = self.same_person.isChecked()
        return CaseDraft(
            decision_kind=self.decision_kind.code(),
            client_id=self.client.existing_id(), client=None if self.client.existing_id() else self.client.draft(),
            insured_is_client=same,
            insured_id=None if same else self.insured.existing_id(),
            insured=None if same or self.insured.existing_id() else self.insured.draft(),
            relationship=Relationship.SELF if same else self.relationship.code(),
            insurer_id=insurer_id, insurer=insurer_draft, policy=policy,
            claim_number=self.claim_number.text(), decision_date=self.decision_date.value(),
            received_date=self.received_date.value(), amount_claimed_cents=self.claimed.value(),
            amount_offered_cents=self.offered.value(), assignee_id=self.assignee.currentData(),
            priority=self.priority.code(), summary=self.summary.toPlainText(),
        )

    def _unreadable(self) -> str:
        """What a red field says, led by its name; '' when every field could be read."""
        named = ((self.effective, self.tr("Effective date")), (self.decision_date, self.tr("Decision date")),
                 (self.received_date, self.tr("Received")), (self.claimed, self.tr("Amount claimed (CNY)")),
                 (self.offered, self.tr("Amount offered (CNY)")), (self.sum_insured, self.tr("Sum insured (CNY)")))
        for editor, name in named:
            editor.commit()
            if editor.error is not None:
                editor.setFocus()
                return self.tr("{field}: {why}").format(field=name, why=error_text(editor.error))
        return ""

    def accept(self) -> None:
        unreadable = self._unreadable()
        if unreadable:
            self.error.setText(unreadable)
            return
        try:
            draft = self.draft()
            self.created = confirmed_codes(self, lambda ok: cases.create_case(self._store, draft, confirmed=ok))
            if self.created is None:
                return
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self._focus(exc.field or "")
            return
        except WorkbenchError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()

    def _focus(self, field: str) -> None:
        group, _, sub = field.partition(".")
        target: QWidget = {"client": self.client, "insured": self.insured}.get(group, self.insurer)  # type: ignore[assignment]
        if isinstance(target, PersonFields):
            target = target.widget_for(sub)
        elif field == "insurer" or field == "insurer_name":
            target = self.insurer
        elif field == "policy_number":
            target = self.policy_number
        elif field in ("decision_date", "received_date"):
            target = getattr(self, field)
        target.setFocus()
