"""A date written around the workbench (a hand edit, another tool) is not a date: the shared
views go on for everyone, and `workbench check` names the case and the field."""

from __future__ import annotations

import sqlite3

from tests.conftest import new_case
from workbench.domain.models import CaseQuery
from workbench.domain.report import SliceBy
from workbench.services import case_list, deadlines
from workbench.services.check import check_database
from workbench.services.report import outcome_report
from workbench.services.store import Store


def test_impossible_dates_break_no_shared_view(store: Store) -> None:
    good, bad, worse = (new_case(store, seq=i, policy=f"P{i}") for i in (1, 2, 3))
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE dispute_case SET event_date = '2026-02-30' WHERE id = ?", (bad.id,))
    conn.execute("UPDATE dispute_case SET decision_date = 'garbage' WHERE id = ?", (worse.id,))
    conn.commit()
    conn.close()
    rows = case_list.list_cases(store, CaseQuery(sort_key="decision_date"))
    assert {r.case_number for r in rows} == {good.case_number, bad.case_number, worse.case_number}
    assert next(r for r in rows if r.case_number == worse.case_number).decision_date is None
    from datetime import date

    clocks = deadlines.open_deadlines(store)
    assert {d.case_id for d in clocks} == {good.id}  # the others left out, not the view broken
    deadlines.due_list(clocks, 3650, date.today())
    assert outcome_report(store, SliceBy.INSURER).total.opened == 3
    report = check_database(store)
    assert not report.ok
    assert sorted(report.impossible_dates) == sorted([(bad.case_number, "event_date", "2026-02-30"),
                                                      (worse.case_number, "decision_date", "garbage")])


def test_a_dropped_rule_of_the_database_is_reported(store: Store) -> None:
    """Someone with the file and sqlite3 drops the audit trail's append-only guard (to rewrite
    entries) or a sort-key trigger: `check` and `audit verify` say so."""
    from workbench.services import audit

    new_case(store)
    assert check_database(store).ok and audit.verify(store) == []
    conn = sqlite3.connect(store.path)
    conn.execute("DROP TRIGGER audit_entry_no_update")
    conn.execute("DROP TRIGGER person_case_sort_keys")
    conn.commit()
    conn.close()
    report = check_database(store)
    assert not report.ok and report.missing_triggers == ["audit_entry_no_update", "person_case_sort_keys"]
    assert [p.kind for p in audit.verify(store)] == ["unguarded"]


def test_what_a_killed_import_left_in_tmp_is_swept_at_the_next_open(store: Store) -> None:
    import os
    import time

    tmp = store.blobs.root / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    old, fresh = tmp / "killed.part", tmp / "running.part"
    old.write_bytes(b"x" * 1000)
    fresh.write_bytes(b"y")
    day_ago = time.time() - 25 * 3600
    os.utime(old, (day_ago, day_ago))
    path = store.path
    store.close()
    reopened = Store.open(path)
    try:
        assert not old.exists() and fresh.exists()  # another process's import in progress is left alone
    finally:
        reopened.close()
