"""Local accounts and their roles; the first account of a database is its administrator.
Signing in itself is in sign_in.py (light enough for the window's start-up path)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.domain.access import Role
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import PermissionDenied, ValidationError
from workbench.services import audit
from workbench.services.store import Store
from workbench.services.sign_in import _hasher, has_accounts_light, sign_in, wait_after
from workbench.storage.base import utcnow
from workbench.storage.rows import StaffRow, UserRow

MIN_PASSWORD = 8

MANAGERS_ONLY = QT_TRANSLATE_NOOP("Errors", "Only an administrator can manage accounts.")
FIRST_IS_ADMIN = QT_TRANSLATE_NOOP("Errors", "The first account of a database must be its administrator.")
SHORT = QT_TRANSLATE_NOOP("Errors", "A password needs at least {n} characters.")
TAKEN = QT_TRANSLATE_NOOP("Errors", "There is already an account named {user}.")
NO_USER = QT_TRANSLATE_NOOP("Errors", "There is no account named {user}.")
LAST_ADMIN = QT_TRANSLATE_NOOP("Errors", "The last active administrator cannot be disabled.")
LAST_ADMIN_ROLE = QT_TRANSLATE_NOOP("Errors", "The last active administrator must stay an administrator.")


@dataclass(frozen=True, slots=True)
class Account:
    username: str
    display_name: str
    role: Role
    staff_name: str
    disabled: bool
    last_sign_in_at: datetime | None
    staff_id: int | None = None
    staff_title: str = ""
    staff_phone: str = ""


def has_accounts(store: Store) -> bool:
    with store.unit_of_work() as s:
        return bool(s.scalar(select(func.count()).select_from(UserRow)))


def _must_manage(store: Store) -> None:
    who = store.principal
    if who is not None and not who.can_manage:
        raise PermissionDenied(MANAGERS_ONLY)


def add_user(store: Store, username: str, password: str, role: Role, display_name: str = "",
             staff_name: str = "") -> Account:
    """A new account; the first one of a database may be added by anyone and must be the administrator."""
    username, role = username.strip(), Role(role)  # a role's code (from a form or the command line) is taken too
    first = not has_accounts(store)
    if first and role is not Role.ADMINISTRATOR:
        raise ValidationError(FIRST_IS_ADMIN, field="role")
    if not first:
        _must_manage(store)
    if not username:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the account a user name."), field="username")
    if len(password) < MIN_PASSWORD:
        raise ValidationError(SHORT, field="password", n=MIN_PASSWORD)
    with store.unit_of_work() as s:
        if s.scalar(select(UserRow.id).where(UserRow.username == username)) is not None:
            raise ValidationError(TAKEN, field="username", user=username)
        staff = staff_member_for(s, store, role, staff_name.strip(), display_name or username)
        s.add(UserRow(username=username, display_name=display_name.strip() or username, role=role.value,
                      password_hash=_hasher.hash(password), staff_id=staff.id if staff else None, created_at=utcnow()))
    audit.record(store, "account_added", username, {"role": role.value, "staff": staff.name if staff else ""})
    return _account(store, username)


# Roles whose cases are theirs: their account is always linked to a member of staff.
WORKS_CASES = (Role.SPECIALIST, Role.TEAM_LEAD)
STAFF_TAKEN = QT_TRANSLATE_NOOP("Errors", "{name} already has an account ({user}); one person, one account.")


def staff_member_for(s: Session, store: Store, role: Role, staff_name: str, fallback: str,
                     username: str = "") -> StaffRow | None:
    """The member of staff an account stands for: the active one named `staff_name` (or, for roles
    that work cases, `fallback`), created in the same transaction when the team has nobody of that name."""
    name = staff_name or (fallback.strip() if role in WORKS_CASES else "")
    if not name:
        return None
    row = s.scalars(select(StaffRow).where(StaffRow.name == name, StaffRow.active.is_(True),
                                           StaffRow.deleted_at.is_(None)).limit(1)).first()
    if row is None:
        row = StaffRow(name=name[:100], title="", email="", phone="", workstation_id=store.workstation_id)
        s.add(row)
        s.flush()
        return row
    holder = s.scalar(select(UserRow.username).where(UserRow.staff_id == row.id, UserRow.username != username))
    if holder is not None:
        raise ValidationError(STAFF_TAKEN, field="staff", name=name, user=holder)
    return row


def edit_user(store: Store, username: str, display_name: str | None = None, role: Role | None = None,
              staff_name: str | None = None) -> Account:
    """An administrator changes an account's name, role or the member of staff it stands for."""
    _must_manage(store)
    role = Role(role) if role is not None else None
    with store.unit_of_work() as s:
        row = s.scalar(select(UserRow).where(UserRow.username == username))
        if row is None:
            raise ValidationError(NO_USER, user=username)
        before = {"name": row.display_name, "role": row.role, "staff_id": row.staff_id}
        if display_name is not None:
            if not display_name.strip():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the account a name."), field="name")
            row.display_name = display_name.strip()[:100]
        new_role = role or Role(row.role)
        if new_role is not Role.ADMINISTRATOR and row.role == Role.ADMINISTRATOR.value and not row.disabled:
            if _active_admins(s) <= 1:
                raise ValidationError(LAST_ADMIN_ROLE)
        row.role = new_role.value
        if staff_name is not None or (new_role in WORKS_CASES and row.staff_id is None):
            staff = staff_member_for(s, store, new_role, (staff_name or "").strip(), row.display_name, row.username)
            row.staff_id = staff.id if staff else None
        after = {"name": row.display_name, "role": row.role, "staff_id": row.staff_id}
    changed = {k: [before[k], after[k]] for k in before if before[k] != after[k]}
    if changed:
        audit.record(store, "account_changed", username, {"fields": changed})
    return _account(store, username)


