"""Opening, editing and moving dispute cases through their stages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.enums import ACTIVE_STAGES, DecisionKind, Outcome, Priority, Relationship, Stage
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.models import EDITABLE_CASE_FIELDS, Case, CaseDraft, StageChange
from workbench.domain.money import MAX_CENTS
from workbench.domain.stages import check_transition
from workbench.domain.access import CaseRights, Role, case_rights
from workbench.domain.money import format_cents
from workbench.errors import NeedsConfirmation, Phrase, PermissionDenied, ValidationError
from workbench.services.parties import add_insurer, add_person, add_policy
from workbench.services.records import check_editable, get_for_edit, get_or_fail
from workbench.services.store import Store
from workbench.services.visibility import case_as_seen
from workbench.storage import convert
from workbench.storage.base import utcnow
from workbench.storage.sync_lookup import rows_in
from workbench.storage.rows import (
    CaseCounterRow, CaseRow, InsurerRow, PersonRow, PolicyRow, StaffRow, StageChangeRow,
)

CASE_PREFIX = "FY"


def next_case_number(s: Session, year: int) -> str:
    """FY-2026-0001, FY-2026-0002...: one counter per year, inside the caller's transaction."""
    counter = s.get(CaseCounterRow, year, with_for_update=True)
    if counter is None:
        counter = CaseCounterRow(year=year, last=0)
        s.add(counter)
    counter.last += 1
    return f"{CASE_PREFIX}-{year}-{counter.last:04d}"


def _check_amount(value: Any, field: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0 or value >= MAX_CENTS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An amount must be zero or more, not “{text}”."),
                              field=field, text=str(value))
    return value


# The life of a claim in order: each date, where known, is on or after the ones before it.
DATE_ORDER = ("event_date", "claim_submitted_on", "decision_date", "received_date")
NOT_BEFORE = QT_TRANSLATE_NOOP("Errors", "“{later}” ({later_date}) cannot be before “{earlier}” ({earlier_date}).")
IN_FUTURE = QT_TRANSLATE_NOOP("Errors", "“{what}” ({value}) cannot be in the future.")
DATE_NAMES = {
    "event_date": QT_TRANSLATE_NOOP("Errors", "Date of the insured event"),
    "claim_submitted_on": QT_TRANSLATE_NOOP("Errors", "Claim submitted"),
    "decision_date": QT_TRANSLATE_NOOP("Errors", "Decision date"),
    "received_date": QT_TRANSLATE_NOOP("Errors", "Decision received"),
    "documents_complete_on": QT_TRANSLATE_NOOP("Errors", "Documents complete"),
}
OVER_CLAIMED = QT_TRANSLATE_NOOP(
    "Errors", "{what} ({amount}) is more than the amount claimed ({claimed}). Check it, or confirm it is right.")
OVER_CODES = {"amount_offered_cents": QT_TRANSLATE_NOOP("Errors", "The amount offered"),
              "amount_paid_cents": QT_TRANSLATE_NOOP("Errors", "The amount paid")}


def _check_dates(values: dict[str, Any], today: date, changed: set[str] | None = None) -> None:
    """Dates in the order a claim lives them, none but 'received' after today.  With `changed`, only
    what those fields take part in is checked (an old record's odd pair does not block every edit)."""
    def concerns(*fields: str) -> bool:
        return changed is None or any(f in changed for f in fields)

    known = [(f, values.get(f)) for f in DATE_ORDER if values.get(f) is not None]
    for f, value in known:
        if value > today and f != "received_date" and concerns(f):
            raise ValidationError(IN_FUTURE, field=f, what=Phrase(DATE_NAMES[f]), value=value.isoformat())
    pairs = list(zip(known, known[1:], strict=False))
    done, filed = values.get("documents_complete_on"), values.get("claim_submitted_on")
    if done and filed:
        pairs.append((("claim_submitted_on", filed), ("documents_complete_on", done)))
    for (earlier, a), (later, b) in pairs:
        if b < a and concerns(earlier, later):
            raise ValidationError(NOT_BEFORE, field=later, later=Phrase(DATE_NAMES[later]), later_date=b.isoformat(),
                                  earlier=Phrase(DATE_NAMES[earlier]), earlier_date=a.isoformat())


def _check_amounts(values: dict[str, Any], confirmed: frozenset[str]) -> None:
    """Offered or paid above the amount claimed happens (interest, a later bill) but is usually a typo."""
    claimed = values.get("amount_claimed_cents")
    for f, what in OVER_CODES.items():
        amount = values.get(f)
        if claimed is not None and amount is not None and amount > claimed and f not in confirmed:
            raise NeedsConfirmation(OVER_CLAIMED, code=f, field=f, what=Phrase(what), amount=format_cents(amount),
                                    claimed=format_cents(claimed))


