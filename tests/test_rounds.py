"""Negotiation rounds and the timeline."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.conftest import new_case
from workbench.domain.analysis import PointStatus
from workbench.domain.enums import Stage
from workbench.domain.evidence import EvidenceMeta
from workbench.domain.rounds import Channel, Direction, EventKind, RoundDraft
from workbench.errors import ConflictError, ValidationError
from workbench.services import analysis, cases, evidence, rounds
from workbench.services.store import Store
from workbench.services.timeline import timeline

WHEN = datetime(2026, 11, 2, 9, 30, tzinfo=timezone.utc)


def at_analysis(store: Store):  # type: ignore[no-untyped-def]
    case = new_case(store)
    for st in (Stage.EVIDENCE, Stage.ANALYSIS):
        case = cases.change_stage(store, case.id, cases.StageMove(st))
    return case


def test_a_round_changes_point_statuses_and_moves_the_case(store: Store, tmp_path: Path) -> None:
    case = at_analysis(store)
    p1 = analysis.add_point(store, case.id, "未如实告知")
    p2 = analysis.add_point(store, case.id, "责任免除")
    mail = tmp_path / "回复邮件.txt"
    mail.write_text("我司维持原结论。", encoding="utf-8")
    (item,) = evidence.attach_files(store, case.id, [mail], EvidenceMeta()).added
    with store.acting_as("陈思远"):
        r = rounds.log_round(store, case.id, RoundDraft(
            WHEN, Channel.EMAIL, Direction.FROM_INSURER, contact_person="王经理", contact_department="理赔部",
            summary="保险公司回复复议申请", answered="接受第一点，维持第二点", amount_offered_cents=5_000_000,
            evidence_ids=[item.id], point_changes={p1.id: PointStatus.ACCEPTED, p2.id: PointStatus.MAINTAINED},
            next_step="补充投保时录音", follow_up_on=date(2026, 11, 20)))
    assert r.number == 1 and r.evidence_ids == (item.id,)
    assert dict(r.point_changes) == {p1.id: PointStatus.ACCEPTED, p2.id: PointStatus.MAINTAINED}
    assert analysis.get_point(store, p1.id).status is PointStatus.ACCEPTED
    moved = cases.get_case(store, case.id)
    assert moved.stage is Stage.NEGOTIATION
    assert cases.stage_history(store, case.id)[-1].actor == "陈思远"


def test_a_round_does_not_move_a_case_in_another_stage(store: Store) -> None:
    case = new_case(store)  # intake
    rounds.log_round(store, case.id, RoundDraft(WHEN, Channel.PHONE, Direction.TO_INSURER, summary="询问进度"))
    assert cases.get_case(store, case.id).stage is Stage.INTAKE


def test_editing_keeps_the_earlier_text(store: Store) -> None:
    case = new_case(store)
    r = rounds.log_round(store, case.id, RoundDraft(WHEN, Channel.PHONE, Direction.TO_INSURER,
                                                    summary="电话沟通，对方称一周内答复"))
    with store.acting_as("周婧"):
        edited = rounds.edit_round(store, r.id, {"summary": "电话沟通，对方称十个工作日内答复"}, r.meta.revision)
    assert edited.summary.endswith("十个工作日内答复") and edited.meta.revision == 2
    (old,) = rounds.round_history(store, r.id)
    assert old.values["summary"] == "电话沟通，对方称一周内答复" and old.actor == "周婧" and old.revision == 1
    with pytest.raises(ConflictError):
        rounds.edit_round(store, r.id, {"summary": "x"}, 1)


@pytest.mark.parametrize("draft", [
    RoundDraft(WHEN, Channel.PHONE, Direction.TO_INSURER),  # nothing said
    RoundDraft(datetime.now(timezone.utc) + timedelta(days=2), Channel.PHONE, Direction.TO_INSURER, summary="x"),
])
def test_bad_rounds_are_refused(store: Store, draft: RoundDraft) -> None:
    case = new_case(store)
    with pytest.raises(ValidationError):
        rounds.log_round(store, case.id, draft)
    assert rounds.list_rounds(store, case.id) == []


def test_timeline_in_order_and_filtered(store: Store, tmp_path: Path) -> None:
    case = at_analysis(store)
    f = tmp_path / "病历.txt"
    f.write_text("病历", encoding="utf-8")
    evidence.attach_files(store, case.id, [f], EvidenceMeta())
    analysis.add_point(store, case.id, "未如实告知")
    rounds.log_round(store, case.id, RoundDraft(WHEN, Channel.MEETING, Direction.TO_INSURER, summary="面谈",
                                                follow_up_on=date(2030, 1, 1), next_step="等待书面答复"))
    events = timeline(store, case.id)
    kinds = [e.kind for e in events]
    assert kinds[0] is EventKind.DECISION_RECEIVED and kinds[-1] is EventKind.FOLLOW_UP
    assert {EventKind.STAGE, EventKind.EVIDENCE, EventKind.POINT, EventKind.ROUND} <= set(kinds)
    assert [e.when for e in events] == sorted(e.when for e in events)
    only_rounds = timeline(store, case.id, {EventKind.ROUND})
    assert [e.text for e in only_rounds] == ["面谈"]