def _active_admins(s: Session) -> int:
    return s.scalar(select(func.count()).select_from(UserRow).where(
        UserRow.role == Role.ADMINISTRATOR.value, UserRow.disabled.is_(False))) or 0


def _account(store: Store, username: str) -> Account:
    with store.unit_of_work() as s:
        row = s.scalar(select(UserRow).where(UserRow.username == username))
        if row is None:
            raise ValidationError(NO_USER, user=username)
        staff = s.get(StaffRow, row.staff_id) if row.staff_id else None
        return Account(row.username, row.display_name, Role(row.role), staff.name if staff else "", row.disabled,
                       row.last_sign_in_at, row.staff_id, staff.title if staff else "", staff.phone if staff else "")


def list_users(store: Store) -> list[Account]:
    _must_manage(store)
    with store.unit_of_work() as s:
        names = list(s.scalars(select(UserRow.username).order_by(UserRow.username)))
    return [_account(store, n) for n in names]


def set_disabled(store: Store, username: str, disabled: bool) -> Account:
    _must_manage(store)
    with store.unit_of_work() as s:
        row = s.scalar(select(UserRow).where(UserRow.username == username))
        if row is None:
            raise ValidationError(NO_USER, user=username)
        if disabled and row.role == Role.ADMINISTRATOR.value and _active_admins(s) <= 1:
            raise ValidationError(LAST_ADMIN)
        row.disabled = disabled
    audit.record(store, "account_disabled" if disabled else "account_enabled", username)
    return _account(store, username)


NOT_YOURS = QT_TRANSLATE_NOOP("Errors", "Only an administrator can set another person's password.")
OLD_WRONG = QT_TRANSLATE_NOOP("Errors", "The current password is not right; the password was not changed.")


def set_password(store: Store, username: str, new_password: str, current_password: str | None = None) -> None:
    """An administrator sets anyone's password; everyone else changes their own, giving the current one."""
    from workbench.services.sign_in import _verify

    who = store.principal
    own = who is not None and who.username == username
    if who is not None and not who.can_manage and not own:
        raise PermissionDenied(NOT_YOURS)
    if len(new_password) < MIN_PASSWORD:
        raise ValidationError(SHORT, field="password", n=MIN_PASSWORD)
    with store.unit_of_work() as s:
        row = s.scalar(select(UserRow).where(UserRow.username == username))
        if row is None:
            raise ValidationError(NO_USER, user=username)
        if own and not (who is not None and who.can_manage) and not _verify(row.password_hash, current_password or ""):
            raise ValidationError(OLD_WRONG, field="current")
        row.password_hash = _hasher.hash(new_password)
        row.failed_attempts, row.locked_until = 0, None
    audit.record(store, "password_changed", username)


def sign_out(store: Store) -> None:
    if store.principal is not None:
        audit.record(store, "sign_out", store.principal.username)
    store.principal = None


__all__ = ["Account", "add_user", "edit_user", "has_accounts", "has_accounts_light", "list_users", "set_disabled", "set_password",
           "sign_in", "sign_out", "wait_after"]
