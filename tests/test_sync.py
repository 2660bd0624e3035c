"""Sync by bundles: round trips and the merge rules, between real databases."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.conftest import new_case
from tests.sync_helpers import case_by_number, contents, edit_case, exchange
from workbench.bundle.plan import Action, Choice
from workbench.domain.enums import Stage
from workbench.domain.evidence import EvidenceMeta
from workbench.domain.rounds import Channel, Direction, RoundDraft
from workbench.errors import ValidationError
from workbench.services import cases, evidence, rounds, sync
from workbench.services.store import Store


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Workstation A with one case, and B that received it."""
    a = Store.open(tmp_path / "a.sqlite3")
    b = Store.open(tmp_path / "b.sqlite3")
    new_case(a, client="李娜")
    exchange(a, b, tmp_path, "first")
    yield a, b
    a.close()
    b.close()


def records_of(path: Path) -> dict[str, dict]:
    with zipfile.ZipFile(path) as zf:
        return {r["uuid"]: r for r in json.loads(zf.read("records.json"))["records"]}


def test_round_trip_of_a_full_demo_database(demo_store: Store, tmp_path: Path) -> None:
    first = tmp_path / "first.wbundle"
    result = sync.export_bundle(demo_store, first)
    with sqlite3.connect(demo_store.path) as conn:
        evidence_files = conn.execute("SELECT count(DISTINCT sha256) FROM evidence WHERE purged_at IS NULL").fetchone()[0]
        distinct_files = conn.execute("SELECT count(*) FROM (SELECT sha256 FROM evidence WHERE purged_at IS NULL "
                                      "UNION SELECT sha256 FROM letter_version)").fetchone()[0]
    assert result.cases == 301 and result.files == distinct_files > 100  # and the deleted case, as a tombstone
    empty = Store.open(tmp_path / "empty.sqlite3")
    prepared = sync.prepare_import(empty, first)
    assert prepared.plan.counts()[Action.NEW] == result.records
    report = sync.apply_import(empty, prepared)
    assert report.files_added == evidence_files
    assert Path(report.backup).exists()
    second = tmp_path / "second.wbundle"
    sync.export_bundle(empty, second)
    before, after = records_of(first), records_of(second)
    assert before.keys() == after.keys()
    for uuid, rec in before.items():
        assert after[uuid]["fields"] == rec["fields"], rec["kind"]
        assert after[uuid]["vv"] == rec["vv"]
    assert contents(empty) == contents(demo_store)
    # every evidence file and every issued letter's PDF arrived byte for byte
    for sha in {r["fields"]["sha256"] for r in before.values() if r["kind"] == "evidence"}:
        assert empty.blobs.rehash(sha) == sha
    with sqlite3.connect(demo_store.path) as src, sqlite3.connect(empty.path) as dst:
        assert sorted(src.execute("SELECT uuid, pdf FROM letter_version")) == \
            sorted(dst.execute("SELECT uuid, pdf FROM letter_version"))