def create_case(store: Store, draft: CaseDraft, today: date | None = None,
                confirmed: frozenset[str] = frozenset()) -> Case:
    """Open a case, creating the client, insured, insurer and policy if drafts are given.
    `confirmed` names the NeedsConfirmation codes the person has confirmed."""
    today = today or date.today()
    ws = store.workstation_id
    _check_dates({"decision_date": draft.decision_date, "received_date": draft.received_date}, today)
    claimed = _check_amount(draft.amount_claimed_cents, "amount_claimed_cents")
    offered = _check_amount(draft.amount_offered_cents, "amount_offered_cents")
    _check_amounts({"amount_claimed_cents": claimed, "amount_offered_cents": offered}, confirmed)
    with store.unit_of_work() as s:
        client = _person(s, draft.client_id, draft.client, "client", ws)
        if draft.insured_is_client:
            insured, relationship = client, Relationship.SELF
        else:
            insured, relationship = _person(s, draft.insured_id, draft.insured, "insured", ws), draft.relationship
        if draft.insurer_id is not None:
            insurer = get_or_fail(s, InsurerRow, draft.insurer_id)
        elif draft.insurer is not None:
            insurer = add_insurer(s, draft.insurer, ws)
        else:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the insurer."), field="insurer")
        policy_row = None
        if draft.policy_id is not None:
            policy_row = get_or_fail(s, PolicyRow, draft.policy_id)
        elif draft.policy is not None:
            policy_row = add_policy(s, draft.policy, insurer.id, client.id, ws)
        assignee_id = _assignee_of_new_case(store, draft.assignee_id)
        if assignee_id is not None:
            get_or_fail(s, StaffRow, assignee_id)
        opened = draft.opened_on or today
        row = CaseRow(
            case_number=next_case_number(s, opened.year), client_id=client.id, insured_id=insured.id,
            relationship_code=relationship.value, insurer_id=insurer.id,
            policy_id=policy_row.id if policy_row else None, claim_number=draft.claim_number.strip(),
            dispute_kind=draft.decision_kind.dispute_kind.value, decision_kind=draft.decision_kind.value,
            decision_date=draft.decision_date, received_date=draft.received_date,
            amount_claimed_cents=claimed, amount_offered_cents=offered, amount_paid_cents=None,
            stage=Stage.INTAKE.value, outcome=None, assignee_id=assignee_id,
            priority=draft.priority.value, opened_on=opened, closed_on=None, summary=draft.summary.strip(),
            workstation_id=ws,
        )
        s.add(row)
        s.flush()
        s.add(StageChangeRow(case_id=row.id, from_stage=None, to_stage=Stage.INTAKE.value, outcome=None,
                             reason="", actor=store.actor, changed_at=utcnow(), workstation_id=ws))
        s.flush()
        s.refresh(row)
        changed = convert.case(row)
    return case_as_seen(store, changed)


ASSIGN_LEADS = QT_TRANSLATE_NOOP("Errors", "Only a team lead assigns cases to specialists.")
NO_STAFF_LINK = QT_TRANSLATE_NOOP(
    "Errors", "Your account is not linked to a member of staff, so a new case could not be yours. Ask the "
              "administrator to link it (File → Team…).")


def _assignee_of_new_case(store: Store, chosen: int | None) -> int | None:
    """A specialist's new case is theirs; a team lead's goes to whom they choose (themselves by default)."""
    who = store.principal
    if who is None:
        return chosen
    if who.role is Role.SPECIALIST:
        if who.staff_id is None:
            raise ValidationError(NO_STAFF_LINK, field="assignee")
        if chosen not in (None, who.staff_id):
            raise PermissionDenied(ASSIGN_LEADS)
        return who.staff_id
    return chosen if chosen is not None else who.staff_id


def _may_reassign(store: Store, row: CaseRow, values: dict[str, Any]) -> None:
    if "assignee_id" in values and values["assignee_id"] != row.assignee_id and not case_rights(
            store.principal, row.assignee_id, row.stage == Stage.CLOSED.value).assign:
        raise PermissionDenied(ASSIGN_LEADS)


def _person(s: Session, person_id: int | None, draft: Any, field: str, ws: str) -> PersonRow:
    if person_id is not None:
        return get_or_fail(s, PersonRow, person_id)
    if draft is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This field is required."), field=field)
    try:
        return add_person(s, draft, ws)
    except ValidationError as exc:
        exc.field = f"{field}.{exc.field}" if exc.field else field
        raise


