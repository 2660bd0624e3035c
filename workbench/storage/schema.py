"""What schema a database file is at, read without SQLAlchemy or Alembic.

Opening a current database must stay cheap (it is on the path to the first
window paint), so the version check is one read-only sqlite3 query; Alembic is
imported only when a migration is actually due.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import DatabaseError

# The newest migration this version knows; a test checks it equals Alembic's head.
HEAD_REVISION = "0013"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012", "0013")


@dataclass(frozen=True, slots=True)
class SchemaState:
    exists: bool
    revision: str | None
    has_tables: bool

    @property
    def is_current(self) -> bool:
        return self.revision == HEAD_REVISION

    @property
    def is_newer(self) -> bool:
        return self.revision is not None and self.revision not in KNOWN_REVISIONS


def read_schema_state(path: Path) -> SchemaState:
    if not path.exists():
        return SchemaState(exists=False, revision=None, has_tables=False)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a workbench database or is damaged ({detail})."),
            path=str(path), detail=str(exc),
        ) from exc
    return SchemaState(exists=True, revision=revision, has_tables=bool(tables - {"alembic_version"}))
