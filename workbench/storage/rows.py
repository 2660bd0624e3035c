"""Typed rows.  They stay inside `workbench.storage`; services convert them to
domain objects at the boundary (see `convert.py`)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from workbench.domain.collation import KEY_LENGTH, name_sort_key
from workbench.storage.base import Base, RecordMixin, UTCDateTime


class SettingRow(Base):
    """Business settings and facts about this database (its workstation id...)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CaseCounterRow(Base):
    """Last case number handed out per year (FY-2026-0001...)."""

    __tablename__ = "case_counter"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


def _name_key_default(context: object) -> str:
    """Core inserts (demo generation, bundle import) get the key from the row's name."""
    return name_sort_key(context.get_current_parameters().get("name") or "")  # type: ignore[attr-defined]


class NameKeyMixin:
    """A pinyin sort key kept beside `name` (lists sort by it; see domain/collation)."""

    name_key: Mapped[str] = mapped_column(String(KEY_LENGTH), default=_name_key_default, server_default="",
                                          index=True)

    @validates("name")
    def _keep_name_key(self, _key: str, value: str) -> str:
        self.name_key = name_sort_key(value)
        return value


def with_name_key(table_name: str, values: dict[str, object]) -> dict[str, object]:
    """For Core updates that set a name: the key follows it (the ORM validator cannot see those)."""
    if "name" in values and table_name in NAME_KEYED:
        values["name_key"] = name_sort_key(str(values["name"] or ""))
    return values


class PersonRow(NameKeyMixin, RecordMixin, Base):
    """A policyholder (client) or an insured person."""

    __tablename__ = "person"
    name: Mapped[str] = mapped_column(String(100), index=True)
    id_type: Mapped[str] = mapped_column(String(20))
    id_number: Mapped[str] = mapped_column(String(40), index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(Text, default="")


class InsurerRow(NameKeyMixin, RecordMixin, Base):
    __tablename__ = "insurer"
    name: Mapped[str] = mapped_column(String(100), index=True)
    claims_address: Mapped[str] = mapped_column(Text, default="")
    underwriting_address: Mapped[str] = mapped_column(Text, default="")
    contacts: Mapped[str] = mapped_column(Text, default="")


class PolicyRow(RecordMixin, Base):
    __tablename__ = "policy"
    insurer_id: Mapped[int] = mapped_column(ForeignKey("insurer.id"), index=True)
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    number: Mapped[str] = mapped_column(String(60), index=True)
    product: Mapped[str] = mapped_column(String(200))
    coverage_type: Mapped[str] = mapped_column(String(30))
    effective_date: Mapped[date | None] = mapped_column(Date)
    sum_insured_cents: Mapped[int | None] = mapped_column(BigInteger)
    premium_cents: Mapped[int | None] = mapped_column(BigInteger)


class StaffRow(NameKeyMixin, RecordMixin, Base):
    __tablename__ = "staff"
    name: Mapped[str] = mapped_column(String(100), index=True)
    title: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    active: Mapped[bool] = mapped_column(default=True)


class CaseRow(RecordMixin, Base):
    __tablename__ = "dispute_case"
    case_number: Mapped[str] = mapped_column(String(20), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    insured_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    relationship_code: Mapped[str] = mapped_column("relationship", String(20), default="self")
    insurer_id: Mapped[int] = mapped_column(ForeignKey("insurer.id"), index=True)
    policy_id: Mapped[int | None] = mapped_column(ForeignKey("policy.id"), index=True)
    claim_number: Mapped[str] = mapped_column(String(60), default="")
    dispute_kind: Mapped[str] = mapped_column(String(20))
    decision_kind: Mapped[str] = mapped_column(String(30))
    decision_date: Mapped[date | None] = mapped_column(Date)
    received_date: Mapped[date | None] = mapped_column(Date)
    amount_claimed_cents: Mapped[int | None] = mapped_column(BigInteger)
    amount_offered_cents: Mapped[int | None] = mapped_column(BigInteger)
    amount_paid_cents: Mapped[int | None] = mapped_column(BigInteger)
    stage: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(20))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)  # the latest decision; None while open
    # Dates the legal clocks start from (deadlines): all optional.
    event_date: Mapped[date | None] = mapped_column(Date)               # 出险日期
    claim_submitted_on: Mapped[date | None] = mapped_column(Date)       # claim filed with the insurer
    documents_complete_on: Mapped[date | None] = mapped_column(Date)    # insurer had every document
    insurer_learned_on: Mapped[date | None] = mapped_column(Date)       # insurer learned the rescission cause
    complaint_filed_on: Mapped[date | None] = mapped_column(Date)       # complaint lodged with the insurer
    complaint_complex: Mapped[bool] = mapped_column(default=False)
    summary: Mapped[str] = mapped_column(Text, default="")
    # What the case list sorts on from the records a case refers to (their pinyin keys, the
    # policy number), beside the case so that a sort is one index scan instead of a join and a
    # sort of every row. Kept by the database's triggers (migration 0013) whoever writes; local
    # to this database (never sent in bundles, never compared).
    client_key: Mapped[str | None] = mapped_column(String(KEY_LENGTH))
    insured_key: Mapped[str | None] = mapped_column(String(KEY_LENGTH))
    insurer_key: Mapped[str | None] = mapped_column(String(KEY_LENGTH))
    assignee_key: Mapped[str | None] = mapped_column(String(KEY_LENGTH))
    policy_key: Mapped[str | None] = mapped_column(String(60))

    client: Mapped[PersonRow] = relationship(foreign_keys=[client_id], lazy="joined")
    insured: Mapped[PersonRow] = relationship(foreign_keys=[insured_id], lazy="joined")
    insurer: Mapped[InsurerRow] = relationship(lazy="joined")
    policy: Mapped[PolicyRow | None] = relationship(lazy="joined")
    assignee: Mapped[StaffRow | None] = relationship(lazy="joined")


