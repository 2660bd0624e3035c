"""The audit trail: who signed in, saw, changed, revealed, exported, imported or issued
what.  Entries are appended (storage/audit_chain.py) and never changed; `verify`
walks the hash chain and names every entry that was edited, removed or slipped in."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from workbench.domain.access import HIDDEN_HEALTH, PERSON_MASKS
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.spreadsheet_cells import safe_row
from workbench.errors import PermissionDenied
from workbench.services.store import Store
from workbench.storage import audit_chain, integrity
from workbench.storage.rows import AuditRow

NOT_ALLOWED = QT_TRANSLATE_NOOP("Errors", "Only team leads, auditors and administrators may read the audit trail.")


@dataclass(frozen=True, slots=True)
class Entry:
    seq: int
    at: datetime
    workstation_id: str
    actor: str
    action: str
    subject: str
    details: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Problem:
    seq: int
    kind: str      # "edited", "missing", "inserted", "truncated", "head"
    params: dict[str, Any]

    @property
    def template(self) -> str:
        """The sentence, to translate (context "Audit") and fill with `params`."""
        return PROBLEM_TEXT[self.kind]

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


PROBLEM_TEXT = {
    "edited": QT_TRANSLATE_NOOP("Audit", "entry {seq} was changed after it was written"),
    "missing": QT_TRANSLATE_NOOP("Audit", "entries {first}–{last} are missing (deleted)"),
    "inserted": QT_TRANSLATE_NOOP("Audit", "entry {seq} does not follow the entry before it (inserted, or one before it was removed)"),
    "truncated": QT_TRANSLATE_NOOP("Audit", "the trail ends at {last}, but entry {seq} was recorded elsewhere"),
    "head": QT_TRANSLATE_NOOP("Audit", "entry {seq} differs from the one recorded elsewhere"),
    "unguarded": QT_TRANSLATE_NOOP("Audit", "the database no longer refuses changes to the trail (its append-only "
                                            "rule was removed): entries could be rewritten unseen"),
}


def record(store: Store, action: str, subject: str = "", details: dict[str, Any] | None = None) -> None:
    """Append one entry in its own transaction (sign-in, reveal, export…)."""
    ws = store.workstation_id
    with store.unit_of_work() as s:
        audit_chain.append(s.connection(), ws, s.info["actor"], action, subject, details)


def head(store: Store) -> tuple[int, str]:
    with store.unit_of_work() as s:
        return audit_chain.head(s.connection())


def _readable(store: Store) -> None:
    who = store.principal
    if who is not None and not who.can_read_audit:
        raise PermissionDenied(NOT_ALLOWED)


# Fields whose values can hold health information (a diagnosis in a summary, a notice, a
# point, a round, a document): shown to a role that may not read health data as the marker.
HEALTH_FIELDS = frozenset({"summary", "text", "quote", "rebuttal_html", "explain_to_client", "asked", "answered",
                           "description", "text_content", "note", "tags", "next_step"})


def _masked(details: dict[str, Any], store: Store) -> dict[str, Any]:
    """Personal values in before → after pairs masked unless the reader is a team lead, and
    health text hidden from a reader who may not read it."""
    who = store.principal
    if who is None or who.sees_everyone_in_full or "fields" not in details:
        return details
    fields = {}
    for name, pair in details["fields"].items():
        mask = PERSON_MASKS.get(name)
        if name in HEALTH_FIELDS and not who.sees_health:
            fields[name] = [HIDDEN_HEALTH if v else v for v in pair]
        else:
            fields[name] = [mask(v) if mask and isinstance(v, str) else v for v in pair] if mask else pair
    return {**details, "fields": fields}


def _matches(entry: Entry, text: str) -> bool:
    """`text` among what the reader is shown of the entry (never the stored values under masks:
    searching those would tell a masked phone number digit by digit)."""
    needle = text.casefold()
    return needle in entry.subject.casefold() or needle in json.dumps(entry.details, ensure_ascii=False).casefold()


def entries(store: Store, actor: str = "", action: str = "", text: str = "", since: datetime | None = None,
            until: datetime | None = None, limit: int = 5000) -> list[Entry]:
    """Newest first, filtered."""
    _readable(store)
    q = select(AuditRow).order_by(AuditRow.seq.desc()).limit(limit)
    if actor:
        q = q.where(AuditRow.actor == actor)
    if action:
        q = q.where(AuditRow.action == action)
    who = store.principal
    shown_in_full = who is None or who.sees_everyone_in_full
    if text and shown_in_full:
        # The stored entry is what the reader sees: the database may search it (literally).
        q = q.where(AuditRow.subject.contains(text, autoescape=True) | AuditRow.details.contains(text, autoescape=True))
    elif text:
        q = q.limit(None)  # searched below, in what the reader is shown
    if since is not None:
        q = q.where(AuditRow.at >= since)
    if until is not None:
        q = q.where(AuditRow.at < until)
    with store.unit_of_work() as s:
        rows = s.scalars(q).all()
        found = [Entry(r.seq, r.at, r.workstation_id, r.actor, r.action, r.subject,
                       _masked(json.loads(r.details), store)) for r in rows]
    if text and not shown_in_full:
        found = [e for e in found if _matches(e, text)][:limit]
    return found


def as_csv(items: list[Entry]) -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["seq", "at", "workstation", "actor", "action", "subject", "details"])
    for e in items:
        w.writerow(safe_row([e.seq, e.at.isoformat(), e.workstation_id, e.actor, e.action, e.subject,
                             json.dumps(e.details, ensure_ascii=False)]))
    return out.getvalue()


def verify(store: Store, known_head: tuple[int, str] | None = None) -> list[Problem]:
    """Every break in the chain; `known_head` is a (seq, hash) recorded elsewhere (a bundle, a letter)."""
    problems: list[Problem] = []
    prev, expected = audit_chain.GENESIS, 1
    hashes: dict[int, str] = {}
    with store.unit_of_work() as s:
        for r in s.execute(select(AuditRow).order_by(AuditRow.seq)).scalars():
            if r.seq > expected:
                problems.append(Problem(expected, "missing", {"first": expected, "last": r.seq - 1}))
            if r.prev_hash != prev:
                problems.append(Problem(r.seq, "inserted", {"seq": r.seq}))
            if audit_chain.entry_hash(r.seq, r.at, r.workstation_id, r.actor, r.action, r.subject, r.details,
                                      r.prev_hash) != r.hash:
                problems.append(Problem(r.seq, "edited", {"seq": r.seq}))
            prev, expected = r.hash, r.seq + 1
            hashes[r.seq] = r.hash
    if integrity.missing_triggers(store.reader(), integrity.GUARD_TRIGGERS):
        problems.append(Problem(0, "unguarded", {}))
    if known_head is not None:
        seq, digest = known_head
        if seq not in hashes and seq >= expected:
            problems.append(Problem(seq, "truncated", {"seq": seq, "last": expected - 1}))
        elif hashes.get(seq) != digest:
            problems.append(Problem(seq, "head", {"seq": seq}))
    return problems
