"""The demo database is realistic, valid, and written all-or-nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from workbench.domain.enums import DisputeKind, Outcome, Stage
from workbench.domain.models import CaseQuery
from workbench.domain.resident_id import validate_resident_id
from workbench.errors import ValidationError
from workbench.services import case_list, cases
from workbench.services.check import check_database
from workbench.services.demo import generate_demo
from workbench.services.progress import Cancelled
from workbench.services.store import Store


def test_demo_is_sound_and_plausible(demo_store: Store) -> None:
    report = check_database(demo_store)
    assert report.ok, report
    assert report.counts["dispute_case"] == 300 and report.counts["insurer"] == 12
    rows = case_list.list_cases(demo_store, CaseQuery())
    assert len({r.case_number for r in rows}) == 300
    assert all(r.case_number.startswith("FY-20") for r in rows)
    assert {r.stage for r in rows} == set(Stage)
    decided_claims = [r for r in rows if r.dispute_kind is DisputeKind.CLAIM and r.outcome is not None]
    changed = [r for r in decided_claims if r.outcome in (Outcome.OVERTURNED, Outcome.PARTLY_CHANGED)]
    share = len(changed) / len(decided_claims)
    assert 0.40 <= share <= 0.66, share  # the brokerage reports 53%
    # Escalated disputes are out of the insurer's hands: no final amount yet.
    assert all((r.amount_paid_cents is None) == (r.outcome is Outcome.ESCALATED) for r in decided_claims)
    assert all(r.opened_on <= date(2026, 11, 26) for r in rows)


def test_demo_people_have_valid_ids_and_chinese_names(demo_store: Store) -> None:
    for r in case_list.list_cases(demo_store, CaseQuery())[:40]:
        case = cases.get_case(demo_store, r.id)
        assert validate_resident_id(case.client.id_number) == case.client.id_number
        assert all("\u4e00" <= ch <= "\u9fff" for ch in case.client.name)
        assert case.client.phone.startswith("1") and len(case.client.phone) == 11


def test_demo_history_starts_on_the_opening_day(demo_store: Store) -> None:
    for r in case_list.list_cases(demo_store, CaseQuery())[:50]:
        history = cases.stage_history(demo_store, r.id)
        assert history[0].to_stage is Stage.INTAKE
        assert history[0].changed_at.date() == r.opened_on
        assert history[-1].to_stage is r.stage


def test_existing_file_is_not_overwritten_without_replace(tmp_path: Path) -> None:
    path = tmp_path / "mine.sqlite3"
    path.write_bytes(b"precious")
    with pytest.raises(ValidationError, match="already exists"):
        generate_demo(path, 5)
    assert path.read_bytes() == b"precious"


def test_cancelled_demo_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    with pytest.raises(Cancelled):
        generate_demo(path, 12_000, progress=lambda done, total: done < 5000)
    assert list(tmp_path.iterdir()) == []


def test_demo_cases_have_real_documents(demo_store: Store) -> None:
    from workbench.domain.evidence import Integrity
    from workbench.services import evidence

    with_docs = [cid for cid in case_list.case_ids(demo_store, CaseQuery(sort_key="opened_on", descending=True))[:40]
                 if evidence.list_evidence(demo_store, cid)]
    assert len(with_docs) >= 20
    items = evidence.list_evidence(demo_store, with_docs[0])
    kinds = {e.content_type for e in items}
    assert {"application/pdf", "image/png", "text/plain"} <= kinds
    pdf = next(e for e in items if e.evidence_type == "discharge_summary")
    assert pdf.page_count == 1 and "出院诊断" in evidence.evidence_text(demo_store, pdf.id)
    found = evidence.list_evidence(demo_store, with_docs[0], evidence.EvidenceFilter(words="责任免除"))
    assert {e.evidence_type for e in found} >= {"policy_terms"}
    report = evidence.verify_store(demo_store)
    assert report.ok and report.checked >= 100
    assert all(e.integrity is Integrity.OK for e in items)


def test_demo_cases_cite_their_documents(demo_store: Store) -> None:
    from workbench.services import evidence

    cited = [c for cid in case_list.case_ids(demo_store, CaseQuery(sort_key="opened_on", descending=True))[:40]
             for c in evidence.list_citations(demo_store, cid)]
    assert cited and all(c.label().startswith("附件") for c in cited)
    assert any(c.page == 2 and "责任免除" in c.note for c in cited)


def test_demo_cases_in_negotiation_have_rounds_and_believable_dates(demo_store: Store) -> None:
    from workbench.services import rounds
    from workbench.services.timeline import timeline

    newest = case_list.case_ids(demo_store, CaseQuery(sort_key="opened_on", descending=True))[:40]
    with_rounds = [cid for cid in newest if rounds.list_rounds(demo_store, cid)]
    assert len(with_rounds) >= 5
    for cid in with_rounds:
        case = cases.get_case(demo_store, cid)
        events = timeline(demo_store, cid)
        assert all(e.when.date() >= case.opened_on - timedelta(days=60) for e in events)
        assert min(e.when for e in events if e.kind.value == "evidence").date() >= case.opened_on


def test_demo_has_deadlines_some_overdue(demo_store: Store) -> None:
    from workbench.services import deadlines

    today = date(2026, 11, 26)
    items = deadlines.due_list(deadlines.open_deadlines(demo_store, today), 30, today)
    assert any(d.status == "overdue" for d in items) and any(d.status != "overdue" for d in items)
    assert {d.rule for d in items} & {"follow_up", "complaint_reply", "art26_limitation"}


def test_demo_letters_have_a_letterhead_and_enclosures(demo_store: Store) -> None:
    from io import BytesIO

    from pypdf import PdfReader

    from workbench.services import analysis, letters
    from workbench.services.letter_pdf import render_letter

    ids = [i for i in case_list.case_ids(demo_store, CaseQuery())[:200] if analysis.list_points(demo_store, i)]
    letter = next(x for x in (letters.compose(demo_store, i, "zh") for i in ids) if x.enclosures)
    assert letter.letterhead.organisation.startswith("安衡保险经纪") and letter.points
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(render_letter(letter))).pages)
    assert "安衡保险经纪有限公司" in text and f"附件{letter.enclosures[0].number}" in text


def test_demo_has_issued_letters(demo_store: Store) -> None:
    from workbench.services import letter_issue

    issued = [x for cid in case_list.case_ids(demo_store, CaseQuery())
              for x in letter_issue.list_issued(demo_store, cid)]
    assert issued and all(x.version == 1 and x.size > 10_000 for x in issued)
    first = letter_issue.issued_pdf(demo_store, issued[0].id)
    assert first.startswith(b"%PDF")


def test_demo_has_a_colleague_with_a_bundle_waiting(demo_template: Path, demo_store: Store) -> None:
    from workbench.services import sync
    from workbench.services.demo_sync import colleague_bundle_path

    peers = sync.peers(demo_store)
    assert len(peers) == 1 and peers[0].last_sent_at is not None and peers[0].last_received_at is not None
    assert peers[0].label == f"陈思远的笔记本 ({peers[0].workstation_id[:8]})"  # a name, not a UUID
    prepared = sync.prepare_import(demo_store, colleague_bundle_path(demo_template))
    plan = prepared.plan
    assert {c.field for c in plan.conflicts} == {"summary", "amount_offered_cents"}
    assert plan.counts()[sync.Action.NEW] == 1  # the client's statement, as evidence
    choices = {c.key: sync.Choice.BOTH if c.text else sync.Choice.THEIRS for c in plan.conflicts}
    report = sync.apply_import(demo_store, prepared, choices, backup=False)
    assert report.files_added == 1
    assert any("客户补充说明" in str(f.after) for c in report.changes for f in c.fields)
