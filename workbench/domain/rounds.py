"""Negotiation rounds with the insurer, and the case's timeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from workbench.domain.analysis import PointStatus
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.models import RecordMeta


class Channel(StrEnum):
    PHONE = "phone"
    MEETING = "meeting"
    MAIL = "mail"
    EMAIL = "email"
    LETTER = "letter"
    PORTAL = "portal"


class Direction(StrEnum):
    TO_INSURER = "to_insurer"
    FROM_INSURER = "from_insurer"


ROUND_LABELS = {
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    Channel.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting"),
    Channel.MAIL: QT_TRANSLATE_NOOP("Labels", "Post"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    Channel.LETTER: QT_TRANSLATE_NOOP("Labels", "Letter"),
    Channel.PORTAL: QT_TRANSLATE_NOOP("Labels", "Insurer portal"),
    Direction.TO_INSURER: QT_TRANSLATE_NOOP("Labels", "To the insurer"),
    Direction.FROM_INSURER: QT_TRANSLATE_NOOP("Labels", "From the insurer"),
}


@dataclass(slots=True)
class RoundDraft:
    occurred_at: datetime
    channel: Channel
    direction: Direction
    contact_person: str = ""
    contact_department: str = ""
    contact_phone: str = ""
    summary: str = ""
    asked: str = ""
    answered: str = ""
    amount_offered_cents: int | None = None
    evidence_ids: list[int] = field(default_factory=list)
    point_changes: dict[int, PointStatus] = field(default_factory=dict)  # point id -> status after the round
    next_step: str = ""
    follow_up_on: date | None = None


@dataclass(frozen=True, slots=True)
class Round:
    id: int
    case_id: int
    number: int
    occurred_at: datetime
    channel: Channel
    direction: Direction
    contact_person: str
    contact_department: str
    contact_phone: str
    summary: str
    asked: str
    answered: str
    amount_offered_cents: int | None
    evidence_ids: tuple[int, ...]
    point_changes: tuple[tuple[int, PointStatus], ...]
    next_step: str
    follow_up_on: date | None
    meta: RecordMeta


ROUND_EDIT_FIELDS = ("occurred_at", "channel", "direction", "contact_person", "contact_department", "contact_phone",
                     "summary", "asked", "answered", "amount_offered_cents", "next_step", "follow_up_on")


@dataclass(frozen=True, slots=True)
class RoundVersion:
    """A round as it read before an edit."""

    revision: int
    changed_at: datetime
    actor: str
    values: dict[str, str]


class EventKind(StrEnum):
    DECISION_RECEIVED = "decision_received"
    STAGE = "stage"
    EVIDENCE = "evidence"
    POINT = "point"
    ROUND = "round"
    FOLLOW_UP = "follow_up"
    LETTER = "letter"


EVENT_LABELS = {
    EventKind.DECISION_RECEIVED: QT_TRANSLATE_NOOP("Labels", "Decision received"),
    EventKind.STAGE: QT_TRANSLATE_NOOP("Labels", "Stage change"),
    EventKind.EVIDENCE: QT_TRANSLATE_NOOP("Labels", "Evidence added"),
    EventKind.POINT: QT_TRANSLATE_NOOP("Labels", "Point made"),
    EventKind.ROUND: QT_TRANSLATE_NOOP("Labels", "Negotiation round"),
    EventKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Labels", "Follow-up due"),
    EventKind.LETTER: QT_TRANSLATE_NOOP("Labels", "Letter issued"),
}


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    when: datetime
    kind: EventKind
    text: str       # data, not sentences: a file name, a quote, a round summary, a reason
    actor: str = ""
    codes: tuple[StrEnum | None, ...] = ()  # for a stage change: from, to, outcome (shown by their labels)

    def described(self, label) -> str:  # type: ignore[no-untyped-def]
        """The text with any codes in words (`label` translates a code)."""
        if not self.codes:
            return self.text
        source, target, outcome = (self.codes + (None, None, None))[:3]
        words = f"{label(source) if source else '—'} → {label(target)}"
        if outcome:
            words += f"（{label(outcome)}）"
        return f"{words} {self.text}".strip()
