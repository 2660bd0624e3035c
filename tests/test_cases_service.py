"""Cases through the service API, on a real SQLite file."""

from __future__ import annotations

from datetime import date, timezone

import pytest

from tests.conftest import new_case, person
from workbench.domain.enums import DecisionKind, DisputeKind, Outcome, Priority, Relationship, Stage
from workbench.domain.models import CaseDraft, CaseQuery, InsurerDraft, PersonDraft
from workbench.errors import ConflictError, NotFoundError, TransitionError, ValidationError
from workbench.services import case_list, cases, parties
from workbench.services.store import Store


def test_case_numbers_count_per_year(store: Store) -> None:
    a = new_case(store, opened=date(2025, 12, 30), seq=1)
    b = new_case(store, opened=date(2026, 1, 2), seq=2)
    c = new_case(store, opened=date(2026, 3, 1), seq=3)
    d = new_case(store, opened=date(2025, 12, 31), seq=4)
    assert [a.case_number, b.case_number, c.case_number, d.case_number] == [
        "FY-2025-0001", "FY-2026-0001", "FY-2026-0002", "FY-2025-0002"]


def test_every_record_carries_sync_bookkeeping(store: Store) -> None:
    case = new_case(store)
    for meta in (case.meta, case.client.meta, case.insurer.meta, case.policy.meta):
        assert meta is not None
        assert len(meta.uuid) == 36
        assert meta.created_at.tzinfo == timezone.utc and meta.updated_at.tzinfo == timezone.utc
        assert meta.revision == 1
        assert meta.workstation_id == store.workstation_id
        assert meta.deleted_at is None


def test_create_records_intake_in_history(store: Store) -> None:
    with store.acting_as("测试员"):
        case = new_case(store)
    assert case.stage is Stage.INTAKE and case.dispute_kind is DisputeKind.CLAIM
    history = cases.stage_history(store, case.id)
    assert [(h.from_stage, h.to_stage, h.actor) for h in history] == [(None, Stage.INTAKE, "测试员")]


def test_underwriting_case_without_policy(store: Store) -> None:
    case = new_case(store, kind=DecisionKind.UW_LOADING, claimed=None, policy="")
    assert case.dispute_kind is DisputeKind.UNDERWRITING and case.policy is None


def test_bad_resident_id_is_refused_and_nothing_is_written(store: Store) -> None:
    bad = PersonDraft("王芳", id_number="110105194912310021")
    draft = CaseDraft(decision_kind=DecisionKind.CLAIM_REFUSED, client=bad, insured_is_client=True,
                      insurer=InsurerDraft("安信健康保险股份有限公司"))
    with pytest.raises(ValidationError) as err:
        cases.create_case(store, draft)
    assert err.value.field == "client.id_number"
    assert parties.list_insurers(store) == []  # the insurer draft was rolled back too
    assert case_list.case_ids(store, CaseQuery()) == []


def test_separate_insured_person(store: Store) -> None:
    draft = CaseDraft(decision_kind=DecisionKind.PARTLY_PAID, client=person("王强", 1),
                      insured=person("王小明", 2, date(2015, 5, 1)), relationship=Relationship.CHILD,
                      insurer=InsurerDraft("华康人寿保险股份有限公司"))
    case = cases.create_case(store, draft)
    assert case.insured.name == "王小明" and case.relationship is Relationship.CHILD
    assert case.client.id != case.insured.id


def test_existing_parties_are_reused(store: Store) -> None:
    first = new_case(store)
    draft = CaseDraft(decision_kind=DecisionKind.CLAIM_REFUSED, client_id=first.client.id, insured_is_client=True,
                      insurer_id=first.insurer.id, policy_id=first.policy.id)
    second = cases.create_case(store, draft)
    assert second.client.id == first.client.id and second.policy.id == first.policy.id
    assert len(parties.list_insurers(store)) == 1


def test_update_bumps_revision_and_refuses_stale_edits(store: Store) -> None:
    case = new_case(store)
    edited = cases.update_case(store, case.id, {"amount_offered_cents": 500_000, "priority": Priority.URGENT,
                                                "summary": "  以既往症为由拒赔  "}, case.meta.revision)
    assert edited.meta.revision == 2 and edited.priority is Priority.URGENT
    assert edited.summary == "以既往症为由拒赔"
    assert edited.meta.updated_at > case.meta.updated_at
    with pytest.raises(ConflictError):
        cases.update_case(store, case.id, {"claim_number": "X"}, case.meta.revision)
    assert cases.get_case(store, case.id).claim_number == "LP2026001"


