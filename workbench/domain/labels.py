"""Source-language (English) labels for every code, marked for translation.

The UI shows ``QCoreApplication.translate("Labels", label(code))``; the CLI uses
``workbench.i18n.translate``.  The zh_CN words live in resources/translations.
"""

from __future__ import annotations

from enum import StrEnum

from workbench.domain.enums import (
    CoverageType, DecisionKind, DisputeKind, IdType, Outcome, Priority, Relationship, Stage,
)
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP

LABEL_CONTEXT = "Labels"

# Pairs, not a dict: a StrEnum member equals its value, so CoverageType.OTHER, IdType.OTHER and
# Relationship.OTHER would collapse into one dict key.
_LABELS: tuple[tuple[StrEnum, str], ...] = (
    (DisputeKind.CLAIM, QT_TRANSLATE_NOOP("Labels", "Claim")),
    (DisputeKind.UNDERWRITING, QT_TRANSLATE_NOOP("Labels", "Underwriting")),
    (DecisionKind.CLAIM_REFUSED, QT_TRANSLATE_NOOP("Labels", "Claim refused")),
    (DecisionKind.PARTLY_PAID, QT_TRANSLATE_NOOP("Labels", "Partly paid")),
    (DecisionKind.CONTRACT_RESCINDED, QT_TRANSLATE_NOOP("Labels", "Contract rescinded")),
    (DecisionKind.PREMIUM_REFUNDED, QT_TRANSLATE_NOOP("Labels", "Premium refunded without cover")),
    (DecisionKind.UW_DECLINED, QT_TRANSLATE_NOOP("Labels", "Underwriting declined")),
    (DecisionKind.UW_POSTPONED, QT_TRANSLATE_NOOP("Labels", "Underwriting postponed")),
    (DecisionKind.UW_EXCLUSION, QT_TRANSLATE_NOOP("Labels", "Exclusion added")),
    (DecisionKind.UW_LOADING, QT_TRANSLATE_NOOP("Labels", "Premium loading")),
    (Stage.INTAKE, QT_TRANSLATE_NOOP("Labels", "Intake")),
    (Stage.EVIDENCE, QT_TRANSLATE_NOOP("Labels", "Evidence")),
    (Stage.ANALYSIS, QT_TRANSLATE_NOOP("Labels", "Analysis")),
    (Stage.NEGOTIATION, QT_TRANSLATE_NOOP("Labels", "Negotiation")),
    (Stage.DECIDED, QT_TRANSLATE_NOOP("Labels", "Decided")),
    (Stage.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (Outcome.OVERTURNED, QT_TRANSLATE_NOOP("Labels", "Overturned")),
    (Outcome.PARTLY_CHANGED, QT_TRANSLATE_NOOP("Labels", "Partly changed")),
    (Outcome.UPHELD, QT_TRANSLATE_NOOP("Labels", "Upheld")),
    (Outcome.WITHDRAWN, QT_TRANSLATE_NOOP("Labels", "Withdrawn")),
    (Outcome.ESCALATED, QT_TRANSLATE_NOOP("Labels", "Escalated")),
    (Priority.LOW, QT_TRANSLATE_NOOP("Labels", "Low")),
    (Priority.NORMAL, QT_TRANSLATE_NOOP("Labels", "Normal")),
    (Priority.HIGH, QT_TRANSLATE_NOOP("Labels", "High")),
    (Priority.URGENT, QT_TRANSLATE_NOOP("Labels", "Urgent")),
    (CoverageType.HIGH_END_MEDICAL, QT_TRANSLATE_NOOP("Labels", "Mid/high-end medical")),
    (CoverageType.MEDICAL, QT_TRANSLATE_NOOP("Labels", "Medical")),
    (CoverageType.CRITICAL_ILLNESS, QT_TRANSLATE_NOOP("Labels", "Critical illness")),
    (CoverageType.LIFE, QT_TRANSLATE_NOOP("Labels", "Life")),
    (CoverageType.ACCIDENT, QT_TRANSLATE_NOOP("Labels", "Accident")),
    (CoverageType.ANNUITY, QT_TRANSLATE_NOOP("Labels", "Annuity")),
    (CoverageType.OTHER, QT_TRANSLATE_NOOP("Labels", "Other coverage")),
    (IdType.RESIDENT_ID, QT_TRANSLATE_NOOP("Labels", "Resident ID card")),
    (IdType.PASSPORT, QT_TRANSLATE_NOOP("Labels", "Passport")),
    (IdType.HK_MACAO_PERMIT, QT_TRANSLATE_NOOP("Labels", "Hong Kong/Macao permit")),
    (IdType.TAIWAN_PERMIT, QT_TRANSLATE_NOOP("Labels", "Taiwan permit")),
    (IdType.FOREIGN_PERMANENT, QT_TRANSLATE_NOOP("Labels", "Foreigner's permanent residence ID")),
    (IdType.OTHER, QT_TRANSLATE_NOOP("Labels", "Other ID")),
    (Relationship.SELF, QT_TRANSLATE_NOOP("Labels", "Self")),
    (Relationship.SPOUSE, QT_TRANSLATE_NOOP("Labels", "Spouse")),
    (Relationship.CHILD, QT_TRANSLATE_NOOP("Labels", "Child")),
    (Relationship.PARENT, QT_TRANSLATE_NOOP("Labels", "Parent")),
    (Relationship.OTHER, QT_TRANSLATE_NOOP("Labels", "Other relation")),
)


def _key(code: StrEnum) -> tuple[type, str]:
    # Keyed by enum type too: a StrEnum member equals its string value, so Stage.EVIDENCE and
    # EventKind.EVIDENCE (or CoverageType.OTHER and IdType.OTHER) would share a plain dict key.
    return type(code), code.value


def _all() -> dict[tuple[type, str], tuple[StrEnum, str]]:
    from workbench.domain.access import ROLE_LABELS
    from workbench.domain.analysis import ANALYSIS_LABELS
    from workbench.domain.rounds import EVENT_LABELS, ROUND_LABELS

    out: dict[tuple[type, str], tuple[StrEnum, str]] = {}
    pairs = [*_LABELS, *ANALYSIS_LABELS.items(), *ROUND_LABELS.items(), *EVENT_LABELS.items(), *ROLE_LABELS.items()]
    for code, text in pairs:
        out[_key(code)] = (code, text)
    return out


_BY_KEY: dict[tuple[type, str], tuple[StrEnum, str]] = {}


def label(code: StrEnum) -> str:
    """The English label of a code (the translation key)."""
    if not _BY_KEY:
        _BY_KEY.update(_all())
    return _BY_KEY[_key(code)][1]


def all_labels() -> list[tuple[StrEnum, str]]:
    if not _BY_KEY:
        _BY_KEY.update(_all())
    return list(_BY_KEY.values())
