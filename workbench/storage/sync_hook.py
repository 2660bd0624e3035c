"""What every flush does, so no service can forget it:

- refuses writes the signed-in role may not make (the one place case data is protected);
- keeps every record's version vector current: a change to a compared column counts one
  more change by the workstation that made it, and the version it replaces goes to the
  versions log if it may have been shared (sync_versions.py);
- writes the audit trail's "create", "change" (before → after) and "setting" entries.

Import sets vectors itself and switches the counting off (SYNC_APPLYING)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from workbench.domain import version_vector as vvec
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.labels import label
from workbench.errors import LabelPhrase, PermissionDenied, ValidationError
from workbench.storage.base import RecordMixin, new_uuid
from workbench.storage.rows import CaseRow, SettingRow, StaffRow
from workbench.storage.sync_columns import ROW_OF_KIND, attribute_names, compared_columns

_NOT_READ = object()

SYNC_APPLYING = "sync_applying"  # session.info flag: vectors are being set by import


def _committed(obj: Any, attr: str) -> Any:
    hist = inspect(obj).attrs[attr].history
    if hist.deleted:
        return hist.deleted[0]
    if hist.unchanged:
        return hist.unchanged[0]
    return getattr(obj, attr)


ACTOR_KEY = "actor"          # session.info: who is making the changes (the audit trail's actor)


READ_ONLY = QT_TRANSLATE_NOOP("Errors", "Your role ({role}) may read cases but not change them.")
SETTINGS_ONLY = QT_TRANSLATE_NOOP("Errors", "Only administrators and team leads may change settings.")
INTERNAL_SETTINGS = frozenset({"workstation_id", "last_sync_at"})


def check_role(session: Session) -> None:
    """The one place case data is protected: any write by a role that may not make it is refused."""
    who = session.info.get("principal")
    if who is None:
        return
    touched = [*session.new, *(o for o in session.dirty if session.is_modified(o)), *session.deleted]
    # Administrators keep the team's list of staff (names, titles and phones for letters), no case data.
    theirs = (StaffRow,) if who.can_manage else ()
    if not who.can_edit_cases and any(isinstance(o, RecordMixin) and not isinstance(o, theirs) for o in touched):
        raise PermissionDenied(READ_ONLY, role=LabelPhrase(label(who.role)))
    if who.role.value not in ("administrator", "team_lead") and any(
            isinstance(o, SettingRow) and o.key not in INTERNAL_SETTINGS for o in touched):
        raise PermissionDenied(SETTINGS_ONLY)


CLOSED = QT_TRANSLATE_NOOP("Errors", "Case {number} is closed: reopen it (giving a reason) before changing it.")


def _changes_shared_data(session: Session, obj: Any) -> bool:
    """New, deleted, or a compared column changed (re-hashing a file or reading its text is no change)."""
    if obj in session.new or obj in session.deleted:
        return True
    kind = getattr(obj, "__tablename__", None)
    if kind not in ROW_OF_KIND:
        return False
    attrs, names = inspect(obj).attrs, attribute_names(kind)
    return any(attrs[names[c]].history.has_changes() for c in compared_columns(kind))


def check_case_open(session: Session) -> None:
    """A closed case is read-only, its evidence, points, rounds and letters too, until it is reopened
    (reopening changes its stage in the same flush, which is allowed).  Trusted code (no one signed
    in: the demo writing a case's past) is not held to it."""
    if session.info.get("principal") is None:
        return
    case_ids: set[int] = set()
    for obj in [*session.new, *session.dirty, *session.deleted]:
        if isinstance(obj, CaseRow):
            if obj not in session.new and _committed(obj, "stage") == "closed" and obj.stage == "closed" \
                    and _changes_shared_data(session, obj):
                raise PermissionDenied(CLOSED, number=obj.case_number)
        elif isinstance(getattr(obj, "case_id", None), int) and _changes_shared_data(session, obj):
            case_ids.add(obj.case_id)
    if not case_ids:
        return
    reopening = {o.id for o in session.dirty if isinstance(o, CaseRow) and o.stage != "closed"}
    closed = session.connection().execute(
        select(CaseRow.__table__.c.case_number).where(CaseRow.__table__.c.id.in_(case_ids - reopening),
                                                     CaseRow.__table__.c.stage == "closed")).first()
    if closed is not None:
        raise PermissionDenied(CLOSED, number=closed[0])


TOO_LONG = QT_TRANSLATE_NOOP("Errors", "This field holds at most {limit} characters ({length} given).")


def check_lengths(session: Session) -> None:
    """A value longer than its column is refused when typed: SQLite would keep it, and every
    bundle carrying it would then be refused by the importing side."""
    for obj in (*session.new, *session.dirty):
        if not isinstance(obj, RecordMixin):
            continue
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            column = attr.columns[0]
            limit = getattr(column.type, "length", None)
            value = state.attrs[attr.key].loaded_value
            if limit and isinstance(value, str) and len(value) > limit:
                raise ValidationError(TOO_LONG, field=attr.key, limit=limit, length=len(value))


def count_changes(session: Session, _context: object, _instances: object) -> None:
    check_role(session)
    check_lengths(session)
    if session.info.get(SYNC_APPLYING):
        return
    check_case_open(session)
    _audit_new(session)
    for obj in session.dirty:
        if not isinstance(obj, RecordMixin) or obj.__tablename__ not in ROW_OF_KIND:  # type: ignore[attr-defined]
            continue
        kind = obj.__tablename__  # type: ignore[attr-defined]
        attrs, names = inspect(obj).attrs, attribute_names(kind)
        if not any(attrs[names[c]].history.has_changes() for c in compared_columns(kind)):
            continue
        before = vvec.loads(_committed(obj, "vv"), _committed(obj, "workstation_id"), _committed(obj, "revision"))
        _keep_if_shared(session, obj, kind, before)
        _audit_change(session, obj, kind, [c for c in compared_columns(kind) if attrs[names[c]].history.has_changes()])
        obj.vv = vvec.dumps(vvec.bumped(before, obj.workstation_id))


LAST_SYNC_KEY = "last_sync_at"  # setting: when this database last exported or imported (sync_versions)


def _keep_if_shared(session: Session, obj: Any, kind: str, vv: vvec.VersionVector) -> None:
    from workbench.storage import sync_versions

    conn = session.connection()  # not session.execute: that would flush from inside a flush
    last = session.info.get(LAST_SYNC_KEY, _NOT_READ)
    if last is _NOT_READ:
        last = session.info[LAST_SYNC_KEY] = sync_versions.last_sync_at(conn)
    if last is None or _committed(obj, "updated_at") > last:
        return
    names = attribute_names(kind)
    values = {c: _committed(obj, names[c]) for c in compared_columns(kind)}
    wire = sync_versions.wire_of(conn, kind, values)
    sync_versions.log(conn, [(obj.uuid, vvec.dumps(vv), sync_versions.compared_json(kind, wire))])


def _audit_value(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray)):
        return f"<{len(value)} bytes>"
    return value if isinstance(value, (str, int, float, bool, type(None))) else str(value)