def test_changing_decision_kind_follows_dispute_kind(store: Store) -> None:
    case = new_case(store)
    edited = cases.update_case(store, case.id, {"decision_kind": DecisionKind.UW_EXCLUSION}, 1)
    assert edited.dispute_kind is DisputeKind.UNDERWRITING


@pytest.mark.parametrize(("changes", "field"), [
    ({"amount_claimed_cents": -5}, "amount_claimed_cents"),
    ({"received_date": date(2026, 10, 1)}, "received_date"),
    ({"decision_date": date(2099, 1, 1)}, "decision_date"),
])
def test_update_validation(store: Store, changes: dict, field: str) -> None:
    case = new_case(store)
    with pytest.raises(ValidationError) as err:
        cases.update_case(store, case.id, changes, 1, today=date(2026, 11, 26))
    assert err.value.field == field
    assert cases.get_case(store, case.id).meta.revision == 1


def test_unknown_fields_cannot_be_edited(store: Store) -> None:
    case = new_case(store)
    with pytest.raises(ValidationError):
        cases.update_case(store, case.id, {"stage": "closed"}, 1)


def test_full_life_with_reopen(store: Store) -> None:
    case = new_case(store)
    for target in (Stage.EVIDENCE, Stage.ANALYSIS, Stage.NEGOTIATION):
        case = cases.change_stage(store, case.id, cases.StageMove(target))
    case = cases.change_stage(store, case.id, cases.StageMove(Stage.DECIDED, Outcome.PARTLY_CHANGED,
                                                              amount_paid_cents=8_000_000))
    assert case.outcome is Outcome.PARTLY_CHANGED and case.amount_paid_cents == 8_000_000
    case = cases.change_stage(store, case.id, cases.StageMove(Stage.CLOSED), today=date(2026, 11, 20))
    assert case.closed_on == date(2026, 11, 20)
    with pytest.raises(TransitionError):
        cases.change_stage(store, case.id, cases.StageMove(Stage.NEGOTIATION))
    with store.acting_as("林慧敏"):
        case = cases.change_stage(store, case.id, cases.StageMove(Stage.NEGOTIATION, reason="客户补充了新的病历"))
    assert case.stage is Stage.NEGOTIATION and case.outcome is None and case.closed_on is None
    history = cases.stage_history(store, case.id)
    assert [h.to_stage for h in history] == [Stage.INTAKE, Stage.EVIDENCE, Stage.ANALYSIS, Stage.NEGOTIATION,
                                             Stage.DECIDED, Stage.CLOSED, Stage.NEGOTIATION]
    assert history[4].outcome is Outcome.PARTLY_CHANGED
    assert history[-1].reason == "客户补充了新的病历" and history[-1].actor == "林慧敏"
    assert case.meta.revision == 7  # created at 1, six moves since


def test_illegal_move_changes_nothing(store: Store) -> None:
    case = new_case(store)
    with pytest.raises(TransitionError):
        cases.change_stage(store, case.id, cases.StageMove(Stage.CLOSED))
    assert cases.get_case(store, case.id).stage is Stage.INTAKE
    assert len(cases.stage_history(store, case.id)) == 1


def test_soft_delete_leaves_a_tombstone(store: Store) -> None:
    case = new_case(store)
    cases.delete_case(store, case.id, "重复录入")
    assert case_list.case_ids(store, CaseQuery()) == []
    with pytest.raises(NotFoundError):
        cases.get_case(store, case.id)
    from workbench.services.check import check_database

    assert check_database(store).counts["deleted_cases"] == 1


def test_workstation_id_is_stable(store: Store, tmp_path) -> None:
    first = store.workstation_id
    again = Store.open(store.path)
    assert again.workstation_id == first
    again.close()


def test_correct_a_person_for_every_case(store: Store) -> None:
    case = new_case(store)
    fixed = parties.update_person(store, case.client.id, PersonDraft(
        "张伟", id_number=case.client.id_number, phone="13912345678", address="上海市徐汇区"), 1)
    assert fixed.phone == "13912345678" and fixed.meta.revision == 2
    assert cases.get_case(store, case.id).client.address == "上海市徐汇区"
    with pytest.raises(ConflictError):
        parties.update_person(store, case.client.id, PersonDraft("张伟", id_number=case.client.id_number), 1)
    with pytest.raises(ValidationError):
        parties.update_person(store, case.client.id, PersonDraft("张伟", id_number="123"), 2)
    assert parties.find_person_by_id_number(store, case.client.id_number.lower()).phone == "13912345678"
