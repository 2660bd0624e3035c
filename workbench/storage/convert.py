"""Rows to domain objects, at the storage boundary."""

from __future__ import annotations

from workbench.domain.enums import (
    CoverageType, DecisionKind, DisputeKind, IdType, Outcome, Priority, Relationship, Stage,
)
from workbench.domain.evidence import Citation, Evidence, EvidenceSource, Integrity
from workbench.domain.models import (
    Case, Insurer, Person, Policy, RecordMeta, Staff, StageChange,
)
from workbench.storage.base import RecordMixin
from workbench.storage.rows import (
    CaseRow, CitationRow, EvidenceRow, InsurerRow, PersonRow, PolicyRow, StaffRow, StageChangeRow,
)


def meta_of(row: RecordMixin) -> RecordMeta:
    return RecordMeta(row.uuid, row.created_at, row.updated_at, row.revision,
                      row.workstation_id, row.deleted_at)


def person(row: PersonRow) -> Person:
    return Person(row.id, row.name, IdType(row.id_type), row.id_number, row.phone, row.address, meta_of(row))


def insurer(row: InsurerRow) -> Insurer:
    return Insurer(row.id, row.name, row.claims_address, row.underwriting_address, row.contacts, meta_of(row))


def policy(row: PolicyRow) -> Policy:
    return Policy(row.id, row.insurer_id, row.number, row.product, CoverageType(row.coverage_type),
                  row.effective_date, row.sum_insured_cents, row.premium_cents, row.holder_id, meta_of(row))


def staff(row: StaffRow) -> Staff:
    return Staff(row.id, row.name, row.title, row.email, row.active, meta_of(row), row.phone)


def case(row: CaseRow) -> Case:
    return Case(
        id=row.id, case_number=row.case_number, client=person(row.client), insured=person(row.insured),
        relationship=Relationship(row.relationship_code), insurer=insurer(row.insurer),
        policy=policy(row.policy) if row.policy else None, claim_number=row.claim_number,
        dispute_kind=DisputeKind(row.dispute_kind), decision_kind=DecisionKind(row.decision_kind),
        decision_date=row.decision_date, received_date=row.received_date,
        amount_claimed_cents=row.amount_claimed_cents, amount_offered_cents=row.amount_offered_cents,
        amount_paid_cents=row.amount_paid_cents, stage=Stage(row.stage),
        outcome=Outcome(row.outcome) if row.outcome else None,
        assignee=staff(row.assignee) if row.assignee else None, priority=Priority(row.priority),
        opened_on=row.opened_on, closed_on=row.closed_on, summary=row.summary, meta=meta_of(row),
        event_date=row.event_date, claim_submitted_on=row.claim_submitted_on,
        documents_complete_on=row.documents_complete_on, insurer_learned_on=row.insurer_learned_on,
        complaint_filed_on=row.complaint_filed_on, complaint_complex=row.complaint_complex,
    )


def stage_change(row: StageChangeRow) -> StageChange:
    return StageChange(row.id, row.case_id, Stage(row.from_stage) if row.from_stage else None,
                       Stage(row.to_stage), Outcome(row.outcome) if row.outcome else None,
                       row.reason, row.actor, row.changed_at)


def evidence(row: EvidenceRow) -> Evidence:
    return Evidence(
        id=row.id, case_id=row.case_id, enclosure_no=row.enclosure_no, sha256=row.sha256,
        original_name=row.original_name, size=row.size, content_type=row.content_type, page_count=row.page_count,
        added_by=row.added_by, evidence_type=row.evidence_type, source=EvidenceSource(row.source),
        doc_date=row.doc_date, description=row.description,
        tags=tuple(t for t in row.tags.split("\n") if t), integrity=Integrity(row.integrity),
        removed_at=row.removed_at, purged_at=row.purged_at, meta=meta_of(row), damaged=bool(row.damaged),
    )


def citation(row: CitationRow, enclosure_no: int) -> Citation:
    region = tuple(float(v) for v in row.region.split(",")) if row.region else None
    return Citation(row.id, row.case_id, row.evidence_id, enclosure_no, row.page, region, row.note)  # type: ignore[arg-type]
