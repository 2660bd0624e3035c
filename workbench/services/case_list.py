"""The case list: ordered ids for a query, summaries for what is on screen.

Imports no SQLAlchemy, so the main window can paint its first screenful fast.
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.domain.access import Role
from workbench.domain.enums import ACTIVE_STAGES, Stage
from workbench.domain.models import CaseQuery, CaseSummary
from workbench.services.store import Store
from workbench.storage import case_list as sql

SORT_KEYS: tuple[str, ...] = tuple(sql.SORT_KEYS)


def masked_for(store: Store) -> int | None:
    """None when the signed-in person sees every case in full; else the staff id whose cases
    they see in full (-1: none), so searching and sorting never reach behind a mask."""
    who = store.principal
    if who is None or who.sees_everyone_in_full:
        return None
    return who.staff_id if who.role is Role.SPECIALIST and who.staff_id is not None else -1


def case_ids(store: Store, query: CaseQuery) -> list[int]:
    return sql.select_case_ids(store.reader(), query, masked_for(store))


def summaries(store: Store, ids: Iterable[int]) -> dict[int, CaseSummary]:
    rows = sql.select_summaries(store.reader(), ids)
    who = store.principal
    if who is None:
        return rows
    from dataclasses import replace

    from workbench.domain.access import mask_name

    return {i: r if who.sees_in_full(r.assignee_id) else
            replace(r, client_name=mask_name(r.client_name), insured_name=mask_name(r.insured_name), masked=True)
            for i, r in rows.items()}


def list_cases(store: Store, query: CaseQuery) -> list[CaseSummary]:
    """All matching cases in order (for the CLI and exports; the UI pages instead)."""
    ids = case_ids(store, query)
    out: list[CaseSummary] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = summaries(store, chunk)
        out.extend(rows[i] for i in chunk)
    return out


def stage_counts(store: Store) -> dict[Stage, int]:
    return sql.count_by_stage(store.reader())


def open_count(counts: dict[Stage, int]) -> int:
    """Cases still being worked (any stage before a decision)."""
    return sum(counts[s] for s in ACTIVE_STAGES)


def insurer_choices(store: Store) -> list[tuple[int, str]]:
    return sql.select_choices(store.reader(), "insurer")


def staff_choices(store: Store) -> list[tuple[int, str]]:
    return sql.select_choices(store.reader(), "staff")
