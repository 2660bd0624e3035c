"""The columns of the case list, shared by the window's table, the CLI and exports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum, StrEnum

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.models import CaseSummary

COLUMN_CONTEXT = "Columns"


class Kind(Enum):
    TEXT = "text"
    CODE = "code"    # a StrEnum value, shown through its translated label
    MONEY = "money"  # integer cents
    DATE = "date"


@dataclass(frozen=True, slots=True)
class Column:
    key: str        # attribute of CaseSummary and JSON field name
    header: str     # English header, translation key in context "Columns"
    sort_key: str   # key understood by the case list query
    kind: Kind


CASE_COLUMNS: tuple[Column, ...] = (
    Column("case_number", QT_TRANSLATE_NOOP("Columns", "Case no."), "case_number", Kind.TEXT),
    Column("client_name", QT_TRANSLATE_NOOP("Columns", "Client"), "client_name", Kind.TEXT),
    Column("insured_name", QT_TRANSLATE_NOOP("Columns", "Insured"), "insured_name", Kind.TEXT),
    Column("insurer_name", QT_TRANSLATE_NOOP("Columns", "Insurer"), "insurer_name", Kind.TEXT),
    Column("policy_number", QT_TRANSLATE_NOOP("Columns", "Policy no."), "policy_number", Kind.TEXT),
    Column("claim_number", QT_TRANSLATE_NOOP("Columns", "Claim no."), "claim_number", Kind.TEXT),
    Column("dispute_kind", QT_TRANSLATE_NOOP("Columns", "Dispute"), "dispute_kind", Kind.CODE),
    Column("decision_kind", QT_TRANSLATE_NOOP("Columns", "Decision"), "decision_kind", Kind.CODE),
    Column("stage", QT_TRANSLATE_NOOP("Columns", "Stage"), "stage", Kind.CODE),
    Column("outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), "outcome", Kind.CODE),
    Column("assignee_name", QT_TRANSLATE_NOOP("Columns", "Assignee"), "assignee_name", Kind.TEXT),
    Column("priority", QT_TRANSLATE_NOOP("Columns", "Priority"), "priority", Kind.CODE),
    Column("amount_claimed_cents", QT_TRANSLATE_NOOP("Columns", "Claimed (CNY)"), "amount_claimed", Kind.MONEY),
    Column("amount_offered_cents", QT_TRANSLATE_NOOP("Columns", "Offered (CNY)"), "amount_offered", Kind.MONEY),
    Column("amount_paid_cents", QT_TRANSLATE_NOOP("Columns", "Paid (CNY)"), "amount_paid", Kind.MONEY),
    Column("decision_date", QT_TRANSLATE_NOOP("Columns", "Decision date"), "decision_date", Kind.DATE),
    Column("opened_on", QT_TRANSLATE_NOOP("Columns", "Opened"), "opened_on", Kind.DATE),
    Column("closed_on", QT_TRANSLATE_NOOP("Columns", "Closed"), "closed_on", Kind.DATE),
)


def raw_value(summary: CaseSummary, column: Column) -> str | int | date | StrEnum | None:
    return getattr(summary, column.key)
