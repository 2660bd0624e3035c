"""Which documents a case usually needs, and which of them it has.

The lists are reference data (resources/reference/evidence_checklist.json), not
code; a copy in the user's config folder overrides them.  The path is chosen by
the caller (paths in one place).
"""

from __future__ import annotations

import json
from pathlib import Path

from workbench.domain.evidence import BUILTIN_EVIDENCE_TYPES, ChecklistLine
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import ValidationError
from workbench.paths import RESOURCES_DIR
from workbench.services import cases, evidence
from workbench.services.store import Store

DEFAULT_CHECKLIST = RESOURCES_DIR / "reference" / "evidence_checklist.json"


def checklist_path(config_dir: Path | None) -> Path:
    if config_dir is not None and (config_dir / "evidence_checklist.json").exists():
        return config_dir / "evidence_checklist.json"
    return DEFAULT_CHECKLIST


def load_checklist(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data.get("decision_kinds"), dict):
            raise ValueError("no 'decision_kinds'")
    except (OSError, ValueError) as exc:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The evidence checklist {path} cannot be read ({detail})."), path=str(path), detail=str(exc)) from exc
    return data


def required_types(checklist: dict, decision_kind: str, coverage: str | None) -> list[str]:
    by_coverage = checklist.get("by_coverage", {}).get(coverage or "", {})
    return list(by_coverage.get(decision_kind) or checklist["decision_kinds"].get(decision_kind, []))


def case_checklist(store: Store, case_id: int, checklist: dict) -> list[ChecklistLine]:
    case = cases.get_case(store, case_id)
    coverage = case.policy.coverage_type.value if case.policy else None
    items = evidence.list_evidence(store, case_id)
    lines = []
    for code in required_types(checklist, case.decision_kind.value, coverage):
        present = tuple(e.enclosure_no for e in items if e.evidence_type == code)
        lines.append(ChecklistLine(code, present))
    return lines


def unknown_types(checklist: dict, extra_codes: set[str]) -> set[str]:
    """Codes in the checklist that are neither built in nor added by the team (a typo in the file)."""
    known = set(BUILTIN_EVIDENCE_TYPES) | extra_codes
    used = {c for lst in checklist["decision_kinds"].values() for c in lst}
    used |= {c for per in checklist.get("by_coverage", {}).values() for lst in per.values() for c in lst}
    return used - known