def _subject(obj: Any, kind: str) -> str:
    number = getattr(obj, "case_number", None)
    return f"{kind} {obj.uuid}" + (f" {number}" if number else "")


def _audit(session: Session, obj: Any, action: str, subject: str, details: dict[str, Any]) -> None:
    from workbench.storage import audit_chain

    audit_chain.append(session.connection(), obj.workstation_id or "", session.info.get(ACTOR_KEY, "system"),
                       action, subject, details)


def _audit_settings(session: Session) -> None:
    """Settings changes, before → after (long values such as a logo are shortened)."""
    from workbench.storage import audit_chain

    for obj in [*session.new, *session.dirty]:
        if isinstance(obj, SettingRow) and obj.key not in INTERNAL_SETTINGS:
            hist = inspect(obj).attrs.value.history
            before = hist.deleted[0] if hist.deleted else None
            if obj in session.new or hist.has_changes():
                audit_chain.append(session.connection(), "", session.info.get(ACTOR_KEY, "system"), "setting", obj.key,
                                   {"fields": {"value": [_short(before), _short(obj.value)]}})


def _short(value: str | None) -> str | None:
    return value if value is None or len(value) <= 200 else value[:200] + "…"


def _audit_new(session: Session) -> None:
    _audit_settings(session)
    for obj in session.new:
        kind = getattr(obj, "__tablename__", None)
        if isinstance(obj, RecordMixin) and kind in ROW_OF_KIND:
            if obj.uuid is None:
                obj.uuid = new_uuid()  # what the column default would give it, a moment earlier
            _audit(session, obj, "create", _subject(obj, kind), {})


def _audit_change(session: Session, obj: Any, kind: str, changed: list[str]) -> None:
    """Every change, before → after (personal values too: the viewer masks them by role)."""
    names = attribute_names(kind)
    fields = {c: [_audit_value(_committed(obj, names[c])), _audit_value(getattr(obj, names[c]))] for c in sorted(changed)}
    _audit(session, obj, "change", _subject(obj, kind), {"fields": fields})
