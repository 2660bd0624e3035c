"""Writing an import plan into the database, in the caller's one transaction.

Row ids are local: every reference arrives as a UUID and is turned into this
database's id here.  A few things must stay unique per database even though two
workstations cannot coordinate; they are settled the same way on every workstation
(the later-created record gives way), so both ends of an exchange agree:
case numbers, issued-letter version numbers and enclosure numbers within a case.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from workbench.bundle.plan import Action, Choice, FieldConflict, ImportPlan, RecordPlan
from workbench.bundle.records import from_wire
from workbench.domain import version_vector as vvec
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import Cancelled, ValidationError
from workbench.storage import sync_versions
from workbench.storage.sync_lookup import rows_in
from workbench.storage.blobs import BlobStore
from workbench.storage.rows import (
    CaseRow, EvidenceRow, EvidenceTypeRow, LetterVersionRow, NoticeRow, ProvisionRow, with_name_key,
)
from workbench.storage.sync_columns import FILE_COLUMNS, PROTECTED, RECORD_ROWS, ROW_OF_KIND, compared_columns, references

UNRESOLVED = QT_TRANSLATE_NOOP("Errors", "{count} conflicting fields have no choice yet; nothing was imported.")
NOT_TEXT = QT_TRANSLATE_NOOP("Errors", "“Keep both” is only possible for text; field {name} is not text.")
NOTE_NUMBER_THEIRS = QT_TRANSLATE_NOOP(
    "Sync", "Case number {number} was already used here for another case; the imported case is numbered {alias}.")
NOTE_NUMBER_MINE = QT_TRANSLATE_NOOP(
    "Sync", "Case number {number} was also used by the other workstation for an earlier case; this workstation's case is now numbered {alias}.")
NOTE_LETTER_VERSION = QT_TRANSLATE_NOOP(
    "Sync", "Both workstations issued letter version {version} for this case; the later one is now version {new}.")
NOTE_ENCLOSURE = QT_TRANSLATE_NOOP(
    "Sync", "Enclosure number {number} was used on both workstations; “{name}” is now enclosure {new}.")
NOTE_NOTICE_KEPT = QT_TRANSLATE_NOOP(
    "Sync", "The insurer's notice was entered on both workstations; this workstation's was kept. The other text began: “{text}”.")
NOTE_CODE_KEPT = QT_TRANSLATE_NOOP(
    "Sync", "The code “{code}” already exists here for a different entry; this workstation's entry was kept.")
BOTH_SEPARATOR = "\n\n"
# What must be unique per database, by kind (settle_uniques decides who gives way).
UNIQUE_KEYS: dict[str, tuple[str, ...]] = {
    "dispute_case": ("case_number",), "letter_version": ("case_id", "version"), "decision_notice": ("case_id",),
    "evidence_type": ("code",), "provision": ("code",),
}


@dataclass(slots=True)
class FieldChange:
    field: str
    before: Any
    after: Any
    protected: bool


@dataclass(slots=True)
class Change:
    case: str          # case number, or "" for shared records (people, insurers...)
    kind: str
    uuid: str
    action: Action
    fields: list[FieldChange] = field(default_factory=list)


@dataclass(slots=True)
class Note:
    case: str
    template: str      # context "Sync"
    params: dict[str, Any]


@dataclass(slots=True)
class ImportReport:
    bundle: str
    source_workstation: str
    counts: dict[Action, int]
    changes: list[Change]
    notes: list[Note]
    files_added: int = 0
    backup: str = ""


def _resolved(p: RecordPlan, choices: Mapping[str, Choice]) -> dict[str, Any]:
    result = dict(p.result)
    for c in p.conflicts:
        choice = Choice(choices[c.key])
        if choice is Choice.THEIRS:
            result[c.field] = c.theirs
        elif choice is Choice.MINE:
            result[c.field] = c.mine
        else:
            if not c.text:
                raise ValidationError(NOT_TEXT, name=c.field)
            result[c.field] = BOTH_SEPARATOR.join(x for x in (c.mine or "", c.theirs or "") if x)
    return result


def check_choices(conflicts: list[FieldConflict], choices: Mapping[str, Choice]) -> None:
    missing = [c for c in conflicts if c.key not in choices]
    if missing:
        raise ValidationError(UNRESOLVED, count=len(missing))


class _Ids:
    """UUID → local row id, per kind; filled as rows are found or inserted."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.known: dict[str, dict[str, int]] = {}

    def get(self, kind: str, uuid: str) -> int:
        ids = self.known.setdefault(kind, {})
        if uuid not in ids:
            table = ROW_OF_KIND[kind].__table__
            ids[uuid] = self.s.scalar(select(table.c.id).where(table.c.uuid == uuid))
        return ids[uuid]

    def load(self, kind: str, uuids: list[str]) -> None:
        table = ROW_OF_KIND[kind].__table__
        self.known.setdefault(kind, {}).update(
            (u, n) for u, n in rows_in(self.s, lambda batch: select(table.c.uuid, table.c.id).where(table.c.uuid.in_(batch)),
                                       uuids))


