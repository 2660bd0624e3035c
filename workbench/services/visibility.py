"""The masking policy (domain/access.py) applied to what services hand out."""

from __future__ import annotations

import time
from dataclasses import replace

from workbench.domain.access import HIDDEN_HEALTH, Principal, person_view
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.models import Case, Person
from workbench.errors import PermissionDenied, ValidationError
from workbench.services.store import Store

VIEW_LOG_SECONDS = 600  # opening the same case again within this time is not logged again


def person_as_seen(who: Principal | None, person: Person, assignee_id: int | None) -> tuple[Person, bool]:
    v = person_view(who, assignee_id, person.name, person.id_number, person.phone, person.address)
    if not v.masked:
        return person, False
    return replace(person, name=v.name, id_number=v.id_number, phone=v.phone, address=v.address), True


def case_as_seen(store: Store, case: Case) -> Case:
    """`case` as the signed-in user may see it; viewing personal data in full is recorded."""
    who = store.principal
    if who is None:
        return case
    assignee = case.assignee.id if case.assignee else None
    client, masked = person_as_seen(who, case.client, assignee)
    insured, _ = person_as_seen(who, case.insured, assignee)
    summary = case.summary if who.sees_health else HIDDEN_HEALTH
    if not masked:
        _note_view(store, case)
    return replace(case, client=client, insured=insured, summary=summary, masked=masked)


def own_people(who: Principal):  # type: ignore[no-untyped-def]
    """A query of the ids of the people on live cases assigned to `who`: the people a
    specialist sees in full outside any one case (pickers, lookups, import previews)."""
    from sqlalchemy import select

    from workbench.storage.rows import CaseRow

    mine = (CaseRow.assignee_id == who.staff_id) & CaseRow.deleted_at.is_(None)
    return select(CaseRow.client_id).where(mine).union(select(CaseRow.insured_id).where(mine))


def _note_view(store: Store, case: Case) -> None:
    from workbench.services import audit

    seen = store.viewed_cases
    now = time.monotonic()
    if now - seen.get(case.id, -VIEW_LOG_SECONDS) < VIEW_LOG_SECONDS:
        return
    seen[case.id] = now
    audit.record(store, "view_personal", f"dispute_case {case.meta.uuid} {case.case_number}")


REVEAL_NOT_ALLOWED = QT_TRANSLATE_NOOP("Errors", "Your role may not reveal masked personal data.")
REVEAL_REASON = QT_TRANSLATE_NOOP("Errors", "Say why you need to see it (at least a few words); the reason is recorded.")
REVEALABLE = ("name", "id_number", "phone", "address")


def reveal(store: Store, case_id: int, field: str, reason: str) -> str:
    """One personal field of a case in full, for a role allowed to ask; the reveal and its reason are recorded."""
    from workbench.services import audit, cases

    who = store.principal
    whose, _, name = field.partition(".")
    if whose not in ("client", "insured") or name not in REVEALABLE:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} is not a field that can be revealed."), field=field)
    if who is not None and not who.can_reveal and not who.sees_everyone_in_full:
        raise PermissionDenied(REVEAL_NOT_ALLOWED)
    if len(reason.strip()) < 4:
        raise ValidationError(REVEAL_REASON, field="reason")
    case = cases.unmasked_case(store, case_id)
    value = getattr(getattr(case, whose), name)
    audit.record(store, "reveal", f"dispute_case {case.meta.uuid} {case.case_number}",
                 {"field": field, "reason": reason.strip()})
    return value
