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
