"""Attacks on the evidence of a case: its file names, descriptions, tags and citation notes
name people and diagnoses, and its documents hold everything in full."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import new_case
from tests.test_evidence import make_pdf
from workbench.domain.access import HIDDEN_HEALTH, Role
from workbench.domain.evidence import EvidenceMeta, EvidenceSource
from workbench.errors import PermissionDenied
from workbench.services import accounts, cases, evidence, team
from workbench.services.evidence import EvidenceFilter
from workbench.services.store import Store

def _desk(store: Store, tmp_path: Path) -> tuple[int, int]:
    """Two cases with named documents: one 王芳's (a specialist's own), one of a colleague's."""
    accounts.add_user(store, "admin", "admin-pass-2026", Role.ADMINISTRATOR, "管理员")
    accounts.sign_in(store, "admin", "admin-pass-2026")
    for user, role, name in (("wang", Role.SPECIALIST, "王芳"), ("zhao", Role.SPECIALIST, "赵雅琴"),
                             ("audit", Role.AUDITOR, "周敏")):
        accounts.add_user(store, user, f"{user}-pass-2026", role, name, name if role is Role.SPECIALIST else "")
    store.principal = None
    theirs = new_case(store, client="孟玉瑶", seq=1, policy="P1")
    mine = new_case(store, client="李娜", seq=2, policy="P2")
    for case, assignee in ((theirs, "赵雅琴"), (mine, "王芳")):
        cases.update_case(store, case.id, {"assignee_id": team.staff_by_name(store, assignee).id},
                          cases.get_case(store, case.id).meta.revision)
        name = cases.get_case(store, case.id).client.name
        pdf = make_pdf(tmp_path / f"{case.id}.pdf", ["discharge summary"]).read_bytes()
        report = evidence.attach_bytes(store, case.id, f"{name}出院小结.pdf", pdf, EvidenceMeta(
            "discharge_summary", EvidenceSource.HOSPITAL, description=f"{name} 甲状腺乳头状癌 术后病理", tags=("病理",)))
        evidence.add_citation(store, report.added[0].id, 1, note=f"{name}：病理确诊日期")
    return theirs.id, mine.id


def _texts(store: Store, case_id: int) -> str:
    items = evidence.list_evidence(store, case_id)
    return " ".join([e.original_name + e.description + "".join(e.tags) for e in items]
                    + [c.note for c in evidence.list_citations(store, case_id)])


def test_a_specialist_reads_no_name_behind_a_colleagues_masks(store: Store, tmp_path: Path) -> None:
    theirs, mine = _desk(store, tmp_path)
    accounts.sign_in(store, "wang", "wang-pass-2026")
    shown = _texts(store, theirs)
    assert "孟玉瑶" not in shown and "孟**" in shown
    item = evidence.list_evidence(store, theirs)[0]
    for read in (evidence.file_for_viewing, evidence.evidence_text):
        with pytest.raises(PermissionDenied):
            read(store, item.id)
    assert evidence.list_evidence(store, theirs, EvidenceFilter(words="孟玉瑶")) == []  # no oracle either
    assert evidence.list_evidence(store, theirs, EvidenceFilter(words="甲状腺")) == []
    assert not evidence.may_search(store, theirs) and evidence.may_search(store, mine)  # the window greys the box
    assert "李娜出院小结.pdf" in _texts(store, mine)  # her own case, in full
    assert evidence.evidence_text(store, evidence.list_evidence(store, mine)[0].id) is not None


def test_an_auditor_reads_no_document_text_nor_finds_a_diagnosis(store: Store, tmp_path: Path) -> None:
    theirs, mine = _desk(store, tmp_path)
    accounts.sign_in(store, "audit", "audit-pass-2026")
    for case_id in (theirs, mine):
        shown = _texts(store, case_id)
        assert not any(w in shown for w in ("孟玉瑶", "李娜", "甲状腺", "病理")), shown
        [item] = evidence.list_evidence(store, case_id)
        assert item.original_name == "附件1.pdf" and item.description == HIDDEN_HEALTH and item.tags == ()
        assert evidence.list_citations(store, case_id)[0].note == HIDDEN_HEALTH
        assert evidence.list_evidence(store, case_id, EvidenceFilter(words="甲状腺")) == []
        with pytest.raises(PermissionDenied):
            evidence.file_for_viewing(store, item.id)


def test_an_issued_letter_is_read_only_by_whom_sees_the_case_in_full(demo_store: Store) -> None:
    from workbench.domain.models import CaseQuery
    from workbench.services import case_list, letter_issue

    issued = [(c, x) for c in case_list.case_ids(demo_store, CaseQuery())
              for x in letter_issue.list_issued(demo_store, c)]
    assert issued
    accounts.sign_in(demo_store, "chen", "demo-chen-2026")
    assert any(cases.get_case(demo_store, c).masked for c, _ in issued)  # the attack has a target
    for case_id, letter in issued:
        if cases.get_case(demo_store, case_id).masked:
            with pytest.raises(PermissionDenied):  # it names the client in full
                letter_issue.issued_pdf(demo_store, letter.id)
        else:
            assert letter_issue.issued_pdf(demo_store, letter.id).startswith(b"%PDF")
    accounts.sign_in(demo_store, "audit", "demo-audit-2026")
    with pytest.raises(PermissionDenied):
        letter_issue.issued_pdf(demo_store, issued[0][1].id)
    accounts.sign_in(demo_store, "lead", "demo-lead-2026")
    assert all(letter_issue.issued_pdf(demo_store, x.id).startswith(b"%PDF") for _, x in issued)


def test_an_auditor_reads_who_and_when_of_a_round_not_what_was_said(demo_store: Store) -> None:
    from workbench.domain.models import CaseQuery
    from workbench.domain.rounds import EventKind
    from workbench.services import case_list, rounds
    from workbench.services.timeline import timeline

    with_rounds = next(c for c in case_list.case_ids(demo_store, CaseQuery()) if rounds.list_rounds(demo_store, c))
    said = {r.summary for r in rounds.list_rounds(demo_store, with_rounds) if r.summary}
    accounts.sign_in(demo_store, "audit", "demo-audit-2026")
    seen = rounds.list_rounds(demo_store, with_rounds)
    assert seen and all(r.summary in ("", HIDDEN_HEALTH) and r.answered in ("", HIDDEN_HEALTH) for r in seen)
    assert all(r.occurred_at and r.channel for r in seen)  # who, when and how remain
    events = [e for e in timeline(demo_store, with_rounds) if e.kind in (EventKind.ROUND, EventKind.POINT)]
    assert not any(s in e.text for s in said for e in events)
    assert all(e.text == HIDDEN_HEALTH or not e.text for e in events)