def _live_case(s: Session, case_id: int) -> CaseRow:
    return get_or_fail(s, CaseRow, case_id)


def get_case(store: Store, case_id: int) -> Case:
    """The case as the signed-in user may see it."""
    return case_as_seen(store, unmasked_case(store, case_id))


def unmasked_case(store: Store, case_id: int) -> Case:
    """The case with personal data in full: only for the masking policy itself (visibility.reveal)."""
    with store.unit_of_work() as s:
        return convert.case(_live_case(s, case_id))


def find_case_id(store: Store, case_number: str) -> int | None:
    with store.unit_of_work() as s:
        return s.scalar(select(CaseRow.id).where(CaseRow.case_number == case_number.strip().upper(),
                                                 CaseRow.deleted_at.is_(None)))


def _coerce(field: str, value: Any) -> Any:
    """Turn a UI/CLI value into the stored form, refusing what does not fit."""
    if field == "decision_kind":
        return DecisionKind(value).value
    if field == "priority":
        return Priority(value).value
    if field == "relationship":
        return Relationship(value).value
    if field.endswith("_cents"):
        return _check_amount(value, field)
    if field in ("claim_number", "summary"):
        return str(value).strip()
    if field == "complaint_complex":
        return bool(value)
    return value


def update_case(store: Store, case_id: int, changes: dict[str, Any], expected_revision: int,
                today: date | None = None, confirmed: frozenset[str] = frozenset()) -> Case:
    """Apply field edits in one transaction.

    `expected_revision` is the revision the editor started from: if someone saved
    in between, ConflictError is raised instead of overwriting their change.
    """
    check_editable(changes, EDITABLE_CASE_FIELDS)
    with store.unit_of_work() as s:
        row = get_for_edit(s, CaseRow, case_id, expected_revision, QT_TRANSLATE_NOOP(
            "Errors", "Case {number} was changed elsewhere since you opened it. Reload it and apply your edits again."),
            number=lambda r: r.case_number)
        values = {f: _coerce(f, v) for f, v in changes.items()}
        _may_reassign(store, row, values)
        if "insurer_id" in values:
            get_or_fail(s, InsurerRow, values["insurer_id"])
        if values.get("policy_id") is not None:
            get_or_fail(s, PolicyRow, values["policy_id"])
        if values.get("assignee_id") is not None:
            get_or_fail(s, StaffRow, values["assignee_id"])
        after = {f: values.get(f, getattr(row, f)) for f in (*DATE_ORDER, "documents_complete_on", *OVER_CODES,
                                                             "amount_claimed_cents")}
        _check_dates(after, today or date.today(), set(values))
        if any(f in values for f in (*OVER_CODES, "amount_claimed_cents")):
            _check_amounts(after, confirmed)
        for f, v in values.items():
            setattr(row, "relationship_code" if f == "relationship" else f, v)
        if "decision_kind" in values:
            row.dispute_kind = DecisionKind(values["decision_kind"]).dispute_kind.value
        if values:
            row.touch(store.workstation_id)
        s.flush()
        changed = convert.case(row)
    return case_as_seen(store, changed)


@dataclass(frozen=True, slots=True)
class StageMove:
    target: Stage
    outcome: Outcome | None = None
    reason: str = ""
    amount_paid_cents: int | None = None
    confirmed: frozenset[str] = frozenset()  # NeedsConfirmation codes confirmed (paid more than claimed)


def change_stage(store: Store, case_id: int, move: StageMove, today: date | None = None) -> Case:
    """Move a case to another stage; the state machine decides what is allowed."""
    today = today or date.today()
    with store.unit_of_work() as s:
        row = _live_case(s, case_id)
        source = Stage(row.stage)
        t = check_transition(source, move.target, move.outcome, move.reason)
        row.stage = move.target.value
        if move.target is Stage.DECIDED:
            row.outcome = move.outcome.value if move.outcome else None
            row.decided_on = today
            if move.amount_paid_cents is not None:
                row.amount_paid_cents = _check_amount(move.amount_paid_cents, "amount_paid_cents")
                _check_amounts({"amount_claimed_cents": row.amount_claimed_cents,
                                "amount_paid_cents": row.amount_paid_cents}, move.confirmed)
        elif move.target is Stage.CLOSED:
            row.closed_on = today
        elif t.is_reopen:
            row.outcome = None
            row.closed_on = None
            row.decided_on = None
        row.touch(store.workstation_id)
        s.add(StageChangeRow(case_id=row.id, from_stage=source.value, to_stage=move.target.value,
                             outcome=move.outcome.value if move.outcome else None, reason=move.reason.strip(),
                             actor=store.actor, changed_at=utcnow(), workstation_id=store.workstation_id))
        s.flush()
        changed = convert.case(row)
    return case_as_seen(store, changed)