class StageChangeRow(RecordMixin, Base):
    """Append-only history of a case's stages: who moved it, when, and why."""

    __tablename__ = "stage_change"
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(20))
    to_stage: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(100))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)


# The case list filters on "not deleted" and sorts on one column: an index on
# (deleted_at, column) answers both from the index alone (second migration).
LIST_SORT_COLUMNS = (
    "case_number", "claim_number", "dispute_kind", "decision_kind", "stage", "outcome", "priority",
    "amount_claimed_cents", "amount_offered_cents", "amount_paid_cents", "decision_date", "opened_on",
    "closed_on", "insurer_id", "assignee_id",  # these two also filter
    *("client_key", "insured_key", "insurer_key", "assignee_key", "policy_key"),
)
REPORT_INDEX = Index(
    "ix_dispute_case_report", *(CaseRow.__table__.c[c] for c in (
        "deleted_at", "stage", "outcome", "opened_on", "decided_on", "insurer_id", "assignee_id", "dispute_kind",
        "decision_kind", "amount_claimed_cents", "amount_offered_cents", "amount_paid_cents")))
LIST_INDEXES = tuple(
    Index(f"ix_dispute_case_live_{col}", CaseRow.deleted_at, CaseRow.__table__.c[col])
    for col in (*LIST_SORT_COLUMNS, "decided_on")
)


class EvidenceRow(RecordMixin, Base):
    """One document attached to a case.  The bytes live in the blob store under `sha256`."""

    __tablename__ = "evidence"
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id"), index=True)
    enclosure_no: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(500))
    size: Mapped[int] = mapped_column(BigInteger)
    content_type: Mapped[str] = mapped_column(String(100))
    page_count: Mapped[int | None] = mapped_column(Integer)
    # Says it is a PDF but cannot be read as one: kept as received, never cited by page.
    damaged: Mapped[bool] = mapped_column(default=False, server_default="0")
    added_by: Mapped[str] = mapped_column(String(100))
    evidence_type: Mapped[str] = mapped_column(String(40), index=True)
    source: Mapped[str] = mapped_column(String(20))
    doc_date: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")        # one tag per line
    text_content: Mapped[str] = mapped_column(Text, default="", deferred=True)  # pages split by \f
    indexed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # text and pages read (after attaching)
    integrity: Mapped[str] = mapped_column(String(12), default="unchecked")
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    removed_by: Mapped[str] = mapped_column(String(100), default="")
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    purged_by: Mapped[str] = mapped_column(String(100), default="")
    purge_reason: Mapped[str] = mapped_column(Text, default="")


class CitationRow(RecordMixin, Base):
    """A page of an evidence item (optionally a region on it) that an argument relies on."""

    __tablename__ = "citation"
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id"), index=True)
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id"), index=True)
    page: Mapped[int] = mapped_column(Integer)
    region: Mapped[str] = mapped_column(String(100), default="")  # "x,y,w,h" as page fractions, or empty
    note: Mapped[str] = mapped_column(Text, default="")


class EvidenceTypeRow(RecordMixin, Base):
    """An evidence type the team added to the built-in list."""

    __tablename__ = "evidence_type"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(100))


class NoticeRow(RecordMixin, Base):
    """The insurer's decision notice of a case (one per case)."""

    __tablename__ = "decision_notice"
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id"), unique=True)
    text: Mapped[str] = mapped_column(Text, default="")
    evidence_id: Mapped[int | None] = mapped_column(ForeignKey("evidence.id"))
    issued_on: Mapped[date | None] = mapped_column(Date)


