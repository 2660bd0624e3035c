"""The audit trail in the reader's words: record kinds, field names and roles translated,
fingerprints shortened.  The stored entry (and `workbench audit list --format json`) keeps
the codes; this is only how the window shows them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.words import health_text
from workbench.bundle.labels import ACTION_LABELS, FIELD_LABELS, KIND_LABELS, SYNC_CONTEXT, field_label
from workbench.domain.access import HIDDEN_HEALTH, ROLE_LABELS, Role
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "AuditWords"
KEY_LABELS: dict[str, str] = {
    "reason": QT_TRANSLATE_NOOP("AuditWords", "reason"),
    "role": QT_TRANSLATE_NOOP("AuditWords", "role"),
    "staff": QT_TRANSLATE_NOOP("AuditWords", "staff member"),
    "staff_id": QT_TRANSLATE_NOOP("AuditWords", "staff member"),
    "field": QT_TRANSLATE_NOOP("AuditWords", "field"),
    "scope": QT_TRANSLATE_NOOP("AuditWords", "scope"),
    "cases": QT_TRANSLATE_NOOP("AuditWords", "cases"),
    "records": QT_TRANSLATE_NOOP("AuditWords", "records"),
    "files": QT_TRANSLATE_NOOP("AuditWords", "files"),
    "files_added": QT_TRANSLATE_NOOP("AuditWords", "files added"),
    "deidentified": QT_TRANSLATE_NOOP("AuditWords", "de-identified"),
    "protected": QT_TRANSLATE_NOOP("AuditWords", "passphrase"),
    "sha256": QT_TRANSLATE_NOOP("AuditWords", "SHA-256"),
    "approved_by": QT_TRANSLATE_NOOP("AuditWords", "approved by"),
    "from": QT_TRANSLATE_NOOP("AuditWords", "from workstation"),
    "counts": QT_TRANSLATE_NOOP("AuditWords", "records"),
    "changed": QT_TRANSLATE_NOOP("AuditWords", "changed"),
    "at": QT_TRANSLATE_NOOP("AuditWords", "at"),
    "name": QT_TRANSLATE_NOOP("AuditWords", "name"),
    "value": QT_TRANSLATE_NOOP("AuditWords", "value"),
}
YES, NO = QT_TRANSLATE_NOOP("AuditWords", "yes"), QT_TRANSLATE_NOOP("AuditWords", "no")
EMPTY = QT_TRANSLATE_NOOP("AuditWords", "(empty)")
N_RECORDS = QT_TRANSLATE_NOOP("AuditWords", "{n} records")
HIDDEN_KEYS = {"audit_head", "source_audit_head"}  # chain bookkeeping, shown by "Verify the chain"


def _tr(text: str, context: str = CONTEXT) -> str:
    return QCoreApplication.translate(context, text)


def subject_text(subject: str) -> str:
    """'dispute_case 3f2a… FY-2026-0001' → '案件 FY-2026-0001' (the UUID is in the tooltip)."""
    kind, _, rest = subject.partition(" ")
    if kind not in KIND_LABELS:
        return subject
    parts = rest.split(" ")
    shown = [p for p in parts if not (len(p) == 36 and p.count("-") == 4)]
    return " ".join([_tr(KIND_LABELS[kind], SYNC_CONTEXT), *shown]).strip()


def _value(key: str, value: Any) -> str:
    if value is None or value == "":
        return _tr(EMPTY)
    if value == HIDDEN_HEALTH:
        return health_text(value)
    if isinstance(value, bool):
        return _tr(YES if value else NO)
    if key == "role" and value in {r.value for r in Role}:
        return QCoreApplication.translate("Labels", ROLE_LABELS[Role(value)])
    if key == "sha256" and isinstance(value, str):
        return value[:16] + "…"
    if key == "field" and isinstance(value, str):
        return _tr(field_label(value), SYNC_CONTEXT)
    if isinstance(value, dict):
        return ", ".join(f"{_tr(ACTION_LABELS.get(k, k), SYNC_CONTEXT)} {v}" for k, v in value.items())
    if isinstance(value, list):
        return _tr(N_RECORDS).format(n=len(value)) if key == "changed" else ", ".join(map(str, value))
    return str(value)


def _key_text(key: str) -> str:
    if key in FIELD_LABELS:
        return _tr(FIELD_LABELS[key], SYNC_CONTEXT)
    return _tr(KEY_LABELS[key]) if key in KEY_LABELS else key


def details_text(details: dict[str, Any]) -> str:
    """'摘要：“…” → “…”；原因：…', one clause per changed field or detail."""
    out: list[str] = []
    for name, pair in (details.get("fields") or {}).items():
        label = _key_text(name)
        if isinstance(pair, list) and len(pair) == 2:
            before, after = (_value(name, v) for v in pair)
            out.append(f"{label}: {before} → {after}")
        else:
            out.append(f"{label}: {_value(name, pair)}")
    for key, value in details.items():
        if key == "fields" or key in HIDDEN_KEYS:
            continue
        out.append(f"{_key_text(key)}: {_value(key, value)}")
    return "; ".join(out)

