"""Domain objects handed between services, the UI and the CLI.

They are plain values: no session, no lazy loading, no widgets.  Money is in
integer cents; timestamps are timezone-aware UTC; dates are calendar dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from workbench.domain.enums import (
    CoverageType, DecisionKind, DisputeKind, IdType, Outcome, Priority, Relationship, Stage,
)


@dataclass(frozen=True, slots=True)
class RecordMeta:
    """What every record carries for sync and audit."""

    uuid: str
    created_at: datetime
    updated_at: datetime
    revision: int
    workstation_id: str
    deleted_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    id_type: IdType
    id_number: str
    phone: str = ""
    address: str = ""
    meta: RecordMeta | None = None


@dataclass(frozen=True, slots=True)
class Insurer:
    id: int
    name: str
    claims_address: str = ""
    underwriting_address: str = ""
    contacts: str = ""
    meta: RecordMeta | None = None


@dataclass(frozen=True, slots=True)
class Policy:
    id: int
    insurer_id: int
    number: str
    product: str
    coverage_type: CoverageType
    effective_date: date | None = None
    sum_insured_cents: int | None = None
    premium_cents: int | None = None
    holder_id: int | None = None
    meta: RecordMeta | None = None


@dataclass(frozen=True, slots=True)
class Staff:
    id: int
    name: str
    title: str = ""
    email: str = ""
    active: bool = True
    meta: RecordMeta | None = None
    phone: str = ""


@dataclass(frozen=True, slots=True)
class Case:
    id: int
    case_number: str
    client: Person
    insured: Person
    relationship: Relationship
    insurer: Insurer
    policy: Policy | None
    claim_number: str
    dispute_kind: DisputeKind
    decision_kind: DecisionKind
    decision_date: date | None
    received_date: date | None
    amount_claimed_cents: int | None
    amount_offered_cents: int | None
    amount_paid_cents: int | None
    stage: Stage
    outcome: Outcome | None
    assignee: Staff | None
    priority: Priority
    opened_on: date
    closed_on: date | None
    summary: str
    meta: RecordMeta
    event_date: date | None = None
    claim_submitted_on: date | None = None
    documents_complete_on: date | None = None
    insurer_learned_on: date | None = None
    complaint_filed_on: date | None = None
    complaint_complex: bool = False
    masked: bool = False    # client's and insured's personal data masked for the signed-in user


# Dates the legal clocks start from (see services/deadlines.py).
CLOCK_DATE_FIELDS: tuple[str, ...] = ("event_date", "claim_submitted_on", "documents_complete_on",
                                      "insurer_learned_on", "complaint_filed_on")

# The fields of a case a user edits directly (the case view, `update_case`).
EDITABLE_CASE_FIELDS: tuple[str, ...] = (
    "claim_number", "decision_kind", "decision_date", "received_date",
    "amount_claimed_cents", "amount_offered_cents", "amount_paid_cents",
    "assignee_id", "priority", "summary", "relationship", "insurer_id", "policy_id",
    *CLOCK_DATE_FIELDS, "complaint_complex",
)


@dataclass(frozen=True, slots=True)
class StageChange:
    id: int
    case_id: int
    from_stage: Stage | None
    to_stage: Stage
    outcome: Outcome | None
    reason: str
    actor: str
    changed_at: datetime


@dataclass(slots=True)
class PersonDraft:
    name: str
    id_type: IdType = IdType.RESIDENT_ID
    id_number: str = ""
    phone: str = ""
    address: str = ""


@dataclass(slots=True)
class InsurerDraft:
    name: str
    claims_address: str = ""
    underwriting_address: str = ""
    contacts: str = ""


@dataclass(slots=True)
class PolicyDraft:
    number: str
    product: str
    coverage_type: CoverageType
    effective_date: date | None = None
    sum_insured_cents: int | None = None
    premium_cents: int | None = None


@dataclass(slots=True)
class CaseDraft:
    """What the new-case dialog collects.  A party is either an existing id or a draft to create."""

    decision_kind: DecisionKind
    client_id: int | None = None
    client: PersonDraft | None = None
    insured_id: int | None = None
    insured: PersonDraft | None = None
    insured_is_client: bool = False
    relationship: Relationship = Relationship.SELF
    insurer_id: int | None = None
    insurer: InsurerDraft | None = None
    policy_id: int | None = None
    policy: PolicyDraft | None = None
    claim_number: str = ""
    decision_date: date | None = None
    received_date: date | None = None
    amount_claimed_cents: int | None = None
    amount_offered_cents: int | None = None
    assignee_id: int | None = None
    priority: Priority = Priority.NORMAL
    summary: str = ""
    opened_on: date | None = None


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One row of the case list: what the table shows, already joined."""

    id: int
    case_number: str
    client_name: str
    insured_name: str
    insurer_name: str
    policy_number: str
    claim_number: str
    dispute_kind: DisputeKind
    decision_kind: DecisionKind
    stage: Stage
    outcome: Outcome | None
    assignee_name: str
    priority: Priority
    amount_claimed_cents: int | None
    amount_offered_cents: int | None
    amount_paid_cents: int | None
    decision_date: date | None
    opened_on: date
    closed_on: date | None
    assignee_id: int | None = None
    masked: bool = False    # names shown masked to the signed-in user (domain/access.py)


UNASSIGNED = -1  # in CaseQuery.assignee_ids: cases nobody is assigned to


@dataclass(slots=True)
class CaseQuery:
    """Filters and order for the case list; every field optional."""

    stages: list[Stage] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    insurer_ids: list[int] = field(default_factory=list)
    assignee_ids: list[int] = field(default_factory=list)
    dispute_kind: DisputeKind | None = None
    decision_kinds: list[DecisionKind] = field(default_factory=list)
    opened_from: date | None = None
    opened_to: date | None = None
    text: str = ""
    sort_key: str = "case_number"
    descending: bool = False
