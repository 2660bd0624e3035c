"""Deciding, record by record, what importing a bundle would do — before anything is written.

Records are matched by UUID and their version vectors compared:
- the bundle's copy has seen ours (or they are equal) → unchanged;
- ours has seen the bundle's → take the bundle's, no question;
- each has changes the other has not seen → compare field by field against the
  last version both sides had (the sync_version log): a field changed on one side
  only is taken from that side; a field changed on both sides to different values is
  a conflict the user settles.  Without a known common version every differing field
  is a conflict: clocks never decide.
- a deletion against an edit: the edit survives (the record is restored) and the
  user is told.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Text, select
from sqlalchemy.orm import Session

from workbench.bundle.format import BAD_RECORD, BundleError
from workbench.bundle.reader import Verified
from workbench.bundle.records import Incoming, encode_fields
from workbench.domain import version_vector as vvec
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import Phrase
from workbench.storage import sync_lookup as lookup
from workbench.storage.rows import SyncVersionRow
from workbench.storage.sync_columns import DERIVED, PROTECTED, RECORD_ROWS, ROW_OF_KIND, compared_columns, references

WHY_OTHER_KIND = QT_TRANSLATE_NOOP("Errors", "its UUID already belongs to a different kind of record here")
WHY_DANGLING = QT_TRANSLATE_NOOP("Errors", "it refers to a record that is neither in the bundle nor here")
WHY_FORGED = QT_TRANSLATE_NOOP(
    "Errors", "it claims changes made on this workstation that this workstation never made (a forged or "
              "mixed-up bundle)")
NOTE_EDIT_BEAT_DELETE_HERE = QT_TRANSLATE_NOOP(
    "Sync", "Deleted on the other workstation but edited here: the record was kept with the edits.")
NOTE_EDIT_BEAT_DELETE_THERE = QT_TRANSLATE_NOOP(
    "Sync", "Deleted here but edited on the other workstation: the record was restored with those edits.")


class Action(StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    MERGE = "merge"          # changed on both sides, in different fields: merged without asking
    CONFLICT = "conflict"    # changed on both sides in the same field: the user chooses


class Choice(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"   # text only: ours, then theirs


@dataclass(frozen=True, slots=True)
class FieldConflict:
    kind: str
    uuid: str
    field: str
    mine: Any
    theirs: Any
    base: Any
    text: bool        # "both" is offered
    protected: bool   # an amount, decision or outcome

    @property
    def key(self) -> str:
        return f"{self.uuid}/{self.field}"


@dataclass(slots=True)
class RecordPlan:
    rec: Incoming
    action: Action
    case_uuid: str | None
    local: Mapping[str, Any] | None = None
    mine: dict[str, Any] | None = None            # our copy, as wire values
    mine_vv: vvec.VersionVector | None = None
    result: dict[str, Any] = field(default_factory=dict)  # after the automatic merge
    conflicts: list[FieldConflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CaseSummary:
    case_uuid: str | None
    label: str
    counts: dict[Action, int]


@dataclass(slots=True)
class ImportPlan:
    bundle: Verified
    records: list[RecordPlan]
    case_labels: dict[str, str]

    @property
    def conflicts(self) -> list[FieldConflict]:
        return [c for p in self.records for c in p.conflicts]

    def counts(self) -> dict[Action, int]:
        out = {a: 0 for a in Action}
        for p in self.records:
            out[p.action] += 1
        return out

    def by_case(self) -> list[CaseSummary]:
        groups: dict[str | None, dict[Action, int]] = {}
        for p in self.records:
            counts = groups.setdefault(p.case_uuid, {a: 0 for a in Action})
            counts[p.action] += 1
        out = [CaseSummary(u, self.case_labels.get(u, "") if u else "", c) for u, c in groups.items()]
        return sorted(out, key=lambda c: (c.case_uuid is None, c.label))


def _check_kinds_and_references(s: Session, by_kind: dict[str, list[Incoming]]) -> None:
    clash = lookup.clashes(s)
    if clash:
        uuid, kind, _here = min(clash)
        raise BundleError(BAD_RECORD, kind=kind, uuid=uuid, why=Phrase(WHY_OTHER_KIND))
    bundle_kind = {r.uuid: r.kind for recs in by_kind.values() for r in recs}
    wanted: dict[str, dict[str, Incoming]] = {}
    for kind, recs in by_kind.items():
        for column, target in references(kind).items():
            for r in recs:
                ref = r.fields[column]
                if ref is not None and bundle_kind.get(ref) != target:
                    wanted.setdefault(target, {}).setdefault(ref, r)
    for target, refs in wanted.items():
        missing = set(refs) - lookup.existing(s, target, refs)
        if missing:
            r = refs[min(missing)]
            raise BundleError(BAD_RECORD, kind=r.kind, uuid=r.uuid, why=Phrase(WHY_DANGLING))


def _ancestors(s: Session, uuids: list[str]) -> dict[str, list[tuple[vvec.VersionVector, dict[str, Any]]]]:
    out: dict[str, list[tuple[vvec.VersionVector, dict[str, Any]]]] = {}
    rows = lookup.rows_in(s, lambda part: select(SyncVersionRow.record_uuid, SyncVersionRow.vv, SyncVersionRow.fields_json)
                      .where(SyncVersionRow.record_uuid.in_(part)), uuids)
    for u, vv, fields in rows:
        out.setdefault(u, []).append((json.loads(vv), json.loads(fields)))
    return out


def _common_base(candidates: list[tuple[vvec.VersionVector, dict[str, Any]]], mine: vvec.VersionVector,
                 theirs: vvec.VersionVector) -> dict[str, Any] | None:
    shared = [(sum(v.values()), f) for v, f in candidates if vvec.dominated_by(v, mine) and vvec.dominated_by(v, theirs)]
    return max(shared, key=lambda x: x[0])[1] if shared else None


def _is_text(kind: str, name: str) -> bool:
    return isinstance(ROW_OF_KIND[kind].__table__.c[name].type, Text)


def _three_way(p: RecordPlan, base: dict[str, Any] | None) -> None:
    kind, theirs, mine = p.rec.kind, p.rec.wire, p.mine
    assert mine is not None
    fields = compared_columns(kind) - {"deleted_at"}
    result = dict(mine)
    for name in sorted(fields):
        m, t = mine[name], theirs[name]
        if m == t:
            continue
        if base is not None and name in base and base[name] == m:
            result[name] = t
        elif base is not None and name in base and base[name] == t:
            continue
        else:
            p.conflicts.append(FieldConflict(kind, p.rec.uuid, name, m, t, None if base is None else base.get(name),
                                             _is_text(kind, name) and name not in PROTECTED, name in PROTECTED))
    _deletion(p, base, fields, result)
    for name in DERIVED.get(kind, ()):  # read from the file: whichever side has read it
        if not mine.get(name) and theirs.get(name):
            result[name] = theirs[name]
    p.result = result
    p.action = Action.CONFLICT if p.conflicts else Action.MERGE


def _deletion(p: RecordPlan, base: dict[str, Any] | None, fields: set[str] | frozenset[str],
              result: dict[str, Any]) -> None:
    mine, theirs = p.mine or {}, p.rec.wire
    mine_gone, theirs_gone = mine["deleted_at"] is not None, theirs["deleted_at"] is not None
    if mine_gone == theirs_gone:
        result["deleted_at"] = mine["deleted_at"] or theirs["deleted_at"]
        return
    keeper, deleter = (theirs, mine) if mine_gone else (mine, theirs)
    edited = any(keeper[f] != (base[f] if base is not None and f in base else deleter[f]) for f in fields)
    if edited:
        result["deleted_at"] = None
        p.notes.append(NOTE_EDIT_BEAT_DELETE_THERE if mine_gone else NOTE_EDIT_BEAT_DELETE_HERE)
    else:
        result["deleted_at"] = mine["deleted_at"] or theirs["deleted_at"]


def _case_of(rec: Incoming, round_case: dict[str, str]) -> str | None:
    if rec.kind == "dispute_case":
        return rec.uuid
    if "case_id" in rec.fields:
        return rec.fields["case_id"]
    if rec.kind == "negotiation_round_version":
        return round_case.get(rec.fields["round_id"])
    return None


def _claims_our_changes(rec: Incoming, mine: vvec.VersionVector | None, local_ws: str) -> bool:
    """A peer knows of our changes only from us: it cannot hold more of them than we made."""
    return bool(local_ws) and rec.vv.get(local_ws, 0) > (mine or {}).get(local_ws, 0)


def plan_import(s: Session, bundle: Verified, local_ws: str = "") -> ImportPlan:
    """What importing `bundle` would do here.  `local_ws`: this workstation's id, whose changes
    no incoming version may claim more of than it has."""
    by_kind: dict[str, list[Incoming]] = {}
    for rec in bundle.records:
        by_kind.setdefault(rec.kind, []).append(rec)
    lookup.load_incoming(s, ((r.uuid, r.kind) for r in bundle.records))
    _check_kinds_and_references(s, by_kind)
    round_case = {r.uuid: r.fields["case_id"] for r in by_kind.get("negotiation_round", [])}
    labels = {r.uuid: r.fields["case_number"] for r in by_kind.get("dispute_case", [])}
    plans: list[RecordPlan] = []
    concurrent: list[RecordPlan] = []
    for row_type in RECORD_ROWS:
        kind = row_type.__tablename__
        recs = by_kind.get(kind, [])
        if not recs:
            continue
        local = lookup.local_rows(s, kind)
        if kind == "negotiation_round":
            for row in local.values():
                round_case.setdefault(row["uuid"], row["case_id" + lookup.REF_SUFFIX])
        if kind == "dispute_case":
            for row in local.values():
                labels[row["uuid"]] = row["case_number"]
        for rec in recs:
            if kind == "negotiation_round_version" and rec.fields["round_id"] not in round_case:
                round_case.update(_round_cases(s, rec.fields["round_id"]))
            p = RecordPlan(rec, Action.NEW, _case_of(rec, round_case))
            row = local.get(rec.uuid)
            plans.append(p)
            mine_vv = vvec.loads(row["vv"], row["workstation_id"], row["revision"]) if row is not None else None
            if _claims_our_changes(rec, mine_vv, local_ws):
                raise BundleError(BAD_RECORD, kind=kind, uuid=rec.uuid, why=Phrase(WHY_FORGED))
            if row is None:
                continue
            p.local = row
            p.mine = encode_fields(kind, row, lookup.REF_SUFFIX)
            p.mine_vv = mine_vv
            order = vvec.compare(p.mine_vv, rec.vv)
            if order in (vvec.Order.EQUAL, vvec.Order.AFTER):
                p.action = Action.UNCHANGED
            elif order is vvec.Order.BEFORE:
                p.action = Action.UPDATE
                p.result = dict(rec.wire)
                for name in DERIVED.get(kind, ()):
                    if p.mine.get(name) and not rec.wire.get(name):
                        p.result[name] = p.mine[name]
            else:
                concurrent.append(p)
    missing_labels = {p.case_uuid for p in plans if p.case_uuid and p.case_uuid not in labels}
    if missing_labels:
        from workbench.storage.rows import CaseRow

        labels.update(dict(lookup.rows_in(s, lambda part: select(CaseRow.uuid, CaseRow.case_number)
                                      .where(CaseRow.uuid.in_(part)), missing_labels)))
    bases = _ancestors(s, [p.rec.uuid for p in concurrent])
    for p in concurrent:
        assert p.mine_vv is not None
        _three_way(p, _common_base(bases.get(p.rec.uuid, []), p.mine_vv, p.rec.vv))
    return ImportPlan(bundle, plans, labels)


def _round_cases(s: Session, round_uuid: str) -> dict[str, str]:
    from workbench.storage.rows import CaseRow, RoundRow

    found = s.execute(select(RoundRow.uuid, CaseRow.uuid).join(CaseRow, RoundRow.case_id == CaseRow.id)
                      .where(RoundRow.uuid == round_uuid)).first()
    return {found[0]: found[1]} if found else {}


