"""Deadlines: every clock the law and the team set, computed from the case and from
rules kept as reference data (resources/reference/deadlines.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from workbench.paths import RESOURCES_DIR

RULES_FILE = RESOURCES_DIR / "reference" / "deadlines.json"
SOON_DAYS = 3


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the clocks need to know about one case."""

    case_id: int
    case_number: str
    assignee: str
    dispute_kind: str
    decision_kind: str
    coverage: str | None
    dates: dict[str, date | None]                       # start and done_when fields by name
    document_requests: tuple[tuple[date, date | None], ...] = ()
    follow_ups: tuple[tuple[date, str], ...] = ()        # (date, next step) not yet answered by a later round
    complaint_complex: bool = False
    client: str = ""                                     # as the reader may see it (masked by role)


@dataclass(frozen=True, slots=True)
class Deadline:
    case_id: int
    case_number: str
    assignee: str
    rule: str               # rule id, or "follow_up"
    label_zh: str
    label_en: str
    party: str              # "insurer" or "us"
    provision: str
    due: date
    start_field: str
    start: date | None
    paused_days: int
    status: str             # "open", "due_soon", "overdue", "kept", "missed"
    days_left: int
    flags: tuple[str, ...] = field(default_factory=tuple)   # e.g. "repeated_document_requests"
    client: str = ""        # the client's name as the reader may see it

    @property
    def days_left_text(self) -> str:
        """Days left while the clock runs; nothing once it was kept or missed (never "−10" beside "kept")."""
        return "" if self.status in ("kept", "missed") else str(self.days_left)


def load_rules(path: Path = RULES_FILE) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8"))["rules"]


def add_days(start: date, days: int, day_kind: str) -> date:
    if day_kind == "working":
        d, left = start, days
        while left > 0:
            d += timedelta(days=1)
            if d.weekday() < 5:
                left -= 1
        return d
    return start + timedelta(days=days)


def add_years(start: date, years: int) -> date:
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February
        return start.replace(year=start.year + years, day=28)


def paused_days(start: date, until: date, requests: tuple[tuple[date, date | None], ...], today: date) -> int:
    """Days within [start, until) during which the insurer was waiting for documents it asked for."""
    days = set()
    for asked, given in requests:
        end = given or today
        d = max(asked, start)
        while d < min(end, until):
            days.add(d)
            d += timedelta(days=1)
    return len(days)


def _applies(rule: dict[str, Any], facts: CaseFacts) -> bool:
    applies = rule.get("applies", {})
    if "dispute_kinds" in applies and facts.dispute_kind not in applies["dispute_kinds"]:
        return False
    return "decision_kinds" not in applies or facts.decision_kind in applies["decision_kinds"]


def case_deadlines(facts: CaseFacts, rules: list[dict[str, Any]], today: date) -> list[Deadline]:
    out: list[Deadline] = []
    for rule in rules:
        start = facts.dates.get(rule["start"])
        if start is None or not _applies(rule, facts):
            continue
        flags: list[str] = []
        pause = 0
        if "years" in rule:
            years = rule.get("years_if_life", rule["years"]) if facts.coverage == "life" else rule["years"]
            due = add_years(start, years)
        else:
            days = rule.get("days_if_complex", rule["days"]) if facts.complaint_complex else rule["days"]
            due = add_days(start, days, rule.get("day_kind", "calendar"))
            if rule.get("pause_while_documents_requested"):
                # The clock stops while the insurer waits; extend day by day until the pauses are covered.
                for _ in range(3):
                    pause = paused_days(start, due + timedelta(days=pause), facts.document_requests, today)
                due = add_days(start, days, rule.get("day_kind", "calendar")) + timedelta(days=pause)
                if len(facts.document_requests) > 1:
                    flags.append("repeated_document_requests")  # Art. 22: everything missing at once
        done_fields = rule.get("done_when") or []
        done = next((facts.dates.get(f) for f in ([done_fields] if isinstance(done_fields, str) else done_fields)
                     if facts.dates.get(f) is not None), None)
        out.append(_deadline(facts, rule["id"], rule["label_zh"], rule["label_en"], rule["party"], rule["provision"],
                             due, rule["start"], start, pause, done, today, tuple(flags)))
    for when, step in facts.follow_ups:
        out.append(_deadline(facts, "follow_up", step or "跟进", step or "Follow up", "us", "", when, "round", None,
                             0, None, today, ()))
    return sorted(out, key=lambda d: d.due)


def _deadline(facts: CaseFacts, rule: str, zh: str, en: str, party: str, provision: str, due: date, start_field: str,
              start: date | None, pause: int, done: date | None, today: date, flags: tuple[str, ...]) -> Deadline:
    left = (due - today).days
    if done is not None:
        status = "kept" if done <= due else "missed"
    elif left < 0:
        status = "overdue"
    elif left <= SOON_DAYS:
        status = "due_soon"
    else:
        status = "open"
    return Deadline(facts.case_id, facts.case_number, facts.assignee, rule, zh, en, party, provision, due,
                    start_field, start, pause, status, left, flags, facts.client)


