"""Words for record kinds and fields in previews, conflicts and reports (context "Sync")."""

from __future__ import annotations

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP

SYNC_CONTEXT = "Sync"

KIND_LABELS: dict[str, str] = {
    "staff": QT_TRANSLATE_NOOP("Sync", "Staff member"),
    "person": QT_TRANSLATE_NOOP("Sync", "Person"),
    "insurer": QT_TRANSLATE_NOOP("Sync", "Insurer"),
    "evidence_type": QT_TRANSLATE_NOOP("Sync", "Evidence type"),
    "provision": QT_TRANSLATE_NOOP("Sync", "Provision"),
    "policy": QT_TRANSLATE_NOOP("Sync", "Policy"),
    "dispute_case": QT_TRANSLATE_NOOP("Sync", "Case"),
    "stage_change": QT_TRANSLATE_NOOP("Sync", "Stage change"),
    "evidence": QT_TRANSLATE_NOOP("Sync", "Evidence"),
    "citation": QT_TRANSLATE_NOOP("Sync", "Citation"),
    "decision_notice": QT_TRANSLATE_NOOP("Sync", "Insurer's notice"),
    "reasoning_point": QT_TRANSLATE_NOOP("Sync", "Reasoning point"),
    "negotiation_round": QT_TRANSLATE_NOOP("Sync", "Negotiation round"),
    "negotiation_round_version": QT_TRANSLATE_NOOP("Sync", "Earlier wording of a round"),
    "document_request": QT_TRANSLATE_NOOP("Sync", "Document request"),
    "letter_version": QT_TRANSLATE_NOOP("Sync", "Issued letter"),
}

FIELD_LABELS: dict[str, str] = {
    "summary": QT_TRANSLATE_NOOP("Sync", "Summary"),
    "amount_claimed_cents": QT_TRANSLATE_NOOP("Sync", "Amount claimed"),
    "amount_offered_cents": QT_TRANSLATE_NOOP("Sync", "Amount offered"),
    "amount_paid_cents": QT_TRANSLATE_NOOP("Sync", "Amount paid"),
    "decision_kind": QT_TRANSLATE_NOOP("Sync", "Insurer's decision"),
    "decision_date": QT_TRANSLATE_NOOP("Sync", "Decision date"),
    "outcome": QT_TRANSLATE_NOOP("Sync", "Outcome"),
    "stage": QT_TRANSLATE_NOOP("Sync", "Stage"),
    "priority": QT_TRANSLATE_NOOP("Sync", "Priority"),
    "assignee_id": QT_TRANSLATE_NOOP("Sync", "Assigned to"),
    "claim_number": QT_TRANSLATE_NOOP("Sync", "Claim number"),
    "description": QT_TRANSLATE_NOOP("Sync", "Description"),
    "rebuttal_html": QT_TRANSLATE_NOOP("Sync", "Rebuttal"),
    "text": QT_TRANSLATE_NOOP("Sync", "Text"),
    "name": QT_TRANSLATE_NOOP("Sync", "Name"),
    "phone": QT_TRANSLATE_NOOP("Sync", "Phone"),
    "address": QT_TRANSLATE_NOOP("Sync", "Address"),
    "status": QT_TRANSLATE_NOOP("Sync", "Status"),
    "next_step": QT_TRANSLATE_NOOP("Sync", "Next step"),
    "follow_up_on": QT_TRANSLATE_NOOP("Sync", "Follow up on"),
    "deleted_at": QT_TRANSLATE_NOOP("Sync", "Deleted"),
}

ACTION_LABELS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("Sync", "New"),
    "update": QT_TRANSLATE_NOOP("Sync", "Updated"),
    "unchanged": QT_TRANSLATE_NOOP("Sync", "Unchanged"),
    "merge": QT_TRANSLATE_NOOP("Sync", "Merged"),
    "conflict": QT_TRANSLATE_NOOP("Sync", "Conflicting"),
}
SCOPE_LABELS: dict[str, str] = {
    "all": QT_TRANSLATE_NOOP("Sync", "The bundle holds all cases of that workstation."),
    "cases": QT_TRANSLATE_NOOP("Sync", "The bundle holds cases chosen on that workstation."),
    "since": QT_TRANSLATE_NOOP("Sync", "The bundle holds what changed there since {since}."),
}
SHARED_RECORDS = QT_TRANSLATE_NOOP("Sync", "(people, insurers and other shared records)")
EMPTY_VALUE = QT_TRANSLATE_NOOP("Sync", "(empty)")


def scope_label(scope: dict[str, object] | None) -> str:
    return SCOPE_LABELS.get(str((scope or {}).get("kind")), SCOPE_LABELS["all"])


def field_label(name: str) -> str:
    """The translation key for a field, or the column name itself when there is none."""
    return FIELD_LABELS.get(name, name)
