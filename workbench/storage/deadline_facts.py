"""What the deadline clocks need for every open case, in three queries (the due view)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from workbench.domain.enums import ACTIVE_STAGES
from workbench.storage.case_list import DbApiConnection

OPEN = "(" + ", ".join(f"'{s.value}'" for s in ACTIVE_STAGES) + ")"


def _d(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    return date.fromisoformat(str(value)[:10])


def open_case_rows(conn: DbApiConnection, assignee_ids: list[int] | None = None) -> list[dict[str, Any]]:
    params: dict[str, Any] = {}
    where = f"c.deleted_at IS NULL AND c.stage IN {OPEN}"
    if assignee_ids:
        keys = []
        for i, v in enumerate(assignee_ids):
            params[f"a{i}"] = v
            keys.append(f":a{i}")
        where += f" AND c.assignee_id IN ({', '.join(keys)})"
    sql = (
        "SELECT c.id, c.case_number, s.name, c.dispute_kind, c.decision_kind, p.coverage_type, p.effective_date,"
        " c.decision_date, c.received_date, c.event_date, c.claim_submitted_on, c.documents_complete_on,"
        " c.insurer_learned_on, c.complaint_filed_on, c.complaint_complex, n.issued_on, c.assignee_id, cl.name"
        " FROM dispute_case c LEFT JOIN staff s ON s.id = c.assignee_id LEFT JOIN policy p ON p.id = c.policy_id"
        " JOIN person cl ON cl.id = c.client_id"
        " LEFT JOIN decision_notice n ON n.case_id = c.id"
        f" WHERE {where}"
    )
    out = []
    for r in conn.execute(sql, params):
        try:
            out.append(_open_case(r))
        except ValueError:
            continue  # a date that is no date (written around the workbench): `workbench check` names it
    return out


def _open_case(r: Any) -> dict[str, Any]:
    return {"id": r[0], "case_number": r[1], "assignee": r[2] or "", "dispute_kind": r[3],
            "decision_kind": r[4], "coverage": r[5], "dates": {
                "policy_effective_date": _d(r[6]), "decision_date": _d(r[7]), "received_date": _d(r[8]),
                "event_date": _d(r[9]), "claim_submitted_on": _d(r[10]), "documents_complete_on": _d(r[11]),
                "insurer_learned_on": _d(r[12]), "complaint_filed_on": _d(r[13]), "notice_issued_on": _d(r[15])},
            "complaint_complex": bool(r[14]), "assignee_id": r[16], "client": r[17] or ""}


def document_requests(conn: DbApiConnection) -> dict[int, list[tuple[date, date | None]]]:
    out: dict[int, list[tuple[date, date | None]]] = {}
    for case_id, asked, given in conn.execute(
            "SELECT case_id, requested_on, provided_on FROM document_request WHERE deleted_at IS NULL"
            " ORDER BY requested_on"):
        out.setdefault(case_id, []).append((_d(asked), _d(given)))  # type: ignore[arg-type]
    return out


def latest_follow_ups(conn: DbApiConnection) -> dict[int, tuple[date, str]]:
    """Per case, the follow-up set in its latest round (a later round answers earlier follow-ups)."""
    out: dict[int, tuple[date, str]] = {}
    latest: dict[int, str] = {}
    for case_id, occurred, follow_up, step in conn.execute(
            "SELECT case_id, occurred_at, follow_up_on, next_step FROM negotiation_round WHERE deleted_at IS NULL"):
        if case_id in latest and str(occurred) <= latest[case_id]:
            continue
        latest[case_id] = str(occurred)
        if follow_up:
            out[case_id] = (_d(follow_up), step)  # type: ignore[assignment]
        else:
            out.pop(case_id, None)
    return out
