"""A case as JSON-ready data: codes, ISO dates, amounts as decimal strings."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from workbench.domain.models import Case, StageChange
from workbench.domain.money import cents_to_decimal


def plain(value: Any, key: str = "") -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if key.endswith("_cents") and isinstance(value, int):
        return str(cents_to_decimal(value))
    if isinstance(value, dict):
        return {k: plain(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def case_to_json(case: Case, history: list[StageChange]) -> dict[str, Any]:
    data = plain(asdict(case))
    data["stage_history"] = [plain(asdict(h)) for h in history]
    return data


