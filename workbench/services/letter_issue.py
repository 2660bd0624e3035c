"""Issuing a letter: the PDF is frozen as the case's next numbered version, with its
SHA-256, who issued it and when, and the data it was made from; the contact is logged
as a negotiation round.  An issued version is never changed."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import defer

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.letter import Letter
from workbench.domain.rounds import Channel, Direction, RoundDraft
from workbench.errors import DatabaseError, ValidationError
from workbench.services.records import get_or_fail
from workbench.services.store import Store
from workbench.storage.rows import LetterVersionRow, SettingRow

APPROVAL_KEY = "letters.approval_required"
FOLLOW_UP_DAYS = 30  # the insurer's decision clock (Art. 23) is the natural time to chase a reply


@dataclass(frozen=True, slots=True)
class IssuedLetter:
    id: int
    case_id: int
    version: int
    language: str
    title: str
    sha256: str
    size: int
    issued_by: str
    issued_at: datetime
    with_enclosures: bool
    approved_by: str


def _issued(row: LetterVersionRow, size: int) -> IssuedLetter:
    return IssuedLetter(row.id, row.case_id, row.version, row.language, row.title, row.sha256, size,
                        row.issued_by, row.issued_at, row.with_enclosures, row.approved_by)


def approval_required(store: Store) -> bool:
    with store.unit_of_work() as s:
        row = s.get(SettingRow, APPROVAL_KEY)
        return bool(row and row.value == "1")


def set_approval_required(store: Store, required: bool) -> None:
    with store.unit_of_work() as s:
        s.merge(SettingRow(key=APPROVAL_KEY, value="1" if required else "0"))


def _check_approver(store: Store, approved_by: str) -> None:
    from workbench.services import parties

    if not approved_by:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Letters need a team lead's approval before they are "
                                                "issued. Say who approved this one."), field="approved_by")
    if approved_by == store.actor:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A letter cannot be approved by the person who issues it."),
                              field="approved_by")
    if approved_by not in {s.name for s in parties.list_staff(store)}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name} is not an active member of staff."),
                              field="approved_by", name=approved_by)


def issue_letter(store: Store, letter: Letter, pdf: bytes, channel: Channel = Channel.LETTER,
                 with_enclosures: bool = False, approved_by: str = "") -> IssuedLetter:
    """Keep `pdf` (rendered from `letter` for issue, not as a draft) as the next version.
    When the team requires it, a team lead other than the issuer must have approved it."""
    from workbench.services import case_json, cases, rounds

    approved_by = approved_by.strip()
    if approval_required(store):
        _check_approver(store, approved_by)
    case = cases.get_case(store, letter.case_id)
    snapshot = json.dumps(case_json.case_to_json(case, cases.stage_history(store, case.id)), ensure_ascii=False)
    with store.unit_of_work() as s:
        last = s.scalar(select(func.max(LetterVersionRow.version)).where(LetterVersionRow.case_id == letter.case_id))
        row = LetterVersionRow(case_id=letter.case_id, version=(last or 0) + 1, language=letter.language,
                               title=letter.title, pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest(), issued_by=store.actor,
                               issued_at=datetime.now(timezone.utc), case_snapshot=snapshot,
                               letter_json=json.dumps(asdict(letter), ensure_ascii=False, default=str),
                               with_enclosures=with_enclosures, approved_by=approved_by,
                               workstation_id=store.workstation_id)
        s.add(row)
        s.flush()
        issued = _issued(row, len(pdf))
    rounds.log_round(store, letter.case_id, RoundDraft(
        occurred_at=issued.issued_at, channel=channel, direction=Direction.TO_INSURER,
        summary=f"{letter.title}（第{issued.version}版）" if letter.language == "zh"
        else f"{letter.title} (version {issued.version})",
        asked=letter.sections.get("remedy", ""), next_step="等待保险公司书面答复" if letter.language == "zh"
        else "Await the insurer's written reply",
        follow_up_on=date.today() + timedelta(days=FOLLOW_UP_DAYS)))
    from workbench.services import audit

    audit.record(store, "letter_issued", f"letter_version {letter.case_number} v{issued.version}",
                 {"sha256": issued.sha256, "audit_head": letter.audit_head, "approved_by": approved_by})
    return issued


def list_issued(store: Store, case_id: int) -> list[IssuedLetter]:
    # The timeline and the letter dialog list versions: their PDF bytes stay in the database.
    with store.unit_of_work() as s:
        rows = s.execute(select(LetterVersionRow, func.length(LetterVersionRow.pdf))
                         .options(defer(LetterVersionRow.pdf))
                         .where(LetterVersionRow.case_id == case_id).order_by(LetterVersionRow.version))
        return [_issued(row, size) for row, size in rows]


def issued_pdf(store: Store, letter_id: int) -> bytes:
    """The bytes exactly as issued; refused if they no longer match their SHA-256."""
    from workbench.services import evidence_view

    with store.unit_of_work() as s:
        row = get_or_fail(s, LetterVersionRow, letter_id)
        # What was sent names the client in full and argues the health facts: a document like any other.
        evidence_view.may_read_contents(store, s, row.case_id)
        if hashlib.sha256(row.pdf).hexdigest() != row.sha256:
            raise DatabaseError(QT_TRANSLATE_NOOP("Errors", "Issued letter version {version} has been altered: its "
                                               "contents no longer match the fingerprint taken when it was issued."),
                             version=row.version)
        return bytes(row.pdf)
