"""Set-at-a-time lookups for import: the bundle's UUIDs go into a temporary table and
every question ("which of these exist here, as what kind, with which values?") is one
indexed join per kind instead of thousands of IN lists."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar

from sqlalchemy import Column, MetaData, String, Table, delete, insert, select
from sqlalchemy.orm import Session, aliased

from workbench.storage.sync_columns import RECORD_ROWS, ROW_OF_KIND, references

_meta = MetaData()
INCOMING = Table("sync_incoming", _meta, Column("uuid", String(36), primary_key=True), Column("kind", String(40)),
                 prefixes=["TEMPORARY"])
REF_SUFFIX = "__uuid"
IN_LIST = 500  # values per IN (...), well within SQLite's limit on bound parameters
T = TypeVar("T")


def in_batches(values: Iterable[T]) -> Iterator[list[T]]:
    items = list(values)
    for i in range(0, len(items), IN_LIST):
        yield items[i:i + IN_LIST]


def rows_in(s: Session, stmt_for: Callable[[list[Any]], Any], values: Iterable[Any]) -> list[Any]:
    """The rows of `stmt_for(batch)` for every batch of `values` (a query with an IN list)."""
    return [row for batch in in_batches(values) for row in s.execute(stmt_for(batch))]


def load_incoming(s: Session, records: Iterable[tuple[str, str]]) -> None:
    """Put (uuid, kind) pairs in this connection's temporary table (replacing earlier ones)."""
    conn = s.connection()
    INCOMING.create(conn, checkfirst=True)
    s.execute(delete(INCOMING))
    rows = [{"uuid": u, "kind": k} for u, k in records]
    for i in range(0, len(rows), 5000):
        s.execute(insert(INCOMING), rows[i:i + 5000])


def clashes(s: Session) -> list[tuple[str, str, str]]:
    """(uuid, kind in the bundle, kind here) for UUIDs that name a different kind of record here."""
    out: list[tuple[str, str, str]] = []
    for row_type in RECORD_ROWS:
        table = row_type.__table__
        for uuid, kind in s.execute(select(table.c.uuid, INCOMING.c.kind)
                                    .join(INCOMING, INCOMING.c.uuid == table.c.uuid)
                                    .where(INCOMING.c.kind != table.name)):
            out.append((uuid, kind, table.name))
    return out


def local_rows(s: Session, kind: str) -> dict[str, Mapping[str, Any]]:
    """This database's copies of the bundle's records of `kind`, each with the UUIDs of the
    records it refers to under `<column>__uuid`."""
    table = ROW_OF_KIND[kind].__table__
    columns: list[Any] = [table]
    joins = []
    for column, target in references(kind).items():
        ref = aliased(ROW_OF_KIND[target].__table__, name=f"ref_{column}")
        columns.append(ref.c.uuid.label(column + REF_SUFFIX))
        joins.append((ref, ref.c.id == table.c[column]))
    stmt = select(*columns).select_from(table).join(INCOMING, INCOMING.c.uuid == table.c.uuid)
    for ref, on in joins:
        stmt = stmt.outerjoin(ref, on)
    return {r["uuid"]: r for r in s.execute(stmt).mappings()}


def existing(s: Session, kind: str, uuids: Iterable[str]) -> set[str]:
    table = ROW_OF_KIND[kind].__table__
    return {u for (u,) in rows_in(s, lambda batch: select(table.c.uuid).where(table.c.uuid.in_(batch)), uuids)}
