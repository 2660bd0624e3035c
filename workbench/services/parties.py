"""Clients, insured persons, insurers, policies and staff."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from workbench.domain.enums import IdType
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.models import (
    Insurer, InsurerDraft, Person, PersonDraft, Policy, PolicyDraft, Staff,
)
from workbench.domain.resident_id import validate_resident_id
from workbench.domain.access import Role
from workbench.errors import NotFoundError, PermissionDenied, ValidationError
from workbench.services.records import get_for_edit
from workbench.services.store import Store
from workbench.storage import convert
from workbench.services.visibility import own_people, person_as_seen
from workbench.storage.rows import CaseRow, InsurerRow, PersonRow, PolicyRow, StaffRow


def _required(value: str, field: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This field is required."), field=field)
    return value


def validate_person(draft: PersonDraft, prefix: str = "") -> PersonDraft:
    """Trim and check a person; a resident ID must pass GB 11643."""
    name = _required(draft.name, f"{prefix}name")
    number = draft.id_number.strip()
    if draft.id_type is IdType.RESIDENT_ID:
        number = validate_resident_id(number, field=f"{prefix}id_number")
    elif not number:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This field is required."), field=f"{prefix}id_number")
    return PersonDraft(name, draft.id_type, number, draft.phone.strip(), draft.address.strip())


def add_person(s: Session, draft: PersonDraft, workstation_id: str) -> PersonRow:
    d = validate_person(draft)
    row = PersonRow(name=d.name, id_type=d.id_type.value, id_number=d.id_number, phone=d.phone,
                    address=d.address, workstation_id=workstation_id)
    s.add(row)
    s.flush()
    return row


def add_insurer(s: Session, draft: InsurerDraft, workstation_id: str) -> InsurerRow:
    row = InsurerRow(name=_required(draft.name, "insurer_name"), claims_address=draft.claims_address.strip(),
                     underwriting_address=draft.underwriting_address.strip(), contacts=draft.contacts.strip(),
                     workstation_id=workstation_id)
    s.add(row)
    s.flush()
    return row


def add_policy(s: Session, draft: PolicyDraft, insurer_id: int, holder_id: int | None,
               workstation_id: str) -> PolicyRow:
    row = PolicyRow(insurer_id=insurer_id, holder_id=holder_id, number=_required(draft.number, "policy_number"),
                    product=draft.product.strip(), coverage_type=draft.coverage_type.value,
                    effective_date=draft.effective_date, sum_insured_cents=draft.sum_insured_cents,
                    premium_cents=draft.premium_cents, workstation_id=workstation_id)
    s.add(row)
    s.flush()
    return row


def create_person(store: Store, draft: PersonDraft) -> Person:
    with store.unit_of_work() as s:
        return convert.person(add_person(s, draft, store.workstation_id))


NOT_YOURS = QT_TRANSLATE_NOOP(
    "Errors", "Only the specialist a case is assigned to, or a team lead, may change this person's details.")


def _may_edit_person(s: Session, store: Store, person_id: int) -> None:
    who = store.principal
    if who is None or who.sees_everyone_in_full:
        return
    if who.role is Role.SPECIALIST and who.staff_id is not None and s.scalar(select(CaseRow.id).where(
            or_(CaseRow.client_id == person_id, CaseRow.insured_id == person_id),
            CaseRow.assignee_id == who.staff_id, CaseRow.deleted_at.is_(None)).limit(1)) is not None:
        return
    raise PermissionDenied(NOT_YOURS)


def update_person(store: Store, person_id: int, draft: PersonDraft, expected_revision: int) -> Person:
    """Correct a client's or insured person's details (validated as on creation)."""
    with store.unit_of_work() as s:
        _may_edit_person(s, store, person_id)  # before validating: a masked draft must be refused as such
    d = validate_person(draft)
    with store.unit_of_work() as s:
        row = get_for_edit(s, PersonRow, person_id, expected_revision, QT_TRANSLATE_NOOP(
            "Errors", "{name}'s details were changed elsewhere since you opened them. Reload and try again."),
            name=lambda r: r.name)
        row.name, row.id_type, row.id_number = d.name, d.id_type.value, d.id_number
        row.phone, row.address = d.phone, d.address
        row.touch(store.workstation_id)
        s.flush()
        return convert.person(row)


NOBODY = QT_TRANSLATE_NOOP("Errors", "Nobody you may see has ID number {number}.")
LOOKUP_ROLES = QT_TRANSLATE_NOOP("Errors", "Your role does not look people up by ID number.")


def find_person_by_id_number(store: Store, id_number: str) -> Person | None:
    """The person with this ID number, for trusted code (no principal) and team leads."""
    with store.unit_of_work() as s:
        row = s.scalars(select(PersonRow).where(PersonRow.id_number == id_number.strip().upper(),
                                                PersonRow.deleted_at.is_(None)).limit(1)).first()
        return convert.person(row) if row else None


def look_up_person(store: Store, id_number: str) -> Person:
    """A person's details by ID number, as `workbench person` shows them, recorded in the audit
    trail.  A team lead finds anyone; a specialist only the people of their own cases, and is
    told the same for someone not on record as for someone on a colleague's case (no oracle);
    other roles do not look people up."""
    from workbench.services import audit

    who = store.principal
    number = id_number.strip().upper()
    if who is not None and not who.sees_everyone_in_full and who.role is not Role.SPECIALIST:
        raise PermissionDenied(LOOKUP_ROLES)
    with store.unit_of_work() as s:
        q = select(PersonRow).where(PersonRow.id_number == number, PersonRow.deleted_at.is_(None))
        if who is not None and not who.sees_everyone_in_full:
            q = q.where(PersonRow.id.in_(own_people(who)) if who.staff_id is not None else PersonRow.id.is_(None))
        row = s.scalars(q.limit(1)).first()
        person = convert.person(row) if row else None
    if person is None:
        raise NotFoundError(NOBODY, number=number)
    if who is not None:
        audit.record(store, "view_personal", f"person {person.meta.uuid}")
    return person


def create_insurer(store: Store, draft: InsurerDraft) -> Insurer:
    with store.unit_of_work() as s:
        return convert.insurer(add_insurer(s, draft, store.workstation_id))


def create_staff(store: Store, name: str, title: str = "", email: str = "") -> Staff:
    with store.unit_of_work() as s:
        row = StaffRow(name=_required(name, "name"), title=title.strip(), email=email.strip(),
                       workstation_id=store.workstation_id)
        s.add(row)
        s.flush()
        return convert.staff(row)


def list_insurers(store: Store) -> list[Insurer]:
    with store.unit_of_work() as s:
        rows = s.scalars(select(InsurerRow).where(InsurerRow.deleted_at.is_(None)).order_by(InsurerRow.name_key))
        return [convert.insurer(r) for r in rows]


def list_staff(store: Store, active_only: bool = True) -> list[Staff]:
    with store.unit_of_work() as s:
        q = select(StaffRow).where(StaffRow.deleted_at.is_(None)).order_by(StaffRow.name_key)
        if active_only:
            q = q.where(StaffRow.active.is_(True))
        return [convert.staff(r) for r in s.scalars(q)]


def find_persons(store: Store, text: str, limit: int = 50) -> list[Person]:
    """People to pick as a new case's client: whose name or ID number contains `text`.
    A team lead searches everyone.  A specialist searches the people of their own cases (shown
    in full), and finds anyone else only by the whole ID number, masked: a search under the
    masks would spell out a colleague's client character by character.  `%` and `_` are
    literal."""
    who = store.principal
    typed = text.strip()
    escaped = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    contains = or_(PersonRow.name.like(f"%{escaped}%", escape="\\"),
                   PersonRow.id_number.like(f"%{escaped}%", escape="\\"))
    q = select(PersonRow).where(PersonRow.deleted_at.is_(None))
    if who is None or who.sees_everyone_in_full:
        q = q.where(contains)
    elif who.role is Role.SPECIALIST and who.staff_id is not None:
        q = q.where(or_(contains & PersonRow.id.in_(own_people(who)), PersonRow.id_number == typed.upper()))
    else:
        return []  # other roles open no cases
    with store.unit_of_work() as s:
        rows = s.scalars(q.order_by(PersonRow.name_key).limit(limit)).all()
        own = set(s.scalars(own_people(who))) if who is not None and who.staff_id is not None else set()
        found = [convert.person(r) for r in rows]
    if who is None or who.sees_everyone_in_full:
        return found
    return [p if p.id in own else person_as_seen(who, p, None)[0] for p in found]


def policies_of(store: Store, insurer_id: int) -> list[Policy]:
    with store.unit_of_work() as s:
        rows = s.scalars(select(PolicyRow).where(PolicyRow.insurer_id == insurer_id,
                                                 PolicyRow.deleted_at.is_(None)).order_by(PolicyRow.number))
        return [convert.policy(r) for r in rows]


