"""Logging the rounds of negotiation; a round moves an analysed case into negotiation."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.access import HIDDEN_HEALTH
from workbench.domain.analysis import PointStatus
from workbench.domain.enums import Stage
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.money import MAX_CENTS
from workbench.domain.rounds import ROUND_EDIT_FIELDS, Channel, Direction, Round, RoundDraft, RoundVersion
from workbench.errors import ValidationError
from workbench.services.records import check_editable, get_for_edit, get_or_fail
from workbench.services.store import Store
from workbench.storage.base import utcnow
from workbench.storage.convert import meta_of
from workbench.storage.rows import CaseRow, EvidenceRow, PointRow, RoundRow, RoundVersionRow, StageChangeRow


def _check(draft: RoundDraft) -> None:
    if draft.occurred_at.tzinfo is None:
        raise ValueError("round time must be timezone-aware")
    if draft.occurred_at > datetime.now(timezone.utc):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A round cannot be in the future."), field="occurred_at")
    if not (draft.summary.strip() or draft.asked.strip() or draft.answered.strip()):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say what was discussed in the round."), field="summary")
    amount = draft.amount_offered_cents
    if amount is not None and not 0 <= amount < MAX_CENTS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An amount must be zero or more, not “{text}”."),
                              field="amount_offered_cents", text=str(amount))


def log_round(store: Store, case_id: int, draft: RoundDraft) -> Round:
    """Record a contact; the points discussed take their new status in the same transaction."""
    _check(draft)
    ws = store.workstation_id
    with store.unit_of_work() as s:
        case = get_or_fail(s, CaseRow, case_id)
        evidence_uuids = _evidence_uuids(s, case_id, draft.evidence_ids)
        changes = []
        for point_id, status in draft.point_changes.items():
            point = get_or_fail(s, PointRow, point_id)
            if point.case_id != case_id:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A point discussed does not belong to this case."))
            if point.status != status.value:
                point.status = status.value
                point.touch(ws)
            changes.append(f"{point.uuid}\t{status.value}")
        row = RoundRow(case_id=case_id, occurred_at=draft.occurred_at, channel=draft.channel.value,
                       direction=draft.direction.value, contact_person=draft.contact_person.strip(),
                       contact_department=draft.contact_department.strip(), contact_phone=draft.contact_phone.strip(),
                       summary=draft.summary.strip(), asked=draft.asked.strip(), answered=draft.answered.strip(),
                       amount_offered_cents=draft.amount_offered_cents, evidence_uuids="\n".join(evidence_uuids),
                       point_changes="\n".join(changes), next_step=draft.next_step.strip(),
                       follow_up_on=draft.follow_up_on, workstation_id=ws)
        s.add(row)
        if case.stage == Stage.ANALYSIS.value:  # the work has moved on: the case is in negotiation now
            s.add(StageChangeRow(case_id=case_id, from_stage=case.stage, to_stage=Stage.NEGOTIATION.value,
                                 outcome=None, reason="", actor=store.actor, changed_at=utcnow(), workstation_id=ws))
            case.stage = Stage.NEGOTIATION.value
            case.touch(ws)
        s.flush()
        return _to_round(s, row, _number(s, row))


def _evidence_uuids(s: Session, case_id: int, ids: list[int]) -> list[str]:
    if not ids:
        return []
    rows = {r.id: r for r in s.scalars(select(EvidenceRow).where(EvidenceRow.id.in_(ids)))}
    if set(ids) - set(rows) or any(r.case_id != case_id for r in rows.values()):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An attached item does not belong to this case."))
    return [rows[i].uuid for i in ids]


def _number(s: Session, row: RoundRow) -> int:
    earlier = s.scalars(select(RoundRow.id).where(RoundRow.case_id == row.case_id, RoundRow.deleted_at.is_(None))
                        .order_by(RoundRow.occurred_at, RoundRow.id))
    return next((n for n, i in enumerate(earlier, start=1) if i == row.id), 0)


def _to_round(s: Session, row: RoundRow, number: int) -> Round:
    ev_uuids = [u for u in row.evidence_uuids.split("\n") if u]
    ev_ids = dict(s.execute(select(EvidenceRow.uuid, EvidenceRow.id).where(EvidenceRow.uuid.in_(ev_uuids))).all()) \
        if ev_uuids else {}
    pairs = [line.split("\t") for line in row.point_changes.split("\n") if line]
    point_ids = dict(s.execute(select(PointRow.uuid, PointRow.id).where(
        PointRow.uuid.in_([u for u, _ in pairs]))).all()) if pairs else {}
    return Round(row.id, row.case_id, number, row.occurred_at, Channel(row.channel), Direction(row.direction),
                 row.contact_person, row.contact_department, row.contact_phone, row.summary, row.asked, row.answered,
                 row.amount_offered_cents, tuple(ev_ids[u] for u in ev_uuids if u in ev_ids),
                 tuple((point_ids[u], PointStatus(st)) for u, st in pairs if u in point_ids),
                 row.next_step, row.follow_up_on, meta_of(row))


# What was said in a round can name a diagnosis ("同意调取住院病历"): not for a reader who may
# not see health information (an auditor reads who, when, how and the amounts).
ROUND_HEALTH_FIELDS = ("summary", "asked", "answered", "next_step")


def _hides_health(store: Store) -> bool:
    return store.principal is not None and not store.principal.sees_health


def list_rounds(store: Store, case_id: int) -> list[Round]:
    with store.unit_of_work() as s:
        rows = s.scalars(select(RoundRow).where(RoundRow.case_id == case_id, RoundRow.deleted_at.is_(None))
                         .order_by(RoundRow.occurred_at, RoundRow.id))
        found = [_to_round(s, r, n) for n, r in enumerate(rows, start=1)]
    if not _hides_health(store):
        return found
    return [replace(r, **{f: HIDDEN_HEALTH for f in ROUND_HEALTH_FIELDS if getattr(r, f)}) for r in found]


def _snapshot(row: RoundRow) -> dict[str, str]:
    out: dict[str, str] = {}
    for f in ROUND_EDIT_FIELDS:
        v = getattr(row, f)
        out[f] = v.isoformat() if isinstance(v, (date, datetime)) else ("" if v is None else str(v))
    return out


def edit_round(store: Store, round_id: int, changes: dict[str, Any], expected_revision: int) -> Round:
    """Change a round's record; what it said before is kept as a version, never overwritten."""
    check_editable(changes, ROUND_EDIT_FIELDS)
    with store.unit_of_work() as s:
        row = get_for_edit(s, RoundRow, round_id, expected_revision, QT_TRANSLATE_NOOP(
            "Errors", "This round was changed elsewhere since you opened it. Reload it and try again."))
        before = _snapshot(row)
        for f, v in changes.items():
            if f == "channel":
                v = Channel(v).value
            elif f == "direction":
                v = Direction(v).value
            setattr(row, f, v.strip() if isinstance(v, str) else v)
        if _snapshot(row) == before:
            return _to_round(s, row, _number(s, row))
        s.add(RoundVersionRow(round_id=row.id, round_revision=row.revision, actor=store.actor,
                              values_json=json.dumps(before, ensure_ascii=False), workstation_id=store.workstation_id))
        row.touch(store.workstation_id)
        s.flush()
        return _to_round(s, row, _number(s, row))


def round_history(store: Store, round_id: int) -> list[RoundVersion]:
    """Earlier wordings, oldest first."""
    with store.unit_of_work() as s:
        rows = s.scalars(select(RoundVersionRow).where(RoundVersionRow.round_id == round_id)
                         .order_by(RoundVersionRow.round_revision))
        versions = [RoundVersion(r.round_revision, r.created_at, r.actor, json.loads(r.values_json)) for r in rows]
    if not _hides_health(store):
        return versions
    return [replace(v, values={k: HIDDEN_HEALTH if k in ROUND_HEALTH_FIELDS and val else val
                               for k, val in v.values.items()}) for v in versions]
