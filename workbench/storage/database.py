"""Open a database file: create or migrate it (backup first), refuse one from a
newer version, and hand out SQLAlchemy sessions with our pragmas."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import DatabaseError
from workbench.storage.pragmas import apply_sqlite_pragmas
from workbench.storage.schema import HEAD_REVISION, SchemaState, read_schema_state

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not pysqlite, decide when transactions begin.
        dbapi_conn.isolation_level = None
        apply_sqlite_pragmas(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN")

    return engine


def prepare_database(path: Path) -> SchemaState:
    """Make `path` a current workbench database; return the state it was found in.

    A new file is created; an older schema is backed up and migrated one step per
    transaction; a newer schema or a foreign file is refused and left untouched.
    """
    state = read_schema_state(path)
    if state.is_newer:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "{path} was written by a newer version of the workbench (schema {revision}). Install the newer version to open it; the file has not been changed."),
            path=str(path), revision=state.revision,
        )
    if state.is_current:
        return state
    if state.exists and state.revision is None and state.has_tables:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "{path} is an SQLite file but not a workbench database; it has not been changed."),
            path=str(path),
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    if state.exists and state.revision is not None:
        backup = backup_database(path, f"before-{HEAD_REVISION}")
        log.info("backed up %s to %s before migrating from %s", path, backup, state.revision)
    _upgrade(path)
    return state


def backup_database(path: Path, label: str) -> Path:
    """A consistent copy through SQLite's backup API (safe with WAL and open readers)."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.{label}.{stamp}.bak{path.suffix}")
    src = sqlite3.connect(str(path))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def _upgrade(path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    engine = make_engine(path)
    try:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
    finally:
        engine.dispose()


def alembic_head() -> str:
    """The head revision according to the migration scripts (for the consistency test)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(cfg).get_current_head() or ""


def session_factory(engine: Engine) -> sessionmaker[Session]:
    from workbench.storage.sync_hook import count_changes

    factory = sessionmaker(engine, expire_on_commit=False)
    event.listen(factory, "before_flush", count_changes)
    return factory


