"""Hints beside the points: rules kept as reference data (resources/reference/hints.json),
evaluated here against the case.  They are shown, never applied."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from workbench.domain.analysis import Hint, Point
from workbench.domain.models import Case
from workbench.paths import RESOURCES_DIR
from workbench.services import analysis, cases
from workbench.services.store import Store

HINTS_FILE = RESOURCES_DIR / "reference" / "hints.json"
REASON_WORDS = ("因", "由于", "根据", "依据", "条款", "理由", "未如实", "免除", "既往")


def load_rules(path: Path = HINTS_FILE) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8"))["rules"]


def _years_between(start: date, end: date) -> float:
    return (end - start).days / 365.25


def _case_condition(name: str, want: Any, case: Case, notice_issued: date | None, notice_text: str,
                    data: dict[str, str]) -> bool:
    if name == "decision_kinds":
        return case.decision_kind.value in want
    if name == "contract_older_than_years":
        effective = case.policy.effective_date if case.policy else None
        if effective is None or case.decision_date is None:
            return False
        data.update(years=str(want), effective=effective.isoformat(), decided=case.decision_date.isoformat())
        return _years_between(effective, case.decision_date) > want
    if name == "notice_later_than_days":
        if case.decision_date is None or notice_issued is None:
            return False
        days = (notice_issued - case.decision_date).days
        data.update(days=str(days), decided=case.decision_date.isoformat(), notified=notice_issued.isoformat())
        return days > want
    if name == "notice_without_reasons":
        text = notice_text.strip()
        return bool(text) and not any(w in text for w in REASON_WORDS) if want else True
    return True


def _point_condition(name: str, want: Any, point: Point) -> bool | None:
    """None when the condition is not about points."""
    if name == "categories":
        return point.category.value in want
    if name == "client_says_unexplained":
        return point.client_says_unexplained is want
    if name == "clause_ambiguous":
        return point.clause_ambiguous is want
    return None


POINT_CONDITIONS = ("categories", "client_says_unexplained", "clause_ambiguous")


def case_hints(store: Store, case_id: int, rules: list[dict[str, Any]] | None = None) -> list[Hint]:
    """Every hint for the case: those about a point carry its id, the others None."""
    rules = rules if rules is not None else load_rules()
    case = cases.get_case(store, case_id)
    notice = analysis.get_notice(store, case_id)
    points = analysis.list_points(store, case_id)
    out: list[Hint] = []
    for rule in rules:
        when: dict[str, Any] = rule["when"]
        data: dict[str, str] = {}
        case_ok = all(_case_condition(k, v, case, notice.issued_on, notice.text, data)
                      for k, v in when.items() if k not in POINT_CONDITIONS)
        if not case_ok:
            continue
        about_points = [k for k in when if k in POINT_CONDITIONS]
        targets: list[Point | None] = [p for p in points if all(_point_condition(k, when[k], p) for k in about_points)] \
            if about_points else [None]
        for p in targets:
            out.append(Hint(rule["id"], rule["provision"], rule["message_zh"].format(**data),
                            rule["message_en"].format(**data), p.id if p else None, dict(data)))
    return out