def due_list(all_deadlines: list[Deadline], within_days: int | None, today: date) -> list[Deadline]:
    """What needs attention: overdue items and those due within `within_days`, soonest first."""
    horizon = today + timedelta(days=within_days) if within_days is not None else None
    keep = [d for d in all_deadlines if d.status in ("overdue", "due_soon", "open")
            and (horizon is None or d.due <= horizon)]
    return sorted(keep, key=lambda d: (d.due, d.case_number))


# --- from the database -------------------------------------------------------
def _facts(row: dict[str, Any], requests: list[tuple[date, date | None]],
           follow_up: tuple[date, str] | None, who: Any) -> CaseFacts:
    from workbench.domain.access import person_view

    client = person_view(who, row["assignee_id"], row["client"], "", "", "").name  # masked as the list masks it
    return CaseFacts(row["id"], row["case_number"], row["assignee"], row["dispute_kind"], row["decision_kind"],
                     row["coverage"], row["dates"], tuple(requests), (follow_up,) if follow_up else (),
                     row["complaint_complex"], client)


def open_deadlines(store, today: date | None = None, assignee_ids: list[int] | None = None,  # type: ignore[no-untyped-def]
                   rules: list[dict[str, Any]] | None = None) -> list[Deadline]:
    """Every deadline of every open case (the due view), from three queries."""
    from workbench.storage import deadline_facts as sql

    today = today or date.today()
    rules = rules if rules is not None else load_rules()
    conn = store.reader()
    requests = sql.document_requests(conn)
    follow_ups = sql.latest_follow_ups(conn)
    out: list[Deadline] = []
    for row in sql.open_case_rows(conn, assignee_ids):
        out.extend(case_deadlines(_facts(row, requests.get(row["id"], []), follow_ups.get(row["id"]), store.principal),
                                  rules, today))
    return out


def provisions_by_code(store) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Each clock's legal basis (domain.analysis.Provision) by the code its rule names."""
    from workbench.services import analysis

    return {p.code: p for p in analysis.provisions(store)}


def deadlines_of_case(store, case_id: int, today: date | None = None) -> list[Deadline]:  # type: ignore[no-untyped-def]
    """A case's deadlines, whatever its stage."""
    from workbench.services import analysis, cases, rounds

    today = today or date.today()
    case = cases.get_case(store, case_id)
    notice = analysis.get_notice(store, case_id)
    latest = rounds.list_rounds(store, case_id)[-1:] or []
    follow = ((latest[0].follow_up_on, latest[0].next_step),) if latest and latest[0].follow_up_on else ()
    dates = {"policy_effective_date": case.policy.effective_date if case.policy else None,
             "decision_date": case.decision_date, "received_date": case.received_date, "event_date": case.event_date,
             "claim_submitted_on": case.claim_submitted_on, "documents_complete_on": case.documents_complete_on,
             "insurer_learned_on": case.insurer_learned_on, "complaint_filed_on": case.complaint_filed_on,
             "notice_issued_on": notice.issued_on}
    facts = CaseFacts(case.id, case.case_number, case.assignee.name if case.assignee else "", case.dispute_kind.value,
                      case.decision_kind.value, case.policy.coverage_type.value if case.policy else None, dates,
                      tuple((r.requested_on, r.provided_on) for r in list_document_requests(store, case_id)),
                      follow, case.complaint_complex, case.client.name)
    return case_deadlines(facts, load_rules(), today)


# --- document requests (Art. 22) ----------------------------------------------
@dataclass(frozen=True, slots=True)
class DocumentRequest:
    id: int
    case_id: int
    requested_on: date
    provided_on: date | None
    what: str


def add_document_request(store, case_id: int, requested_on: date, what: str) -> DocumentRequest:  # type: ignore[no-untyped-def]
    from workbench.services.records import get_or_fail
    from workbench.storage.rows import CaseRow, DocumentRequestRow

    with store.unit_of_work() as s:
        get_or_fail(s, CaseRow, case_id)
        row = DocumentRequestRow(case_id=case_id, requested_on=requested_on, provided_on=None, what=what.strip(),
                                 workstation_id=store.workstation_id)
        s.add(row)
        s.flush()
        return DocumentRequest(row.id, case_id, requested_on, None, row.what)


def mark_provided(store, request_id: int, provided_on: date) -> DocumentRequest:  # type: ignore[no-untyped-def]
    from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
    from workbench.errors import ValidationError
    from workbench.services.records import get_or_fail
    from workbench.storage.rows import DocumentRequestRow

    with store.unit_of_work() as s:
        row = get_or_fail(s, DocumentRequestRow, request_id)
        if provided_on < row.requested_on:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Documents cannot be given before they were asked for."))
        row.provided_on = provided_on
        row.touch(store.workstation_id)
        return DocumentRequest(row.id, row.case_id, row.requested_on, provided_on, row.what)


def list_document_requests(store, case_id: int) -> list[DocumentRequest]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from workbench.storage.rows import DocumentRequestRow

    with store.unit_of_work() as s:
        rows = s.scalars(select(DocumentRequestRow).where(DocumentRequestRow.case_id == case_id,
                                                          DocumentRequestRow.deleted_at.is_(None))
                         .order_by(DocumentRequestRow.requested_on))
        return [DocumentRequest(r.id, r.case_id, r.requested_on, r.provided_on, r.what) for r in rows]
