"""Which records an export carries: everything, chosen cases with all they own, or
what changed since a moment; always with the records they refer to, so a bundle
can be imported into a database that has never seen them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from workbench.storage.sync_columns import RECORD_ROWS, ROW_OF_KIND, references
from workbench.storage.sync_lookup import in_batches, rows_in

TEAM_KINDS = ("evidence_type", "provision")  # the team's own reference data travels with any case


@dataclass(frozen=True, slots=True)
class Scope:
    """What to export: all records, `case_uuids` with everything they own, or records
    changed at or after `since`.  `peer` names the workstation the bundle is meant for."""

    case_uuids: tuple[str, ...] = ()
    since: datetime | None = None
    peer: str | None = None

    @property
    def kind(self) -> str:
        if self.case_uuids:
            return "cases"
        if self.since is not None:
            return "since"
        return "all"


@dataclass(slots=True)
class Collected:
    rows: dict[str, list[Any]] = field(default_factory=dict)   # kind → row mappings, by id
    uuid_of: dict[tuple[str, int], str] = field(default_factory=dict)


def _table(kind: str) -> Table:
    return ROW_OF_KIND[kind].__table__  # type: ignore[return-value]


def _ids_where(s: Session, kind: str, column: str, values: Iterable[Any]) -> set[int]:
    table = _table(kind)
    return {i for (i,) in rows_in(s, lambda batch: select(table.c.id).where(table.c[column].in_(batch)), values)}


def _initial(s: Session, scope: Scope) -> dict[str, set[int]]:
    chosen: dict[str, set[int]] = {r.__tablename__: set() for r in RECORD_ROWS}
    if scope.kind == "since":
        for kind in chosen:
            chosen[kind] = set(s.scalars(select(_table(kind).c.id).where(_table(kind).c.updated_at >= scope.since)))
        return chosen
    case_ids = _ids_where(s, "dispute_case", "uuid", scope.case_uuids)
    chosen["dispute_case"] = case_ids
    for kind in chosen:
        if "case_id" in _table(kind).c:
            chosen[kind] |= _ids_where(s, kind, "case_id", case_ids)
    chosen["negotiation_round_version"] = _ids_where(s, "negotiation_round_version", "round_id",
                                                     chosen["negotiation_round"])
    for kind in TEAM_KINDS:
        chosen[kind] = set(s.scalars(select(_table(kind).c.id)))
    return chosen


def collect(s: Session, scope: Scope) -> Collected:
    out = Collected()
    if scope.kind == "all":  # no lists of ids to carry around: every row of every kind
        for row_type in RECORD_ROWS:
            out.rows[row_type.__tablename__] = list(s.execute(select(_table(row_type.__tablename__))).mappings())
        out.rows = {k: out.rows[k] for k in reversed(list(out.rows))}
        _index(out)
        return out
    chosen = _initial(s, scope)
    # Children come after their parents in RECORD_ROWS, so walking it backwards adds
    # every parent before that parent's own references are looked at.
    for row_type in reversed(RECORD_ROWS):
        kind = row_type.__tablename__
        rows = [r for batch in in_batches(sorted(chosen[kind]))
                for r in s.execute(select(_table(kind)).where(_table(kind).c.id.in_(batch))).mappings()]
        out.rows[kind] = rows
        for column, target in references(kind).items():
            chosen[target].update(r[column] for r in rows if r[column] is not None)
    _index(out)
    return out


def _index(out: Collected) -> None:
    for kind, rows in out.rows.items():
        for r in rows:
            out.uuid_of[(kind, r["id"])] = r["uuid"]
