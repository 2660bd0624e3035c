"""Keeps every record's version vector current: any flush that changes a compared
column counts one more change by the workstation that made it, and keeps the version
it replaces in the versions log if that version may have been shared (see
sync_versions.py).  Services need not remember to; sync itself sets vectors
explicitly and switches this off."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from workbench.domain import version_vector as vvec
from workbench.storage.base import RecordMixin
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


def count_changes(session: Session, _context: object, _instances: object) -> None:
    if session.info.get(SYNC_APPLYING):
        return
    for obj in session.dirty:
        if not isinstance(obj, RecordMixin) or obj.__tablename__ not in ROW_OF_KIND:  # type: ignore[attr-defined]
            continue
        kind = obj.__tablename__  # type: ignore[attr-defined]
        attrs, names = inspect(obj).attrs, attribute_names(kind)
        if not any(attrs[names[c]].history.has_changes() for c in compared_columns(kind)):
            continue
        before = vvec.loads(_committed(obj, "vv"), _committed(obj, "workstation_id"), _committed(obj, "revision"))
        _keep_if_shared(session, obj, kind, before)
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