def test_importing_the_same_bundle_twice_changes_nothing(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    before = contents(b)
    report = exchange(a, b, tmp_path, "again")
    assert report.changes == [] and report.counts[Action.UNCHANGED] == sum(report.counts.values())
    assert contents(b) == before


def test_a_change_on_one_side_is_taken_without_asking(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    number = case_by_number(a, "FY-2026-0001").case_number
    edit_case(b, number, summary="客户补充了门诊病历", amount_claimed_cents=20_000_000)
    report = exchange(b, a, tmp_path, "back")
    assert report.counts[Action.UPDATE] == 1 and report.counts[Action.CONFLICT] == 0
    case = case_by_number(a, number)
    assert case.summary == "客户补充了门诊病历" and case.amount_claimed_cents == 20_000_000
    [change] = report.changes
    assert change.case == number and change.action is Action.UPDATE
    fields = {f.field: (f.before, f.after, f.protected) for f in change.fields}
    assert fields["amount_claimed_cents"] == (12_345_600, 20_000_000, True)
    assert fields["summary"] == ("", "客户补充了门诊病历", False)


def test_changes_to_different_fields_on_both_sides_merge(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    edit_case(a, "FY-2026-0001", summary="A 写的摘要")
    edit_case(b, "FY-2026-0001", amount_claimed_cents=15_000_000)
    report = exchange(b, a, tmp_path, "b-to-a")
    assert report.counts[Action.MERGE] == 1 and report.counts[Action.CONFLICT] == 0
    exchange(a, b, tmp_path, "a-to-b")
    for store in (a, b):
        case = case_by_number(store, "FY-2026-0001")
        assert (case.summary, case.amount_claimed_cents) == ("A 写的摘要", 15_000_000)
    assert contents(a) == contents(b)


def test_same_field_changed_on_both_sides_is_a_conflict_the_user_settles(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    edit_case(a, "FY-2026-0001", summary="A 的看法", amount_claimed_cents=11_000_000)
    edit_case(b, "FY-2026-0001", summary="B 的看法", amount_claimed_cents=13_000_000)
    path = tmp_path / "b.wbundle"
    sync.export_bundle(b, path)
    prepared = sync.prepare_import(a, path)
    by_field = {c.field: c for c in prepared.conflicts}
    assert set(by_field) == {"summary", "amount_claimed_cents"}
    assert by_field["amount_claimed_cents"].protected and not by_field["amount_claimed_cents"].text
    assert by_field["summary"].text
    before = contents(a)
    with pytest.raises(ValidationError):
        sync.apply_import(a, prepared, {by_field["summary"].key: Choice.BOTH}, backup=False)
    with pytest.raises(ValidationError):  # an amount is never merged as text
        sync.apply_import(a, prepared, {by_field["summary"].key: Choice.BOTH,
                                        by_field["amount_claimed_cents"].key: Choice.BOTH}, backup=False)
    assert contents(a) == before
    report = sync.apply_import(a, prepared, {by_field["summary"].key: Choice.BOTH,
                                             by_field["amount_claimed_cents"].key: Choice.THEIRS}, backup=False)
    case = case_by_number(a, "FY-2026-0001")
    assert case.summary == "A 的看法\n\nB 的看法" and case.amount_claimed_cents == 13_000_000
    assert report.counts[Action.CONFLICT] == 1
    # B takes A's settled version without a question: A's has seen everything B's has.
    back = exchange(a, b, tmp_path, "settled")
    assert back.counts[Action.UPDATE] == 1
    assert contents(a) == contents(b)


def test_without_a_shared_version_every_difference_is_asked_not_timed(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    edit_case(a, "FY-2026-0001", summary="A 改了摘要")
    edit_case(b, "FY-2026-0001", amount_paid_cents=5_000_000)
    with sqlite3.connect(a.path) as conn:  # forget what A and B last agreed on
        conn.execute("DELETE FROM sync_version")
    path = tmp_path / "b.wbundle"
    sync.export_bundle(b, path)
    prepared = sync.prepare_import(a, path)
    assert {c.field for c in prepared.conflicts} == {"summary", "amount_paid_cents"}


def test_a_deletion_against_an_edit_keeps_the_edit_and_says_so(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    case_a = case_by_number(a, "FY-2026-0001")
    cases.delete_case(a, case_a.id, "重复录入")
    edit_case(b, "FY-2026-0001", summary="B 还在跟进")
    report = exchange(b, a, tmp_path, "edit")
    restored = case_by_number(a, "FY-2026-0001")
    assert restored.summary == "B 还在跟进"
    assert [n.template for n in report.notes] == [
        "Deleted here but edited on the other workstation: the record was restored with those edits."]
    report = exchange(a, b, tmp_path, "back")
    assert case_by_number(b, "FY-2026-0001").summary == "B 还在跟进"
    assert contents(a) == contents(b)


def test_a_deletion_alone_travels(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    cases.delete_case(a, case_by_number(a, "FY-2026-0001").id, "重复录入")
    exchange(a, b, tmp_path, "deleted")
    assert cases.find_case_id(b, "FY-2026-0001") is None
    assert contents(a) == contents(b)


def test_history_merges_as_a_union_and_both_sides_converge(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    case_a, case_b = case_by_number(a, "FY-2026-0001"), case_by_number(b, "FY-2026-0001")
    when = datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc)
    rounds.log_round(a, case_a.id, RoundDraft(when, Channel.PHONE, Direction.TO_INSURER, summary="A 致电理赔部"))
    rounds.log_round(b, case_b.id, RoundDraft(when, Channel.EMAIL, Direction.FROM_INSURER, summary="B 收到邮件"))
    evidence.attach_bytes(a, case_a.id, "a.txt", "A 的病历".encode(), EvidenceMeta())
    evidence.attach_bytes(b, case_b.id, "b.txt", "B 的发票".encode(), EvidenceMeta())
    cases.change_stage(b, case_b.id, cases.StageMove(Stage.EVIDENCE))
    report = exchange(b, a, tmp_path, "b-to-a")
    assert report.counts[Action.CONFLICT] == 0
    exchange(a, b, tmp_path, "a-to-b")
    for store, case in ((a, case_a), (b, case_b)):
        assert sorted(r.summary for r in rounds.list_rounds(store, case.id)) == ["A 致电理赔部", "B 收到邮件"]
        items = evidence.list_evidence(store, case.id)
        assert sorted(e.original_name for e in items) == ["a.txt", "b.txt"]
        assert sorted(e.enclosure_no for e in items) == [1, 2]  # the clash was settled the same way on both
    assert contents(a) == contents(b)


def test_bundles_imported_out_of_order_converge(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    first, second = tmp_path / "1.wbundle", tmp_path / "2.wbundle"
    edit_case(a, "FY-2026-0001", summary="第一次")
    sync.export_bundle(a, first)
    edit_case(a, "FY-2026-0001", summary="第二次")
    sync.export_bundle(a, second)
    sync.apply_import(b, sync.prepare_import(b, second), backup=False)
    late = sync.prepare_import(b, first)
    assert late.plan.counts()[Action.UNCHANGED] == len(late.plan.records)
    sync.apply_import(b, late, backup=False)
    assert case_by_number(b, "FY-2026-0001").summary == "第二次"
    assert contents(a) == contents(b)


def test_cases_numbered_alike_on_two_workstations_get_the_same_numbers_on_both(tmp_path: Path) -> None:
    a, b = Store.open(tmp_path / "a.sqlite3"), Store.open(tmp_path / "b.sqlite3")
    new_case(a, client="甲客户", seq=1)
    new_case(b, client="乙客户", seq=2)
    report = exchange(b, a, tmp_path, "b-to-a")
    assert len(report.notes) == 1
    exchange(a, b, tmp_path, "a-to-b")
    exchange(b, a, tmp_path, "b-to-a-again")  # B renamed its own case when it saw A's: A takes that
    numbers = lambda s: sorted((c.case_number, c.client.name) for c in  # noqa: E731
                               (cases.get_case(s, cid) for cid in _case_ids(s)))
    assert numbers(a) == numbers(b)
    assert len({n for n, _ in numbers(a)}) == 2
    assert contents(a) == contents(b)


def _case_ids(store: Store) -> list[int]:
    with sqlite3.connect(store.path) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM dispute_case WHERE deleted_at IS NULL")]


def test_changes_since_and_for_a_peer_carry_only_what_changed(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    new_case(a, client="王芳", seq=3, policy="TH999")
    peer = b.workstation_id
    full = sync.export_bundle(a, tmp_path / "to-b-1.wbundle", sync.Scope(peer=peer))
    edit_case(a, "FY-2026-0002", summary="只改了这一件")
    delta = sync.export_bundle(a, tmp_path / "to-b-2.wbundle", sync.Scope(peer=peer))
    assert delta.records < full.records
    recs = records_of(tmp_path / "to-b-2.wbundle")
    kinds = sorted({r["kind"] for r in recs.values()})
    assert "dispute_case" in kinds and "stage_change" not in kinds  # the case and what it refers to
    assert [r["fields"]["case_number"] for r in recs.values() if r["kind"] == "dispute_case"] == ["FY-2026-0002"]
    with zipfile.ZipFile(tmp_path / "to-b-2.wbundle") as zf:
        assert json.loads(zf.read("manifest.json"))["scope"]["peer"] == peer
    exchange(a, b, tmp_path, "catch-up", since=datetime(2000, 1, 1, tzinfo=timezone.utc))
    assert contents(a) == contents(b)
    assert [p.workstation_id for p in sync.peers(a)] == [peer]


def test_a_workstation_is_known_by_the_name_it_gives_itself(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    assert sync.workstation_name(b)  # the computer's name until one is given
    assert sync.set_workstation_name(b, "  理赔组\t陈静的\n笔记本 ") == "理赔组 陈静的 笔记本"
    exchange(b, a, tmp_path, "named")
    [peer] = sync.peers(a)
    assert (peer.name, peer.label) == ("理赔组 陈静的 笔记本", f"理赔组 陈静的 笔记本 ({b.workstation_id[:8]})")
    sync.set_workstation_name(b, "陈静的台式机")  # renamed: the next bundle says so
    exchange(b, a, tmp_path, "renamed")
    assert [p.name for p in sync.peers(a)] == ["陈静的台式机"]
    with zipfile.ZipFile(tmp_path / "renamed.wbundle") as zf:
        assert json.loads(zf.read("manifest.json"))["workstation_name"] == "陈静的台式机"
    outside = sync.export_bundle(b, tmp_path / "outside.wbundle", deidentified=True)
    with zipfile.ZipFile(outside.path) as zf:  # a colleague's name does not leave the team
        assert json.loads(zf.read("manifest.json"))["workstation_name"] == ""


def test_chosen_cases_travel_with_everything_they_own(demo_store: Store, tmp_path: Path) -> None:
    chosen = sync.case_uuids(demo_store, [1, 2, 3])
    sync.export_bundle(demo_store, tmp_path / "three.wbundle", sync.Scope(case_uuids=chosen))
    recs = records_of(tmp_path / "three.wbundle")
    assert sorted(r["uuid"] for r in recs.values() if r["kind"] == "dispute_case") == sorted(chosen)
    target = Store.open(tmp_path / "t.sqlite3")
    sync.apply_import(target, sync.prepare_import(target, tmp_path / "three.wbundle"), backup=False)
    with sqlite3.connect(demo_store.path) as src, sqlite3.connect(target.path) as dst:
        for table in ("evidence", "negotiation_round", "reasoning_point", "stage_change"):
            q = f"SELECT count(*) FROM {table} WHERE case_id IN (SELECT id FROM dispute_case WHERE uuid IN (?,?,?))"  # noqa: S608
            assert src.execute(q, chosen).fetchone() == dst.execute(q, chosen).fetchone()


def test_editing_a_local_only_field_is_not_a_change(pair) -> None:  # type: ignore[no-untyped-def]
    a, _ = pair
    case = case_by_number(a, "FY-2026-0001")
    item = evidence.attach_bytes(a, case.id, "x.txt", b"hello", EvidenceMeta()).added[0]
    with sqlite3.connect(a.path) as conn:
        before = conn.execute("SELECT vv FROM evidence WHERE id=?", (item.id,)).fetchone()
    evidence.verify_store(a)
    with sqlite3.connect(a.path) as conn:
        assert conn.execute("SELECT vv FROM evidence WHERE id=?", (item.id,)).fetchone() == before


def test_only_versions_that_may_have_been_shared_are_kept(tmp_path: Path) -> None:
    a = Store.open(tmp_path / "a.sqlite3")
    new_case(a)
    logged = lambda: sqlite3.connect(a.path).execute("SELECT count(*) FROM sync_version").fetchone()[0]  # noqa: E731
    edit_case(a, "FY-2026-0001", summary="第一稿")
    edit_case(a, "FY-2026-0001", summary="第二稿")
    assert logged() == 0  # never left this workstation
    sync.export_bundle(a, tmp_path / "x.wbundle")
    assert logged() == 0  # exporting writes nothing down...
    edit_case(a, "FY-2026-0001", summary="第三稿")
    assert logged() == 1  # ...until the version the bundle holds is replaced
    with sqlite3.connect(a.path) as conn:
        kept = json.loads(conn.execute("SELECT fields_json FROM sync_version").fetchone()[0])
    assert kept["summary"] == "第二稿"
    edit_case(a, "FY-2026-0001", summary="第四稿")
    assert logged() == 1