class PointRow(RecordMixin, Base):
    """One reason the insurer gave, and our answer to it."""

    __tablename__ = "reasoning_point"
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text, default="")
    anchor_start: Mapped[int | None] = mapped_column(Integer)
    anchor_end: Mapped[int | None] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(40), default="other")
    clause_number: Mapped[str] = mapped_column(String(60), default="")
    clause_text: Mapped[str] = mapped_column(Text, default="")
    rebuttal_html: Mapped[str] = mapped_column(Text, default="")
    provisions: Mapped[str] = mapped_column(Text, default="")       # codes, one per line
    citation_uuids: Mapped[str] = mapped_column(Text, default="")   # supporting citations, one per line
    assessment: Mapped[str] = mapped_column(String(20), default="arguable")
    status: Mapped[str] = mapped_column(String(20), default="open")
    client_says_unexplained: Mapped[bool] = mapped_column(default=False)
    clause_ambiguous: Mapped[bool] = mapped_column(default=False)
    explain_to_client: Mapped[str] = mapped_column(Text, default="")


class ProvisionRow(RecordMixin, Base):
    """A provision the team added to the shipped library (an insurer's guideline...)."""

    __tablename__ = "provision"
    code: Mapped[str] = mapped_column(String(60), unique=True)
    source: Mapped[str] = mapped_column(String(200), default="")
    article: Mapped[str] = mapped_column(String(60), default="")
    title_zh: Mapped[str] = mapped_column(String(200), default="")
    title_en: Mapped[str] = mapped_column(String(200), default="")
    text_zh: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")


class RoundRow(RecordMixin, Base):
    """One contact with the insurer.  Edits keep the earlier text (RoundVersionRow)."""

    __tablename__ = "negotiation_round"
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(20))
    direction: Mapped[str] = mapped_column(String(20))
    contact_person: Mapped[str] = mapped_column(String(100), default="")
    contact_department: Mapped[str] = mapped_column(String(100), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    asked: Mapped[str] = mapped_column(Text, default="")
    answered: Mapped[str] = mapped_column(Text, default="")
    amount_offered_cents: Mapped[int | None] = mapped_column(BigInteger)
    evidence_uuids: Mapped[str] = mapped_column(Text, default="")     # one per line
    point_changes: Mapped[str] = mapped_column(Text, default="")      # "point uuid<TAB>status" per line
    next_step: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)


class RoundVersionRow(RecordMixin, Base):
    """A round's values before one of its edits (JSON), so no wording is ever lost."""

    __tablename__ = "negotiation_round_version"
    round_id: Mapped[int] = mapped_column(ForeignKey("negotiation_round.id"), index=True)
    round_revision: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(100), default="")
    values_json: Mapped[str] = mapped_column(Text)


class DocumentRequestRow(RecordMixin, Base):
    """The insurer asked for more documents (Art. 22): its decision clock pauses until they are given."""

    __tablename__ = "document_request"
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id"), index=True)
    requested_on: Mapped[date] = mapped_column(Date)
    provided_on: Mapped[date | None] = mapped_column(Date)
    what: Mapped[str] = mapped_column(Text, default="")


class LetterVersionRow(RecordMixin, Base):
    """An issued letter, frozen: the PDF bytes exactly as issued, their SHA-256, who issued it
    and when, and the case data and letter text it was made from.  Never updated; re-issuing
    adds the next version."""

    __tablename__ = "letter_version"
    __table_args__ = (UniqueConstraint("case_id", "version", name="uq_letter_version_case_version"),)
    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(5))
    title: Mapped[str] = mapped_column(Text, default="")
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    issued_by: Mapped[str] = mapped_column(String(100))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    case_snapshot: Mapped[str] = mapped_column(Text)   # JSON: the case as it was
    letter_json: Mapped[str] = mapped_column(Text)     # JSON: the letter's sections and points as edited
    with_enclosures: Mapped[bool] = mapped_column(default=False)
    approved_by: Mapped[str] = mapped_column(String(100), default="")  # the team lead, when approval is required


class SyncVersionRow(Base):
    """A version of a record as it was exported or imported: the common ancestor a later
    import compares both sides against, so that a field changed on one side only is taken
    without asking.  Written only by sync."""

    __tablename__ = "sync_version"
    __table_args__ = (UniqueConstraint("record_uuid", "vv", name="uq_sync_version_record_uuid_vv"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    vv: Mapped[str] = mapped_column(Text)
    fields_json: Mapped[str] = mapped_column(Text)


class SyncPeerRow(Base):
    """Another workstation this one has exchanged bundles with."""

    __tablename__ = "sync_peer"
    workstation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    last_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class UserRow(Base):
    """A person who signs in to this database.  Accounts belong to one database and never
    travel in bundles."""

    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))   # whose cases are "theirs"
    disabled: Mapped[bool] = mapped_column(default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)     # wrong passwords slow sign-in down
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuditRow(Base):
    """One entry of the audit trail: append-only (triggers refuse updates and deletes) and
    hash-chained, so an edited, inserted or deleted entry shows (services/audit.py)."""

    __tablename__ = "audit_entry"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    workstation_id: Mapped[str] = mapped_column(String(36))
    actor: Mapped[str] = mapped_column(String(60), index=True)
    action: Mapped[str] = mapped_column(String(40), index=True)
    subject: Mapped[str] = mapped_column(String(200), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")   # JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


NAME_KEYED = frozenset({PersonRow.__tablename__, InsurerRow.__tablename__, StaffRow.__tablename__})
