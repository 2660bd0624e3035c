"""Reading one setting through the light DB-API connection (no ORM, no transaction)."""

from __future__ import annotations

import sqlite3


def read_setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]
