"""One chronological view of a case: decision received, evidence, points, rounds,
stage changes and outcome, follow-ups."""

from __future__ import annotations

from datetime import datetime, time, timezone

from workbench.domain.access import HIDDEN_HEALTH
from workbench.domain.rounds import EventKind, TimelineEvent
from workbench.services import analysis, cases, evidence, letter_issue, rounds
from workbench.services.store import Store


def _at(day) -> datetime:  # type: ignore[no-untyped-def]
    return datetime.combine(day, time(0), tzinfo=timezone.utc)


def timeline(store: Store, case_id: int, kinds: set[EventKind] | None = None) -> list[TimelineEvent]:
    case = cases.get_case(store, case_id)
    events: list[TimelineEvent] = []
    if case.received_date:
        events.append(TimelineEvent(_at(case.received_date), EventKind.DECISION_RECEIVED,
                                    f"{case.insurer.name} {case.decision_date or ''}".strip()))
    for h in cases.stage_history(store, case_id):
        events.append(TimelineEvent(h.changed_at, EventKind.STAGE, h.reason, h.actor,
                                    (h.from_stage, h.to_stage, h.outcome)))
    for e in evidence.list_evidence(store, case_id):
        events.append(TimelineEvent(e.meta.created_at, EventKind.EVIDENCE, f"附件{e.enclosure_no} {e.original_name}",
                                    e.added_by))
    for p in analysis.list_points(store, case_id):
        # A hidden quote is the marker alone, which the window shows in the reader's language.
        text = p.quote if p.quote == HIDDEN_HEALTH else f"{p.position}. {p.quote[:60]}"
        events.append(TimelineEvent(p.meta.created_at, EventKind.POINT, text))
    for r in rounds.list_rounds(store, case_id):
        events.append(TimelineEvent(r.occurred_at, EventKind.ROUND, r.summary or r.answered or r.asked))
        if r.follow_up_on:
            events.append(TimelineEvent(_at(r.follow_up_on), EventKind.FOLLOW_UP, r.next_step))
    for x in letter_issue.list_issued(store, case_id):
        events.append(TimelineEvent(x.issued_at, EventKind.LETTER, f"{x.title} v{x.version} · SHA-256 {x.sha256[:12]}",
                                    x.issued_by))
    if kinds is not None:
        events = [e for e in events if e.kind in kinds]
    return sorted(events, key=lambda e: (e.when, list(EventKind).index(e.kind)))