def stage_history(store: Store, case_id: int) -> list[StageChange]:
    with store.unit_of_work() as s:
        rows = s.scalars(select(StageChangeRow).where(StageChangeRow.case_id == case_id)
                         .order_by(StageChangeRow.changed_at, StageChangeRow.id))
        return [convert.stage_change(r) for r in rows]


DELETE_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Errors", "Only a team lead, or the specialist the case is assigned to, may delete or restore case {number}.")
DELETE_REASON = QT_TRANSLATE_NOOP("Errors", "Say why the case is deleted (at least a few words); the reason is recorded.")


def rights(store: Store, case: Case) -> CaseRights:
    """What the signed-in person may do with `case` (the window enables its buttons by this)."""
    return case_rights(store.principal, case.assignee.id if case.assignee else None, case.stage is Stage.CLOSED)


def _may_delete(store: Store, row: CaseRow) -> None:
    if not case_rights(store.principal, row.assignee_id, row.stage == Stage.CLOSED.value).delete:
        raise PermissionDenied(DELETE_NOT_ALLOWED, number=row.case_number)


def delete_case(store: Store, case_id: int, reason: str) -> None:
    """Soft delete: the row stays as a tombstone so sync can carry the deletion, and a team lead
    (or the assignee) can restore it from the deleted cases."""
    from workbench.services import audit

    if len(reason.strip()) < 4:
        raise ValidationError(DELETE_REASON, field="reason")
    with store.unit_of_work() as s:
        row = _live_case(s, case_id)
        _may_delete(store, row)
        row.deleted_at = utcnow()
        row.touch(store.workstation_id)
        subject = f"dispute_case {row.uuid} {row.case_number}"
    audit.record(store, "case_deleted", subject, {"reason": reason.strip()})


@dataclass(frozen=True, slots=True)
class DeletedCase:
    case: Case
    deleted_at: datetime
    deleted_by: str = ""  # "" when the deletion came in a bundle (the audit trail is each workstation's own)
    reason: str = ""


def deleted_cases(store: Store) -> list[DeletedCase]:
    """Deleted cases, newest deletion first, as the signed-in user may see them, with who
    deleted each and why, as this workstation's audit trail recorded it."""
    import json

    from workbench.storage.rows import AuditRow, UserRow

    with store.unit_of_work() as s:
        rows = s.scalars(select(CaseRow).where(CaseRow.deleted_at.is_not(None)).order_by(CaseRow.deleted_at.desc()))
        found = [(convert.case(r), r.deleted_at) for r in rows]
        subjects = {f"dispute_case {c.meta.uuid} {c.case_number}": c.id for c, _ in found}
        why: dict[int, tuple[str, str]] = {}
        for subject, actor, details in rows_in(
                s, lambda part: select(AuditRow.subject, AuditRow.actor, AuditRow.details)
                .where(AuditRow.action == "case_deleted", AuditRow.subject.in_(part)).order_by(AuditRow.seq), subjects):
            why[subjects[subject]] = (actor, str(json.loads(details or "{}").get("reason", "")))
        # The trail names accounts; people read names ("lead" → 林慧敏).
        names = dict(s.execute(select(UserRow.username, UserRow.display_name)
                               .where(UserRow.username.in_({a for a, _ in why.values()}))).all())
        why = {k: (names.get(a) or a, r) for k, (a, r) in why.items()}
    return [DeletedCase(case_as_seen(store, c), at, *why.get(c.id, ("", ""))) for c, at in found]


def restore_case(store: Store, case_id: int) -> Case:
    """Bring a deleted case back into the lists."""
    from workbench.services import audit

    with store.unit_of_work() as s:
        row = get_or_fail(s, CaseRow, case_id, include_deleted=True)
        _may_delete(store, row)
        row.deleted_at = None
        row.touch(store.workstation_id)
        s.flush()
        restored = convert.case(row)
    audit.record(store, "case_restored", f"dispute_case {restored.meta.uuid} {restored.case_number}")
    return case_as_seen(store, restored)


def is_open(stage: Stage) -> bool:
    return stage in ACTIVE_STAGES
