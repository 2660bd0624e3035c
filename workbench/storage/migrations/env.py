"""Alembic environment: run by `workbench.storage.database`, never by hand in
production.  Batch mode lets SQLite alter tables by copy-and-move."""

from __future__ import annotations

from alembic import context

from workbench.storage.base import Base
from workbench.storage import rows  # noqa: F401 - registers the tables on Base.metadata

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.connect() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        transaction_per_migration=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
