"""Which rows travel in bundles, in the order they can be inserted, and which of
their columns sync compares (the rest is bookkeeping or local to one workstation)."""

from __future__ import annotations

from functools import cache

from sqlalchemy import Column, inspect

from workbench.storage.base import Base
from workbench.storage.rows import (
    CaseRow, CitationRow, DocumentRequestRow, EvidenceRow, EvidenceTypeRow, InsurerRow, LetterVersionRow,
    NAME_KEYED, NoticeRow, PersonRow, PointRow, PolicyRow, ProvisionRow, RoundRow, RoundVersionRow, StaffRow, StageChangeRow,
)

# Parents before children, so references resolve while inserting.
RECORD_ROWS: tuple[type[Base], ...] = (
    StaffRow, PersonRow, InsurerRow, EvidenceTypeRow, ProvisionRow, PolicyRow, CaseRow, StageChangeRow,
    EvidenceRow, CitationRow, NoticeRow, PointRow, RoundRow, RoundVersionRow, DocumentRequestRow, LetterVersionRow,
)
ROW_OF_KIND: dict[str, type[Base]] = {r.__tablename__: r for r in RECORD_ROWS}

BOOKKEEPING = frozenset({"id", "uuid", "vv", "created_at", "updated_at", "revision", "workstation_id"})
# Facts about this workstation's copy (when it last re-hashed a file): never sent.
# A name's sort key is made from the name where the row is written (storage/rows.NameKeyMixin).
LOCAL_ONLY: dict[str, frozenset[str]] = {
    "evidence": frozenset({"integrity", "verified_at"}), **{kind: frozenset({"name_key"}) for kind in NAME_KEYED},
    "dispute_case": frozenset({"client_key", "insured_key", "insurer_key", "assignee_key", "policy_key"})}
# Read from a file's bytes, which never change: sent, never compared.
DERIVED: dict[str, frozenset[str]] = {"evidence": frozenset({"text_content", "indexed_at", "page_count", "damaged"})}
# Bytes that travel as a bundle file named by the hash in the second column.
FILE_COLUMNS: dict[str, tuple[str, str]] = {"letter_version": ("pdf", "sha256")}
# Amounts, decisions and outcomes: shown with a warning when they change, never merged as text.
PROTECTED = frozenset({
    "amount_claimed_cents", "amount_offered_cents", "amount_paid_cents", "sum_insured_cents", "premium_cents",
    "decision_kind", "decision_date", "outcome", "stage",
})


def sent_columns(kind: str) -> list[Column]:
    """Columns written into a bundle's record (references still as row ids here)."""
    table = ROW_OF_KIND[kind].__table__
    skip = BOOKKEEPING | LOCAL_ONLY.get(kind, frozenset())
    file_col = FILE_COLUMNS.get(kind, ("",))[0]
    return [c for c in table.columns if c.name not in skip and c.name != file_col]


@cache
def compared_columns(kind: str) -> frozenset[str]:
    return frozenset(c.name for c in sent_columns(kind)) - DERIVED.get(kind, frozenset())


@cache
def attribute_names(kind: str) -> dict[str, str]:
    """Column name → mapped attribute name (they differ for `relationship`)."""
    mapper = inspect(ROW_OF_KIND[kind])
    return {col.name: mapper.get_property_by_column(col).key for col in ROW_OF_KIND[kind].__table__.columns}


def references(kind: str) -> dict[str, str]:
    """Column → the kind it refers to."""
    table = ROW_OF_KIND[kind].__table__
    return {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
