"""Sign-in reads and writes its account row through the light DB-API connection, so a
window can sign in and paint its list before the ORM is even imported."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone



@dataclass(frozen=True, slots=True)
class AccountRow:
    id: int
    username: str
    display_name: str
    role: str
    password_hash: str
    staff_id: int | None
    disabled: bool
    failed_attempts: int
    locked_until: datetime | None


def _stamp(value: datetime | None) -> str | None:
    """As storage.base.UTCDateTime stores it on SQLite: naive UTC, microseconds."""
    return None if value is None else value.astimezone(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")


def _parse(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM user_account").fetchone()[0]


def find(conn: sqlite3.Connection, username: str) -> AccountRow | None:
    r = conn.execute("SELECT id, username, display_name, role, password_hash, staff_id, disabled, failed_attempts, "
                     "locked_until FROM user_account WHERE username = ?", (username,)).fetchone()
    if r is None:
        return None
    return AccountRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], _parse(r[8]))


def record_failure(conn: sqlite3.Connection, user_id: int, failures: int, locked_until: datetime | None) -> None:
    with conn:
        conn.execute("UPDATE user_account SET failed_attempts = ?, locked_until = ? WHERE id = ?",
                     (failures, _stamp(locked_until), user_id))


def record_success(conn: sqlite3.Connection, user_id: int, at: datetime, new_hash: str | None) -> None:
    with conn:
        conn.execute("UPDATE user_account SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = ?, "
                     "password_hash = COALESCE(?, password_hash) WHERE id = ?", (_stamp(at), new_hash, user_id))


def failures_on_record(conn: sqlite3.Connection, username: str) -> tuple[int, str | None]:
    """How many failed sign-ins the audit trail holds for `username`, and the latest one's own
    time (details.at: the attempt's clock, from which an account's lock is counted too)."""
    count, last = conn.execute("SELECT COUNT(*), MAX(json_extract(details, '$.at')) FROM audit_entry "
                               "WHERE action = 'sign_in_failed' AND subject = ?", (username,)).fetchone()
    return int(count), last
