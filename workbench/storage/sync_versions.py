"""The versions log (`sync_version`): record versions other workstations may also hold,
which later imports use as the common ancestor of a three-way merge.

A version is logged when it is about to be replaced and may have been shared: it was
last written at or before this database's last export or import (`last_sync_at`).
Versions made and replaced between two exchanges never left the workstation and are
not kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from workbench.storage.rows import SettingRow, SyncPeerRow, SyncVersionRow
from workbench.storage.sync_columns import ROW_OF_KIND, compared_columns, references

from workbench.storage.sync_hook import LAST_SYNC_KEY  # noqa: E402 - one name for the setting, kept by the hook

__all__ = ["LAST_SYNC_KEY", "compared_json", "last_sync_at", "log", "mark_synced", "to_json_value", "wire_of"]


def to_json_value(value: Any) -> Any:
    """A column value as bundles carry it: dates and times as ISO text, times in UTC."""
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def compared_json(kind: str, wire: Mapping[str, Any]) -> str:
    """The compared fields of a record (wire values) as the log keeps them."""
    return json.dumps({k: wire[k] for k in sorted(compared_columns(kind))}, ensure_ascii=False, separators=(",", ":"))


def log(conn: Connection, versions: Iterable[tuple[str, str, str]]) -> None:
    """(uuid, vector as text, compared_json) rows; a version already logged is left as it is."""
    rows = [{"record_uuid": u, "vv": vv, "fields_json": fields} for u, vv, fields in versions]
    for i in range(0, len(rows), 2000):
        conn.execute(sqlite_insert(SyncVersionRow.__table__).on_conflict_do_nothing(), rows[i:i + 2000])


def last_sync_at(conn: Connection) -> datetime | None:
    text = conn.execute(select(SettingRow.value).where(SettingRow.key == LAST_SYNC_KEY)).scalar()
    return datetime.fromisoformat(text) if text else None


def mark_synced(conn: Connection, when: datetime) -> None:
    conn.execute(sqlite_insert(SettingRow.__table__).values(key=LAST_SYNC_KEY, value=when.isoformat())
                 .on_conflict_do_update(index_elements=["key"], set_={"value": when.isoformat()}))


def note_peer(conn: Connection, workstation_id: str, label: str = "", **stamps: datetime) -> None:
    """Remember when a bundle was last sent to (last_sent_at) or received from (last_received_at) a
    workstation, and the name it last gave itself (`label`, kept when a bundle gives none)."""
    changes: dict[str, object] = {**stamps, **({"label": label} if label else {})}
    conn.execute(sqlite_insert(SyncPeerRow.__table__).values(workstation_id=workstation_id, label=label, **stamps)
                 .on_conflict_do_update(index_elements=["workstation_id"], set_=changes))


def wire_of(conn: Connection, kind: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Compared column values (by column name, references as row ids) as wire values."""
    refs = references(kind)
    out: dict[str, Any] = {}
    for name in compared_columns(kind):
        value = values[name]
        if name in refs and value is not None:
            table = ROW_OF_KIND[refs[name]].__table__
            value = conn.execute(select(table.c.uuid).where(table.c.id == value)).scalar()
        out[name] = to_json_value(value)
    return out
