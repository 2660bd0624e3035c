"""`outcome_report`: the team lead's numbers for any slice, and the cases behind each."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from workbench.domain.enums import ACTIVE_STAGES, DecisionKind, DisputeKind, Outcome, Stage
from workbench.domain.models import UNASSIGNED, CaseQuery
from workbench.domain.report import AGEING_BUCKETS, Report, ReportRow, SliceBy
from workbench.services.store import Store
from workbench.storage import report_sql
from workbench.storage.case_list import DbApiConnection
from workbench.storage.pragmas import connect_sqlite

PERIODS = (SliceBy.MONTH, SliceBy.QUARTER, SliceBy.HALF, SliceBy.YEAR)
DECIDED_STAGES = [Stage.DECIDED, Stage.CLOSED]
MEASURES = ("opened", "decided", "open", "changed", *[o.value for o in Outcome], "amounts",
            *[f"ageing:{b}" for b, _, _ in AGEING_BUCKETS])


def outcome_report(store: Store, by: SliceBy, filters: CaseQuery | None = None, today: date | None = None) -> Report:
    """Measures per slice and in total.  `filters` are the case list's filters (the
    opening-date range included), so the numbers and the list always agree."""
    return _reports(store, [by], filters, today)[0]


def _key_of(by: SliceBy) -> str:
    return "month" if by in PERIODS else by.value


def _reports(store: Store, slices: list[SliceBy], filters: CaseQuery | None, today: date | None,
             conn: DbApiConnection | None = None, details: bool = True) -> list[Report]:
    """Several slicings from the same passes over the cases.  Without `details` (the
    charts need neither) days to decision and ageing are left out, which halves the work."""
    filters = filters or CaseQuery()
    today = today or date.today()
    keys = list(dict.fromkeys(_key_of(b) for b in slices))
    conn = conn or store.reader()
    per_key: dict[str, dict[str, ReportRow]] = {k: {} for k in keys}
    for a in report_sql.aggregates(conn, filters, keys, today, ageing=details):
        for k, value in zip(keys, a["keys"], strict=True):
            rows = per_key[k]
            row = rows.get(value) or rows.setdefault(value, ReportRow(value, value))
            _fold(row, a)
    for values, days, count in (report_sql.decision_days(conn, filters, keys) if details else ()):
        for k, value in zip(keys, values, strict=True):
            hist = per_key[k][value].decision_days
            hist[days] = hist.get(days, 0) + count
    return [_finish(conn, b, per_key[_key_of(b)], filters, today) for b in slices]


def _fold(row: ReportRow, a: dict) -> None:  # type: ignore[type-arg]
    n = a["count"]
    row.opened += n
    if a["stage"] in ACTIVE_STAGES:
        row.open += n
        row.ageing[a["age"]] += n
        return
    row.decided += n
    if a["outcome"] is not None:
        row.outcomes[a["outcome"]] += n
    row.claimed_cents += a["claimed"]
    row.offered_cents += a["offered"]
    row.paid_cents += a["paid"]
    row.recovered_cents += a["recovered"]
    row.with_final_amount += a["with_final_amount"]


def _finish(conn: DbApiConnection, by: SliceBy, rows: dict[str, ReportRow], filters: CaseQuery,
            today: date) -> Report:
    if by in PERIODS and by is not SliceBy.MONTH:
        rows = _roll_up(rows, by)
    if by in (SliceBy.INSURER, SliceBy.SPECIALIST):
        names = dict(report_sql.names(conn, "insurer" if by is SliceBy.INSURER else "staff"))
        for r in rows.values():
            r.label = names.get(int(r.key), "")
    ordered = sorted(rows.values(), key=lambda r: r.key if by in PERIODS else (-r.opened, r.label))
    total = ReportRow("total", "")
    for r in ordered:
        total.add(r)
    return Report(by, filters.opened_from, filters.opened_to, ordered, total, today)


def period_of(month: str, by: SliceBy) -> str:
    year, m = month[:4], int(month[5:7])
    if by is SliceBy.QUARTER:
        return f"{year}-Q{(m + 2) // 3}"
    if by is SliceBy.HALF:
        return f"{year}-H{1 if m <= 6 else 2}"
    if by is SliceBy.YEAR:
        return year
    return month


def _roll_up(months: dict[str, ReportRow], by: SliceBy) -> dict[str, ReportRow]:
    out: dict[str, ReportRow] = {}
    for month, row in months.items():
        period = period_of(month, by)
        out.setdefault(period, ReportRow(period, period)).add(row)
    return out


def period_range(key: str) -> tuple[date, date]:
    """First and last day of '2026', '2026-H1', '2026-Q3' or '2026-05'."""
    year = int(key[:4])
    if len(key) == 4:
        first_month, months = 1, 12
    elif key[5] == "H":
        first_month, months = (1 if key[6] == "1" else 7), 6
    elif key[5] == "Q":
        first_month, months = 3 * (int(key[6]) - 1) + 1, 3
    else:
        first_month, months = int(key[5:7]), 1
    start = date(year, first_month, 1)
    end_month = first_month + months
    end = date(year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1)
    return start, end - timedelta(days=1)


def drill_down(filters: CaseQuery, by: SliceBy, key: str | None, measure: str, today: date | None = None) -> CaseQuery:
    """The case-list query for the cases behind one number of the report."""
    q = replace(filters, stages=list(filters.stages), outcomes=list(filters.outcomes),
                insurer_ids=list(filters.insurer_ids), assignee_ids=list(filters.assignee_ids),
                decision_kinds=list(filters.decision_kinds))
    if key is not None and key != "total":
        if by is SliceBy.INSURER:
            q.insurer_ids = [int(key)]
        elif by is SliceBy.SPECIALIST:
            q.assignee_ids = [int(key) if int(key) != UNASSIGNED else UNASSIGNED]
        elif by is SliceBy.KIND:
            q.dispute_kind = DisputeKind(key)
        elif by is SliceBy.DECISION:
            q.decision_kinds = [DecisionKind(key)]
        elif by in PERIODS:
            start, end = period_range(key)
            q.opened_from = max(start, filters.opened_from) if filters.opened_from else start
            q.opened_to = min(end, filters.opened_to) if filters.opened_to else end
    if measure in ("decided", "amounts"):
        q.stages = DECIDED_STAGES
    elif measure == "open":
        q.stages = list(ACTIVE_STAGES)
    elif measure == "changed":
        q.stages, q.outcomes = DECIDED_STAGES, [Outcome.OVERTURNED, Outcome.PARTLY_CHANGED]
    elif measure in {o.value for o in Outcome}:
        q.stages, q.outcomes = DECIDED_STAGES, [Outcome(measure)]
    elif measure.startswith("ageing:"):
        today = today or date.today()
        name = measure.split(":", 1)[1]
        _, lo, hi = next(b for b in AGEING_BUCKETS if b[0] == name)
        q.stages = list(ACTIVE_STAGES)
        q.opened_to = today - timedelta(days=lo)
        q.opened_from = today - timedelta(days=hi) if hi is not None else None
        if filters.opened_from:
            q.opened_from = max(q.opened_from, filters.opened_from) if q.opened_from else filters.opened_from
        if filters.opened_to:
            q.opened_to = min(q.opened_to, filters.opened_to)
    return q


@dataclass(frozen=True, slots=True)
class Dashboard:
    """What the team lead's dashboard shows: the table for the chosen slice, and the
    charts' series (outcomes and recoveries by insurer, the change rate by month)."""

    table: Report
    by_insurer: Report
    by_month: Report


def dashboard(store: Store, by: SliceBy, filters: CaseQuery | None = None, today: date | None = None) -> Dashboard:
    """The table's slicing and the charts' (insurer × month) at the same time, each on
    its own read-only connection: SQLite does the work with the GIL released, so the
    two use both cores."""
    from concurrent.futures import ThreadPoolExecutor

    def on_own_connection(slices: list[SliceBy], details: bool) -> list[Report]:
        conn = connect_sqlite(str(store.path), read_only=True)
        try:
            return _reports(store, slices, filters, today, conn, details)
        finally:
            conn.close()
    with ThreadPoolExecutor(max_workers=2) as pool:
        table_job = pool.submit(on_own_connection, [by], True)
        charts_job = pool.submit(on_own_connection, [SliceBy.INSURER, SliceBy.MONTH], False)
        (table,), (insurers, months) = table_job.result(), charts_job.result()
    return Dashboard(table, insurers, months)
