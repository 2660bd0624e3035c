"""The team's members of staff: the people cases are assigned to and whose name, title and
phone letters print.  Kept by administrators (File → Team…, `workbench staff`); an account for
a specialist or team lead creates or links its member of staff (accounts.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.models import Staff
from workbench.errors import PermissionDenied, ValidationError
from workbench.services.records import get_or_fail
from workbench.services.store import Store
from workbench.storage import convert
from workbench.storage.rows import StaffRow

MANAGERS_ONLY = QT_TRANSLATE_NOOP("Errors", "Only an administrator can change the team's members of staff.")
STAFF_FIELDS = {"name": 100, "title": 100, "phone": 40, "email": 200}
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "{field} may hold at most {n} characters.")
NAME_TAKEN = QT_TRANSLATE_NOOP("Errors", "There is already an active member of staff called {name}.")
NO_SUCH = QT_TRANSLATE_NOOP("Errors", "No member of staff is called {name}.")


def _must_manage(store: Store) -> None:
    who = store.principal
    if who is not None and not who.can_manage:
        raise PermissionDenied(MANAGERS_ONLY)


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field, value in values.items():
        if field == "active":
            out[field] = bool(value)
            continue
        if field not in STAFF_FIELDS:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "These fields cannot be edited: {fields}."), fields=field)
        text = " ".join(str(value).split()) if field == "name" else str(value).strip()
        if len(text) > STAFF_FIELDS[field]:
            raise ValidationError(TOO_LONG, field=field, n=STAFF_FIELDS[field])
        if field == "name" and not text:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This field is required."), field="name")
        out[field] = text
    return out


def _name_free(s: Any, name: str, other_than: int | None = None) -> None:
    q = select(StaffRow.id).where(StaffRow.name == name, StaffRow.active.is_(True), StaffRow.deleted_at.is_(None))
    if other_than is not None:
        q = q.where(StaffRow.id != other_than)
    if s.scalar(q.limit(1)) is not None:
        raise ValidationError(NAME_TAKEN, field="name", name=name)


def add_staff(store: Store, name: str, title: str = "", phone: str = "", email: str = "") -> Staff:
    _must_manage(store)
    values = _clean({"name": name, "title": title, "phone": phone, "email": email})
    with store.unit_of_work() as s:
        _name_free(s, values["name"])
        row = StaffRow(**values, workstation_id=store.workstation_id)
        s.add(row)
        s.flush()
        return convert.staff(row)


def edit_staff(store: Store, staff_id: int, changes: dict[str, Any]) -> Staff:
    """Change name, title, phone, e-mail or whether the person is active (inactive: no new cases)."""
    _must_manage(store)
    values = _clean(changes)
    with store.unit_of_work() as s:
        row = get_or_fail(s, StaffRow, staff_id)
        if values.get("name", row.name) != row.name or (values.get("active") and not row.active):
            _name_free(s, values.get("name", row.name), row.id)
        changed = False
        for field, value in values.items():
            if getattr(row, field) != value:
                setattr(row, field, value)
                changed = True
        if changed:
            row.touch(store.workstation_id)
        s.flush()
        return convert.staff(row)


def staff_by_name(store: Store, name: str) -> Staff:
    with store.unit_of_work() as s:
        row = s.scalars(select(StaffRow).where(StaffRow.name == name.strip(), StaffRow.deleted_at.is_(None))
                        .order_by(StaffRow.active.desc()).limit(1)).first()
        if row is None:
            raise ValidationError(NO_SUCH, field="staff", name=name)
        return convert.staff(row)


def list_all_staff(store: Store) -> list[Staff]:
    """Every member of staff, active first."""
    with store.unit_of_work() as s:
        rows = s.scalars(select(StaffRow).where(StaffRow.deleted_at.is_(None))
                         .order_by(StaffRow.active.desc(), StaffRow.name_key))
        return [convert.staff(r) for r in rows]
