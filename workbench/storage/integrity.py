"""SQLite's own health checks and record counts, for `workbench check`."""

from __future__ import annotations

from workbench.storage.case_list import DbApiConnection

COUNTED_TABLES = ("dispute_case", "person", "insurer", "policy", "staff", "stage_change")


def integrity_messages(conn: DbApiConnection) -> list[str]:
    """['ok'] for a sound file, else SQLite's list of problems."""
    return [r[0] for r in conn.execute("PRAGMA integrity_check")]


def foreign_key_problem_count(conn: DbApiConnection) -> int:
    return len(conn.execute("PRAGMA foreign_key_check").fetchall())


def live_counts(conn: DbApiConnection) -> dict[str, int]:
    counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t} WHERE deleted_at IS NULL").fetchone()[0]
              for t in COUNTED_TABLES}
    counts["deleted_cases"] = conn.execute(
        "SELECT COUNT(*) FROM dispute_case WHERE deleted_at IS NOT NULL").fetchone()[0]
    return counts


CASE_DATE_COLUMNS = ("decision_date", "received_date", "opened_on", "closed_on", "decided_on", "event_date",
                     "claim_submitted_on", "documents_complete_on", "insurer_learned_on", "complaint_filed_on")


def impossible_case_dates(conn: DbApiConnection) -> list[tuple[str, str, str]]:
    """(case number, column, stored text) for every case date that is not a calendar date
    (2026-02-30, 'garbage'): written around the workbench, never by it."""
    out: list[tuple[str, str, str]] = []
    for col in CASE_DATE_COLUMNS:
        # date(…, '+0 days') gives a real date back unchanged, 2026-02-30 as 2026-03-02, text as NULL.
        out += conn.execute(f"SELECT case_number, '{col}', {col} FROM dispute_case "  # noqa: S608 - our names
                            f"WHERE {col} IS NOT NULL AND date({col}, '+0 days') IS NOT {col}").fetchall()
    return out


# The database's own rules (migrations 0010 and 0013): without them the audit trail can be
# rewritten in place and the case list sorts by stale names, silently.
GUARD_TRIGGERS = frozenset({"audit_entry_no_update", "audit_entry_no_delete"})
EXPECTED_TRIGGERS = GUARD_TRIGGERS | {"case_sort_keys_insert", "case_sort_keys_update", "person_case_sort_keys",
                                      "insurer_case_sort_keys", "staff_case_sort_keys", "policy_case_sort_keys"}


def missing_triggers(conn: DbApiConnection, expected: frozenset[str] = EXPECTED_TRIGGERS) -> list[str]:
    present = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return sorted(expected - present)
