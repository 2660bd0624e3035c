"""Two workstations in one test: databases, exchanges, and what their records hold."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from workbench.bundle.plan import Choice
from workbench.domain import version_vector as vvec
from workbench.services import cases, sync
from workbench.services.store import Store
from workbench.storage.sync_columns import RECORD_ROWS

# Columns that say when and where a copy was written, not what it holds.
COPY_ONLY = {"id", "updated_at", "revision", "workstation_id", "integrity", "verified_at", "case_id", "client_id",
             "insured_id", "insurer_id", "policy_id", "holder_id", "assignee_id", "evidence_id", "round_id"}


def exchange(src: Store, dst: Store, tmp: Path, name: str, choices: dict[str, Choice] | None = None,
             keep: Choice | None = None, **scope: Any) -> sync.ImportReport:
    """src exports, dst imports (every conflict settled by `choices` or `keep`)."""
    path = tmp / f"{name}.wbundle"
    sync.export_bundle(src, path, sync.Scope(**scope))
    prepared = sync.prepare_import(dst, path)
    chosen = dict(choices or {})
    if keep is not None:
        chosen.update({c.key: keep for c in prepared.conflicts if c.key not in chosen})
    return sync.apply_import(dst, prepared, chosen, backup=False)


def contents(store: Store) -> dict[str, dict[str, dict[str, Any]]]:
    """Every record by kind and UUID, without the columns that differ between copies."""
    conn = sqlite3.connect(store.path)
    conn.row_factory = sqlite3.Row
    try:
        out: dict[str, dict[str, dict[str, Any]]] = {}
        for row_type in RECORD_ROWS:
            table = row_type.__tablename__
            rows = conn.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608 - table names are ours
            out[table] = {r["uuid"]: {**{k: r[k] for k in r.keys() if k not in COPY_ONLY},
                                      "vv": vvec.loads(r["vv"], r["workstation_id"], r["revision"])} for r in rows}
        return out
    finally:
        conn.close()


def case_by_number(store: Store, number: str):  # type: ignore[no-untyped-def]
    case_id = cases.find_case_id(store, number)
    assert case_id is not None, number
    return cases.get_case(store, case_id)


def edit_case(store: Store, number: str, **changes: Any) -> None:
    case = case_by_number(store, number)
    cases.update_case(store, case.id, changes, case.meta.revision)
