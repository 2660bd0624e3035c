"""Points taken from the insurer's notice, the legal basis library, and hints."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import new_case
from tests.test_evidence import make_pdf
from workbench.domain.analysis import Assessment, Category, PointStatus
from workbench.domain.evidence import EvidenceMeta
from workbench.errors import ConflictError, ValidationError
from workbench.services import analysis, cases, evidence
from workbench.services.hints import case_hints
from workbench.services.store import Store

NOTICE = ("经审核，我司决定不予赔付，理由如下：一、被保险人投保前已患甲状腺结节，投保时未如实告知；"
          "二、根据条款第十条责任免除约定，既往症不在保障范围内。")


def passage(text: str) -> tuple[int, int]:
    start = NOTICE.index(text)
    return start, start + len(text)


def test_points_anchored_in_the_notice_survive_reopening(store: Store) -> None:
    case = new_case(store)
    analysis.set_notice(store, case.id, NOTICE, date(2026, 10, 12))
    q1 = "被保险人投保前已患甲状腺结节，投保时未如实告知"
    p1 = analysis.add_point(store, case.id, q1, passage(q1), Category.NON_DISCLOSURE)
    again = Store.open(store.path)
    (loaded,) = analysis.list_points(again, case.id)
    assert loaded.anchor == passage(q1) and NOTICE[slice(*loaded.anchor)] == q1
    assert loaded.position == 1 and loaded.category is Category.NON_DISCLOSURE and len(loaded.meta.uuid) == 36
    # the notice is corrected (a word added in front): the anchor follows its passage
    analysis.set_notice(again, case.id, "（更正）" + NOTICE)
    moved = analysis.get_point(again, p1.id)
    assert ("（更正）" + NOTICE)[slice(*moved.anchor)] == q1
    again.close()


def test_a_passage_outside_the_notice_is_refused(store: Store) -> None:
    case = new_case(store)
    analysis.set_notice(store, case.id, NOTICE)
    with pytest.raises(ValidationError):
        analysis.add_point(store, case.id, "x", (5, len(NOTICE) + 10))
    with pytest.raises(ValidationError):
        analysis.add_point(store, case.id, "   ")


def test_edit_merge_split_reorder(store: Store, tmp_path: Path) -> None:
    case = new_case(store)
    analysis.set_notice(store, case.id, NOTICE)
    a = analysis.add_point(store, case.id, "未如实告知")
    b = analysis.add_point(store, case.id, "既往症不在保障范围内")
    c = analysis.add_point(store, case.id, "责任免除")
    pdf = make_pdf(tmp_path / "投保单.pdf", ["健康告知问卷：未询问甲状腺"])
    (item,) = evidence.attach_files(store, case.id, [pdf], EvidenceMeta("health_questionnaire")).added
    cite = evidence.add_citation(store, item.id, 1, "问卷未询问")
    a = analysis.update_point(store, a.id, {
        "rebuttal_html": "<p>健康告知问卷<b>未询问</b>甲状腺情况。</p>", "provisions": ["ins_law_16"],
        "citation_ids": [cite.id], "assessment": Assessment.STRONG, "status": PointStatus.OPEN}, a.meta.revision)
    assert a.has_evidence and a.provisions == ("ins_law_16",) and a.meta.revision == 2
    with pytest.raises(ConflictError):
        analysis.update_point(store, a.id, {"status": PointStatus.DROPPED}, 1)
    with pytest.raises(ValidationError):
        analysis.update_point(store, a.id, {"provisions": ["no_such_law"]}, a.meta.revision)
    assert [p.id for p in analysis.move_point(store, c.id, -2)] == [c.id, a.id, b.id]
    merged = analysis.merge_points(store, [a.id, b.id])
    assert merged.quote == "未如实告知\n既往症不在保障范围内" and merged.citation_ids == (cite.id,)
    assert [p.position for p in analysis.list_points(store, case.id)] == [1, 2]
    first, second = analysis.split_point(store, merged.id, len("未如实告知"))
    assert (first.quote, second.quote) == ("未如实告知", "既往症不在保障范围内")
    assert [p.quote for p in analysis.list_points(store, case.id)] == ["责任免除", "未如实告知", "既往症不在保障范围内"]
    analysis.delete_point(store, second.id)
    assert len(analysis.list_points(store, case.id)) == 2
    analysis.restore_point(store, second.id)
    assert len(analysis.list_points(store, case.id)) == 3


def test_notice_from_an_evidence_pdf_keeps_the_link(store: Store, tmp_path: Path) -> None:
    case = new_case(store)
    pdf = make_pdf(tmp_path / "拒赔通知书.pdf", ["经审核，不予赔付。理由：未如实告知甲状腺结节。"])
    (item,) = evidence.attach_files(store, case.id, [pdf], EvidenceMeta("decision_letter")).added
    notice = analysis.notice_from_evidence(store, case.id, item.id, date(2026, 10, 9))
    assert "未如实告知" in notice.text and notice.evidence_id == item.id
    scan = tmp_path / "扫描.png"
    from tests.test_evidence import PNG

    scan.write_bytes(PNG)
    (image,) = evidence.attach_files(store, case.id, [scan], EvidenceMeta()).added
    with pytest.raises(ValidationError, match="no text layer"):
        analysis.notice_from_evidence(store, case.id, image.id)


def test_library_has_the_articles_and_takes_the_teams_own(store: Store) -> None:
    codes = {p.code for p in analysis.provisions(store)}
    assert {"ins_law_16", "ins_law_17", "ins_law_21", "ins_law_22", "ins_law_23", "ins_law_24", "ins_law_25",
            "ins_law_26", "ins_law_30"} <= codes
    own = analysis.add_provision(store, "泰和人寿理赔指引（2025版）", "第3.2条", "甲状腺结节核赔标准", "……")
    assert own.code in {p.code for p in analysis.provisions(store)} and not own.builtin


def _rescission_case(store: Store, effective: date, decided: date):  # type: ignore[no-untyped-def]
    from workbench.domain.enums import DecisionKind

    case = new_case(store, kind=DecisionKind.CONTRACT_RESCINDED)
    from workbench.services import parties  # noqa: F401

    with store.unit_of_work() as s:
        from workbench.storage.rows import PolicyRow

        s.get(PolicyRow, case.policy.id).effective_date = effective
    return cases.update_case(store, case.id, {"decision_date": decided}, case.meta.revision, today=date(2026, 11, 26))


def test_incontestability_hint_fires_after_two_years_only(store: Store) -> None:
    old = _rescission_case(store, date(2022, 5, 1), date(2026, 9, 30))
    analysis.add_point(store, old.id, "未如实告知", category=Category.NON_DISCLOSURE)
    hints = case_hints(store, old.id)
    assert [h.rule for h in hints] == ["incontestable"]
    assert hints[0].provision == "ins_law_16" and "2022-05-01" in hints[0].message_zh
    young = _rescission_case(store, date(2025, 5, 1), date(2026, 9, 30))
    analysis.add_point(store, young.id, "未如实告知", category=Category.NON_DISCLOSURE)
    assert case_hints(store, young.id) == []


def test_late_or_reasonless_refusal_and_point_flags(store: Store) -> None:
    case = new_case(store)  # claim refused, decision 2026-10-08
    analysis.set_notice(store, case.id, "经审核，不予赔付。", date(2026, 10, 20))
    rules = {h.rule for h in case_hints(store, case.id)}
    assert rules == {"late_refusal_notice", "refusal_without_reasons"}
    analysis.set_notice(store, case.id, NOTICE, date(2026, 10, 9))
    assert case_hints(store, case.id) == []
    p = analysis.add_point(store, case.id, "根据条款第十条责任免除约定", category=Category.EXCLUSION)
    assert case_hints(store, case.id) == []
    p = analysis.update_point(store, p.id, {"client_says_unexplained": True, "clause_ambiguous": True}, p.meta.revision)
    found = {(h.rule, h.point_id) for h in case_hints(store, case.id)}
    assert found == {("exclusion_not_explained", p.id), ("ambiguous_clause", p.id)}


def test_cli_points_and_matrix_pdf(demo_path: Path, tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    from pypdf import PdfReader

    root = Path(__file__).resolve().parent.parent

    def run(*args: str) -> str:
        return subprocess.run([sys.executable, "-m", "workbench", *args, "--db", str(demo_path), "--lang", "en"],
                              cwd=root, capture_output=True, text=True, check=True).stdout

    store = Store.open(demo_path)
    from workbench.domain.models import CaseQuery
    from workbench.services import case_list

    with_points = [cid for cid in case_list.case_ids(store, CaseQuery(sort_key="opened_on", descending=True))[:40]
                   if analysis.list_points(store, cid)]
    assert len(with_points) >= 10  # the demo analyses the cases it gave documents
    case = cases.get_case(store, with_points[0])
    points = analysis.list_points(store, case.id)
    data = json.loads(run("points", case.case_number, "--format", "json"))
    assert [p["quote"] for p in data["points"]] == [p.quote for p in points]
    assert data["notice"]["evidence_id"] is not None and any(h["rule"] == "exclusion_not_explained" for h in data["hints"])
    out = tmp_path / "matrix.pdf"
    run("matrix", case.case_number, "--out", str(out))
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages).replace("\n", "")
    for p in points:
        assert p.quote.replace("\n", "")[:12] in text
    assert case.case_number in text
    store.close()


def test_library_ships_the_interpretation_and_complaint_limits(store: Store) -> None:
    items = {p.code: p for p in analysis.provisions(store)}
    assert items["spc_ii_6"].short() == "保险法司法解释（二）第六条"
    assert items["ins_law_16"].short() == "保险法第十六条"
    assert items["complaint_time_limits"].article == ""  # no article number we cannot state exactly
    assert all(p.text_zh and p.text_en for p in items.values() if p.builtin)
