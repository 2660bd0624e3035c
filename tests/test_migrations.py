"""Databases from earlier versions open; newer or foreign files are refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

from workbench.errors import DatabaseError
from workbench.services import case_list
from workbench.services.store import Store
from workbench.storage.database import MIGRATIONS_DIR, alembic_head, make_engine
from workbench.storage.schema import HEAD_REVISION, KNOWN_REVISIONS, read_schema_state
from workbench.domain.models import CaseQuery


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def upgrade_to(path: Path, revision: str) -> None:
    engine = make_engine(path)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
    engine.dispose()


def test_head_constant_matches_the_scripts() -> None:
    assert alembic_head() == HEAD_REVISION == KNOWN_REVISIONS[-1]


def test_new_file_is_created_at_head_with_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite3"
    store = Store.open(path)
    assert read_schema_state(path).revision == HEAD_REVISION
    conn = store.reader()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    store.close()
    assert not list(tmp_path.glob("sub/*.bak*")), "a new database needs no backup"


FIRST_SCHEMA_DATA = [
    # Written as version 0001 wrote it (raw SQL: today's rows have more columns).
    "INSERT INTO insurer (id, name, claims_address, underwriting_address, contacts, uuid, created_at, updated_at,"
    " revision, workstation_id) VALUES (1, '泰和人寿保险股份有限公司', '', '', '', 'u-ins', '2025-01-01 00:00:00',"
    " '2025-01-01 00:00:00', 1, 'ws')",
    "INSERT INTO person (id, name, id_type, id_number, phone, address, uuid, created_at, updated_at, revision,"
    " workstation_id) VALUES (1, '李娜', 'resident_id', '11010519491231002X', '', '', 'u-p', '2025-01-01 00:00:00',"
    " '2025-01-01 00:00:00', 1, 'ws')",
    "INSERT INTO dispute_case (id, case_number, client_id, insured_id, relationship, insurer_id, claim_number,"
    " dispute_kind, decision_kind, amount_claimed_cents, amount_offered_cents, amount_paid_cents, stage, outcome,"
    " priority, opened_on, summary, uuid, created_at, updated_at, revision, workstation_id) VALUES (1, 'FY-2025-0001',"
    " 1, 1, 'self', 1, 'LP1', 'claim', 'claim_refused', 12345600, 0, 12345600, 'decided', 'overturned', 'normal',"
    " '2025-03-01', '', 'u-case', '2025-03-01 09:00:00', '2025-04-01 09:00:00', 3, 'ws')",
    "INSERT INTO stage_change (case_id, from_stage, to_stage, outcome, reason, actor, changed_at, uuid, created_at,"
    " updated_at, revision, workstation_id) VALUES (1, 'negotiation', 'decided', 'overturned', '', '周婧',"
    " '2025-04-01 09:00:00', 'u-sc', '2025-04-01 09:00:00', '2025-04-01 09:00:00', 1, 'ws')",
]


def test_first_schema_with_data_upgrades_and_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    upgrade_to(path, "0001")
    conn = sqlite3.connect(path)
    for sql in FIRST_SCHEMA_DATA:
        conn.execute(sql)
    conn.commit()
    conn.close()
    assert read_schema_state(path).revision == "0001"

    reopened = Store.open(path)
    assert read_schema_state(path).revision == HEAD_REVISION
    ids = case_list.case_ids(reopened, CaseQuery(text="李娜"))
    assert ids == [1]
    from datetime import date

    from workbench.services.cases import get_case

    again = get_case(reopened, 1)
    assert again.meta.uuid == "u-case" and again.amount_claimed_cents == 12_345_600 and again.meta.revision == 3
    decided_on = reopened.reader().execute("SELECT decided_on FROM dispute_case WHERE id = 1").fetchone()[0]
    assert decided_on == "2025-04-01"  # filled in from the stage history by migration 0004
    keys = dict(reopened.reader().execute("SELECT name, name_key FROM person").fetchall())
    assert keys["李娜"] == "li3 na4 李娜"  # pinyin sort keys filled in by migration 0012
    on_case = reopened.reader().execute("SELECT client_key, insurer_key FROM dispute_case WHERE id = 1").fetchone()
    assert on_case[0] == keys[again.client.name] and on_case[1]  # and beside the case by 0013
    from workbench.domain.report import SliceBy
    from workbench.services.report import outcome_report

    assert outcome_report(reopened, SliceBy.NONE, today=date(2026, 1, 1)).total.median_days == 31
    backups = list(tmp_path.glob("old.before-*.bak.sqlite3"))
    assert len(backups) == 1
    assert read_schema_state(backups[0]).revision == "0001"
    indexes = {r[0] for r in reopened.reader().execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"ix_dispute_case_live_case_number", "ix_dispute_case_report"} <= indexes
    reopened.close()


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseError) as err:
        Store.open(path)
    assert "newer version" in err.value.english()
    assert digest(path) == before
    assert not list(tmp_path.glob("*.bak*"))


def test_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseError, match="not a workbench database"):
        Store.open(path)
    assert digest(path) == before


def test_garbage_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    before = digest(path)
    with pytest.raises(DatabaseError) as err:
        Store.open(path)
    assert "damaged" in err.value.english()
    assert digest(path) == before


def test_migrations_create_exactly_the_models(tmp_path: Path) -> None:
    """Autogenerate against a migrated database finds nothing to do."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from workbench.storage.base import Base

    store = Store.open(tmp_path / "m.sqlite3")
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    store.close()
    assert diff == []
