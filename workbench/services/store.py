"""An open workbench database: the one object services are given.

Opening checks (and if needed migrates) the schema.  The read path for the case
list uses a plain DB-API connection; SQLAlchemy is created on first write, so a
window can paint its list before the ORM has even been imported.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.storage.blobs import BlobStore, store_root_for
from workbench.storage.pragmas import connect_sqlite
from workbench.storage.schema import read_schema_state

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from workbench.domain.access import Principal
    from sqlalchemy.orm import Session, sessionmaker

WORKSTATION_KEY = "workstation_id"


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._reader: sqlite3.Connection | None = None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._workstation_id: str | None = None
        self.blobs = BlobStore(store_root_for(path))
        # Who is signed in (workbench.domain.access.Principal).  None is trusted code: the demo,
        # migrations, scripts of this library; the window and the command line always set it
        # once a database has accounts.
        self.principal: Principal | None = None
        self._deferred_audit: list[tuple[str, str, dict[str, Any]]] = []
        self.viewed_cases: dict[int, float] = {}  # case id → when its personal data was last shown (audit)
        self._system_actor = "system"

    @property
    def actor(self) -> str:
        """Who is doing it, as stage history, rounds, evidence and letters record it: always the
        signed-in person; trusted code (no principal) acts as the name it set with `acting_as`."""
        who = self.principal
        if who is not None:
            return who.display_name or who.username
        return self._system_actor

    @contextmanager
    def acting_as(self, name: str) -> Iterator[None]:
        """Trusted code only (the demo): record `name` as the one acting.  Ignored once someone
        has signed in, so a person can never act under another name."""
        before, self._system_actor = self._system_actor, name
        try:
            yield
        finally:
            self._system_actor = before

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open `path`, creating or migrating it; raises DatabaseError if it cannot be used."""
        state = read_schema_state(path)
        if not state.is_current:
            from workbench.storage.database import prepare_database

            prepare_database(path)
        store = cls(path)
        store.blobs.sweep_stale()  # what a killed import or attach left behind
        return store

    def reader(self) -> sqlite3.Connection:
        """Connection for the light read path (case list, counts)."""
        if self._reader is None:
            self._reader = connect_sqlite(str(self.path))
        return self._reader

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from workbench.storage.database import make_engine

            self._engine = make_engine(self.path)
        return self._engine

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed if the block returns, rolled back if it raises."""
        if self._sessions is None:
            from workbench.storage.database import session_factory

            self._sessions = session_factory(self.engine)
        with self._sessions() as session:
            session.info["actor"] = self.principal.username if self.principal else self._system_actor
            session.info["principal"] = self.principal  # the flush hook refuses writes the role may not make
            with session.begin():
                self._write_deferred_audit(session)
                yield session

    def defer_audit(self, action: str, subject: str, details: dict[str, Any]) -> None:
        """An audit entry written with the next transaction (sign-in happens before the ORM is loaded)."""
        self._deferred_audit.append((action, subject, details))

    def _write_deferred_audit(self, session: Session) -> None:
        if not self._deferred_audit:
            return
        from workbench.storage import audit_chain
        from workbench.storage.settings_sql import read_setting

        ws = self._workstation_id or read_setting(self.reader(), WORKSTATION_KEY) or ""
        entries, self._deferred_audit = self._deferred_audit, []
        for action, subject, details in entries:
            # A sign-in is done by the person signing in, whoever (if anyone) was signed in before.
            actor = subject if action.startswith("sign_in") else session.info["actor"]
            audit_chain.append(session.connection(), ws, actor, action, subject, details)

    @property
    def workstation_id(self) -> str:
        """This database's workstation id, made once and kept in the settings table."""
        if self._workstation_id is None:
            from workbench.storage.rows import SettingRow

            with self.unit_of_work() as s:
                row = s.get(SettingRow, WORKSTATION_KEY)
                if row is None:
                    row = SettingRow(key=WORKSTATION_KEY, value=str(uuid.uuid4()))
                    s.add(row)
                self._workstation_id = row.value
        return self._workstation_id

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