class Applier:
    def __init__(self, s: Session, plan: ImportPlan, blobs: BlobStore, local_ws: str, now: datetime) -> None:
        self.s, self.plan, self.blobs, self.local_ws, self.now = s, plan, blobs, local_ws, now
        self.ids = _Ids(s)
        self.notes: list[Note] = []
        self.changes: list[Change] = []
        self.new_evidence_cases: set[int] = set()
        self.taken: dict[str, set[tuple[Any, ...]]] = {}

    def label(self, p: RecordPlan) -> str:
        return self.plan.case_labels.get(p.case_uuid, "") if p.case_uuid else ""

    def note(self, p: RecordPlan | str, template: str, **params: Any) -> None:
        self.notes.append(Note(p if isinstance(p, str) else self.label(p), template, params))

    def values(self, kind: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        out = dict(fields)
        for column, target in references(kind).items():
            if out[column] is not None:
                out[column] = self.ids.get(target, out[column])
        return with_name_key(kind, out)

    def file_bytes(self, sha: str) -> bytes:
        staged = self.plan.bundle.staged.get(sha)
        return staged.tmp.read_bytes() if staged is not None else self.blobs.read_bytes(sha)

    def run(self, choices: Mapping[str, Choice], progress: Callable[[int, int], bool] | None) -> None:
        by_kind: dict[str, list[RecordPlan]] = {}
        for p in self.plan.records:
            by_kind.setdefault(p.rec.kind, []).append(p)
        total, done = len(self.plan.records), 0
        report(progress, done, total)
        for row_type in RECORD_ROWS:
            kind = row_type.__tablename__
            plans = by_kind.get(kind, [])
            self.preload_taken(kind, plans)
            fresh: list[dict[str, Any]] = []
            for p in plans:
                if p.action is Action.NEW:
                    row = self.new_row(p)
                    if row is not None:
                        fresh.append(row)
                elif p.action is not Action.UNCHANGED:
                    self.update_row(p, choices)
                done += 1
                if done % 200 == 0:
                    report(progress, done, total)
            if fresh:
                self.s.execute(insert(row_type.__table__), fresh)
                self.ids.load(kind, [r["uuid"] for r in fresh])
        self.renumber_enclosures()
        self.log_versions()
        report(progress, total, total)  # the last chance to stop before the commit

    # -- new records -------------------------------------------------------------------------

    def new_row(self, p: RecordPlan) -> dict[str, Any] | None:
        rec = p.rec
        row = self.values(rec.kind, rec.fields)
        row.update(uuid=rec.uuid, vv=vvec.dumps(rec.vv), created_at=rec.created_at, updated_at=self.now,
                   revision=1, workstation_id=rec.workstation_id)
        if rec.kind in FILE_COLUMNS:
            data_col, sha_col = FILE_COLUMNS[rec.kind]
            row[data_col] = self.file_bytes(rec.fields[sha_col])
        if rec.kind == "evidence":
            row["integrity"] = "unchecked"
            self.new_evidence_cases.add(row["case_id"])
        if not self.settle_uniques(p, row):
            return None
        self.changes.append(Change(self.label(p), rec.kind, rec.uuid, Action.NEW))
        return row

    def preload_taken(self, kind: str, plans: list[RecordPlan]) -> None:
        """The numbers and codes of `kind` already used here, among those the new records bring:
        one query, so the common case (no clash) costs nothing per record."""
        key = UNIQUE_KEYS.get(kind)
        if key is None:
            return
        table, refs = ROW_OF_KIND[kind].__table__, references(kind)

        def key_of(p: RecordPlan) -> tuple[Any, ...]:
            values = [p.rec.fields[c] for c in key]
            return tuple(self.ids.get(refs[c], v) if c in refs and v is not None else v for c, v in zip(key, values, strict=True))
        wanted = {key_of(p) for p in plans if p.action is Action.NEW}
        found = rows_in(self.s, lambda batch: select(*(table.c[c] for c in key)).where(table.c[key[0]].in_(batch)),
                        sorted({w[0] for w in wanted}))
        self.taken[kind] = {tuple(r) for r in found} & wanted

    def settle_uniques(self, p: RecordPlan, row: dict[str, Any]) -> bool:
        """False when the record is not to be inserted (ours is kept; the user is told)."""
        kind = p.rec.kind
        key = UNIQUE_KEYS.get(kind)
        if key is None or tuple(row[c] for c in key) not in self.taken.get(kind, ()):
            return True  # nothing here holds that number or code
        if kind == "dispute_case":
            self.settle_case_number(p, row)
        elif kind == "letter_version":
            self.settle_letter_version(p, row)
        elif kind == "decision_notice":
            if self.s.scalar(select(NoticeRow.id).where(NoticeRow.case_id == row["case_id"])) is not None:
                self.note(p, NOTE_NOTICE_KEPT, text=(row["text"] or "")[:80])
                return False
        elif kind in ("evidence_type", "provision"):
            table = (EvidenceTypeRow if kind == "evidence_type" else ProvisionRow).__table__
            if self.s.scalar(select(table.c.id).where(table.c.code == row["code"])) is not None:
                self.note(p, NOTE_CODE_KEPT, code=row["code"])
                return False
        return True

    def settle_case_number(self, p: RecordPlan, row: dict[str, Any]) -> None:
        number = row["case_number"]
        other = self.s.execute(select(CaseRow.id, CaseRow.uuid, CaseRow.created_at).where(
            CaseRow.case_number == number)).first()
        if other is None:
            return
        if (other.created_at, other.uuid) <= (row["created_at"], row["uuid"]):
            row["case_number"] = alias = _alias(number, row["uuid"])
            self.plan.case_labels[row["uuid"]] = alias
            self.note(alias, NOTE_NUMBER_THEIRS, number=number, alias=alias)
        else:
            alias = _alias(number, other.uuid)
            self.local_edit(CaseRow, other.id, case_number=alias)
            self.plan.case_labels[other.uuid] = alias
            self.note(alias, NOTE_NUMBER_MINE, number=number, alias=alias)

    def settle_letter_version(self, p: RecordPlan, row: dict[str, Any]) -> None:
        t = LetterVersionRow
        other = self.s.execute(select(t.id, t.uuid, t.issued_at).where(
            t.case_id == row["case_id"], t.version == row["version"])).first()
        if other is None:
            return
        new = (self.s.scalar(select(func.max(t.version)).where(t.case_id == row["case_id"])) or 0) + 1
        if (other.issued_at, other.uuid) <= (row["issued_at"], row["uuid"]):
            self.note(p, NOTE_LETTER_VERSION, version=row["version"], new=new)
            row["version"] = new
        else:
            self.local_edit(LetterVersionRow, other.id, version=new)
            self.note(p, NOTE_LETTER_VERSION, version=row["version"], new=new)

    def local_edit(self, row_type: Any, row_id: int, **values: Any) -> None:
        """A change this workstation makes to settle a clash: counted in its version vector."""
        table = row_type.__table__
        cur = self.s.execute(select(table).where(table.c.id == row_id)).mappings().one()
        before = vvec.loads(cur["vv"], cur["workstation_id"], cur["revision"])
        conn = self.s.connection()
        wire = sync_versions.wire_of(conn, table.name, cur)
        sync_versions.log(conn, [(cur["uuid"], vvec.dumps(before), sync_versions.compared_json(table.name, wire))])
        vv = vvec.bumped(before, self.local_ws)
        self.s.execute(update(table).where(table.c.id == row_id).values(
            **values, vv=vvec.dumps(vv), revision=cur["revision"] + 1, updated_at=self.now, workstation_id=self.local_ws))

    def renumber_enclosures(self) -> None:
        clashing = {case_id for (case_id,) in rows_in(
            self.s, lambda batch: select(EvidenceRow.case_id).where(EvidenceRow.case_id.in_(batch))
            .group_by(EvidenceRow.case_id, EvidenceRow.enclosure_no).having(func.count() > 1),
            sorted(self.new_evidence_cases))}
        for case_id in sorted(clashing):
            rows = self.s.execute(select(EvidenceRow.id, EvidenceRow.enclosure_no, EvidenceRow.original_name)
                                  .where(EvidenceRow.case_id == case_id)
                                  .order_by(EvidenceRow.enclosure_no, EvidenceRow.created_at, EvidenceRow.uuid)).all()
            top, seen = max((r.enclosure_no for r in rows), default=0), set()
            label = self.s.scalar(select(CaseRow.case_number).where(CaseRow.id == case_id)) or ""
            for r in rows:
                if r.enclosure_no in seen:
                    top += 1
                    self.local_edit(EvidenceRow, r.id, enclosure_no=top)
                    self.note(label, NOTE_ENCLOSURE, number=r.enclosure_no, name=r.original_name, new=top)
                seen.add(r.enclosure_no)

    # -- changed records ---------------------------------------------------------------------

    def update_row(self, p: RecordPlan, choices: Mapping[str, Choice]) -> None:
        assert p.local is not None and p.mine is not None and p.mine_vv is not None
        kind = p.rec.kind
        final = _resolved(p, choices) if p.conflicts else p.result
        if p.action is Action.UPDATE:
            vv, ws = p.rec.vv, p.rec.workstation_id
        else:
            vv, ws = vvec.join(p.mine_vv, p.rec.vv), self.local_ws
            names = compared_columns(kind)
            same_as = lambda side: all(final[n] == side[n] for n in names)  # noqa: E731
            if not same_as(p.mine) and not same_as(p.rec.wire):
                vv = vvec.bumped(vv, self.local_ws)  # a value neither side had: a new change
        p.result = final
        values = self.values(kind, from_wire(kind, final))
        values.update(vv=vvec.dumps(vv), revision=p.local["revision"] + 1, updated_at=self.now, workstation_id=ws)
        table = ROW_OF_KIND[kind].__table__
        self.s.execute(update(table).where(table.c.id == p.local["id"]).values(**values))
        self.ids.known.setdefault(kind, {})[p.rec.uuid] = p.local["id"]
        changed = [FieldChange(n, p.mine[n], final[n], n in PROTECTED) for n in sorted(compared_columns(kind))
                   if p.mine[n] != final[n]]
        if changed or p.notes:
            self.changes.append(Change(self.label(p), kind, p.rec.uuid, p.action, changed))
        for template in p.notes:
            self.note(p, template)

    def log_versions(self) -> None:
        """Keep the versions a later merge may need as common ancestor.  Records now equal to
        the bundle's are logged by the flush hook when they are next edited; here only the
        versions that are not (or no longer) in any row: both sides of a merge, and the
        bundle's older copies of records we have moved past."""
        versions = []
        for p in self.plan.records:
            kind = p.rec.kind
            if p.action in (Action.MERGE, Action.CONFLICT) or (p.action is Action.UNCHANGED and p.mine_vv != p.rec.vv):
                versions.append((p.rec.uuid, vvec.dumps(p.rec.vv), sync_versions.compared_json(kind, p.rec.wire)))
            if p.action in (Action.MERGE, Action.CONFLICT) and p.mine is not None and p.mine_vv is not None:
                versions.append((p.rec.uuid, vvec.dumps(p.mine_vv), sync_versions.compared_json(kind, p.mine)))
        conn = self.s.connection()
        sync_versions.log(conn, versions)
        sync_versions.mark_synced(conn, self.now)
        source = self.plan.bundle.source_workstation
        if source == self.local_ws:
            return  # our own bundle coming back (a restore): no peer to remember
        sync_versions.note_peer(conn, source, self.plan.bundle.source_name, last_received_at=self.now)

    def report(self) -> ImportReport:
        return ImportReport(self.plan.bundle.name, self.plan.bundle.source_workstation, self.plan.counts(),
                            self.changes, self.notes)


def report(progress: Callable[[int, int], bool] | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise Cancelled()


def _alias(number: str, uuid: str) -> str:
    return f"{number}-{uuid[:4].upper()}"


