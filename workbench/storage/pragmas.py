"""Connection settings for SQLite, applied in one place to every connection
(SQLAlchemy's `connect` event and the light read path both call this)."""

from __future__ import annotations

import sqlite3

BUSY_TIMEOUT_MS = 5000


def apply_sqlite_pragmas(conn: sqlite3.Connection) -> None:
    cur = conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # WAL lets the UI read while a worker writes; it persists in the file once set.
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def connect_sqlite(path: str, read_only: bool = False) -> sqlite3.Connection:
    """A DB-API connection with our pragmas, for the read path that avoids SQLAlchemy."""
    if read_only:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return conn
    conn = sqlite3.connect(path, check_same_thread=False)
    apply_sqlite_pragmas(conn)
    return conn
