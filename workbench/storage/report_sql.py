"""The report's queries: counts and sums grouped in the database, over exactly
the cases the case list would show for the same filters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from workbench.domain.enums import ACTIVE_STAGES, Outcome, Stage
from workbench.domain.models import CaseQuery
from workbench.domain.report import AGEING_BUCKETS
from workbench.storage.case_list import DbApiConnection, where_clauses

DECIDED_SQL = f"c.stage IN ('{Stage.DECIDED.value}', '{Stage.CLOSED.value}')"
OPEN_SQL = "c.stage IN (" + ", ".join(f"'{s.value}'" for s in ACTIVE_STAGES) + ")"
MONTH_SQL = "substr(CAST(c.opened_on AS TEXT), 1, 7)"

# slice -> SQL for its key.  Names (insurers, staff) are looked up separately: a join
# would take the scan off the covering index ix_dispute_case_report.
KEYS: dict[str, tuple[str]] = {
    "none": ("'all'",),
    "insurer": ("c.insurer_id",),
    "kind": ("c.dispute_kind",),
    "decision": ("c.decision_kind",),
    "specialist": ("COALESCE(c.assignee_id, -1)",),
    "month": (MONTH_SQL,),
}


def _base(query: CaseQuery, extra: str = "") -> tuple[str, dict[str, Any]]:
    clauses, params = where_clauses(query)
    if extra:
        clauses.append(extra)
    # SQLite's planner prefers the narrower (deleted_at, insurer_id) index and then reads
    # every wide row; the report index holds every column the report needs.
    return "FROM dispute_case c INDEXED BY ix_dispute_case_report WHERE " + " AND ".join(clauses), params


_STAGE = {s.value: s for s in Stage}
_OUTCOME: dict[str | None, Outcome | None] = {o.value: o for o in Outcome}
_OUTCOME[None] = None


def aggregates(conn: DbApiConnection, query: CaseQuery, keys: list[str], today: date,
               ageing: bool = True) -> Iterator[dict[str, Any]]:
    """Counts and sums grouped by the slice keys, stage, outcome and ageing bucket, in one pass.

    Several slices can be asked for at once (the dashboard wants its table, the
    insurers and the months): the caller folds the groups into each of them.
    """
    from_where, params = _base(query)
    key_sql = [KEYS[k][0] for k in keys]
    age = []
    for i in range(len(AGEING_BUCKETS) - 1):
        # days open = today - opened_on, so a bucket is a range of opening dates
        params[f"age{i}"] = (today - timedelta(days=AGEING_BUCKETS[i][2])).isoformat()  # type: ignore[arg-type]
        age.append(f"WHEN c.opened_on >= :age{i} THEN {i}")
    age_sql = f"CASE {' '.join(age)} ELSE {len(AGEING_BUCKETS) - 1} END" if ageing else "0"
    if not ageing:
        params = {k: v for k, v in params.items() if not k.startswith("age")}
    group = ", ".join([*key_sql, "c.stage", "c.outcome", *([age_sql] if ageing else [])])
    sql = (
        f"SELECT {', '.join([*key_sql, 'c.stage', 'c.outcome', age_sql])}, COUNT(*), "
        "SUM(COALESCE(c.amount_claimed_cents, 0)), SUM(COALESCE(c.amount_offered_cents, 0)), "
        "SUM(c.amount_paid_cents), SUM(c.amount_paid_cents - COALESCE(c.amount_offered_cents, 0)), "
        "COUNT(c.amount_paid_cents) "
        f"{from_where} GROUP BY {group}"
    )
    n = len(keys)
    for r in conn.execute(sql, params):
        yield {"keys": tuple(str(v) for v in r[:n]), "stage": _STAGE[r[n]],
               "outcome": _OUTCOME[r[n + 1]], "age": AGEING_BUCKETS[r[n + 2]][0],
               "count": r[n + 3], "claimed": r[n + 4] or 0, "offered": r[n + 5] or 0, "paid": r[n + 6] or 0,
               "recovered": r[n + 7] or 0, "with_final_amount": r[n + 8] or 0}


# Days between two dates: SQLite's spelling (this read path is SQLite's DB-API connection).
DAYS_TO_DECISION = "CAST(julianday(c.decided_on) - julianday(c.opened_on) AS INTEGER)"


def decision_days(conn: DbApiConnection, query: CaseQuery,
                  keys: list[str]) -> Iterator[tuple[tuple[str, ...], int, int]]:
    """(slice keys, days from opening to the latest decision, number of cases) — a
    histogram, far fewer rows than cases, from which medians are exact."""
    from_where, params = _base(query, f"{DECIDED_SQL} AND c.decided_on IS NOT NULL")
    group = ", ".join([*(KEYS[k][0] for k in keys), DAYS_TO_DECISION])
    sql = f"SELECT {group}, COUNT(*) {from_where} GROUP BY {group}"
    n = len(keys)
    for r in conn.execute(sql, params):
        yield tuple(str(v) for v in r[:n]), max(0, r[n]), r[n + 1]


def names(conn: DbApiConnection, table: str) -> Iterator[tuple[int, str]]:
    """Every id and name of insurers or staff (deleted ones too: old cases still name them)."""
    if table not in ("insurer", "staff"):
        raise ValueError(table)
    yield from conn.execute(f"SELECT id, name FROM {table}")
