"""Moving cases between workstations in bundle files: the API the window and the
command line share.  See docs/bundle-format.md for the file and the merge rules."""

from __future__ import annotations

import errno
import socket
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from workbench.bundle.apply import Applier, ImportReport, check_choices
from workbench.bundle.collect import Scope, collect
from workbench.bundle.format import BundleError, Limits
from workbench.bundle.plan import Action, Choice, ImportPlan, plan_import
from workbench.bundle.reader import DISK_FULL_READING, read_bundle
from workbench.bundle.writer import bundle_records, write_bundle
from workbench.domain.access import PERSON_MASKS, Role
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.workstation import clean_workstation_name, workstation_label
from workbench.errors import ConflictError, PermissionDenied
from workbench.services import audit
from workbench.services.progress import Progress
from workbench.services.store import Store
from workbench.services.visibility import own_people
from workbench.storage import audit_chain, sync_versions
from workbench.storage.base import utcnow
from workbench.storage.rows import CaseRow, PersonRow, SettingRow, SyncPeerRow
from workbench.storage.sync_hook import SYNC_APPLYING

__all__ = ["Action", "Choice", "ExportResult", "ImportPlan", "ImportReport", "Peer", "Prepared", "Scope",
           "apply_import", "discard_import", "export_bundle", "peers", "prepare_import"]

EVERYTHING = Scope()
DEFAULT_LIMITS = Limits()
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Errors", "Cases changed on this workstation while the import was being reviewed, and the conflicts are now different. Nothing was imported; start the import again to review them.")


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    cases: int
    records: int
    files: int
    bytes: int


@dataclass(frozen=True, slots=True)
class Peer:
    workstation_id: str
    name: str
    last_sent_at: datetime | None
    last_received_at: datetime | None

    @property
    def label(self) -> str:
        return workstation_label(self.name, self.workstation_id)


WORKSTATION_NAME_KEY = "workstation.name"


def workstation_name(store: Store) -> str:
    """What this workstation calls itself in the bundles it writes: a name given in the
    settings, else the computer's network name."""
    with store.unit_of_work() as s:
        row = s.get(SettingRow, WORKSTATION_NAME_KEY)
        given = row.value if row is not None else ""
    return given or clean_workstation_name(socket.gethostname())


def set_workstation_name(store: Store, name: str) -> str:
    """Keep `name` (cleaned to one short printable line; "" returns to the computer's name)."""
    cleaned = clean_workstation_name(name)
    with store.unit_of_work() as s:
        row = s.get(SettingRow, WORKSTATION_NAME_KEY)
        if row is None:
            s.add(SettingRow(key=WORKSTATION_NAME_KEY, value=cleaned))
        else:
            row.value = cleaned
    return workstation_name(store)


@dataclass(slots=True)
class Prepared:
    """A verified bundle and what importing it would do; its files wait in the store's tmp/."""

    plan: ImportPlan

    @property
    def conflicts(self):  # type: ignore[no-untyped-def]
        return self.plan.conflicts


def peers(store: Store) -> list[Peer]:
    with store.unit_of_work() as s:
        rows = s.scalars(select(SyncPeerRow).order_by(SyncPeerRow.label == "", SyncPeerRow.label,
                                                      SyncPeerRow.workstation_id)).all()
        return [Peer(r.workstation_id, r.label, r.last_sent_at, r.last_received_at) for r in rows]


def case_uuids(store: Store, case_ids: list[int]) -> tuple[str, ...]:
    with store.unit_of_work() as s:
        return tuple(s.scalars(select(CaseRow.uuid).where(CaseRow.id.in_(case_ids))))


def export_bundle(store: Store, out: Path, scope: Scope = EVERYTHING, passphrase: str | None = None,
                  progress: Progress | None = None, deidentified: bool = False) -> ExportResult:
    """Write a bundle of `scope` to `out`.  For a peer without `since`, everything not yet
    sent to it (by the last export made for it) is included.  `deidentified`: for sharing
    outside the team, with no personal or health data in any member (bundle/deidentify.py)."""
    started = utcnow()
    ws = store.workstation_id
    with store.unit_of_work() as s:
        if scope.peer and scope.since is None and not scope.case_uuids:
            last = s.scalar(select(SyncPeerRow.last_sent_at).where(SyncPeerRow.workstation_id == scope.peer))
            scope = Scope(since=last, peer=scope.peer)
        collected = collect(s, scope)
        head = audit_chain.head(s.connection())
    if not deidentified:
        _may_export_in_full(store, collected.rows.get("dispute_case", []))
    records, files = bundle_records(collected)
    if deidentified:
        from workbench.bundle.deidentify import deidentify

        records, files = deidentify(records, files)
    written = write_bundle(out, store.blobs, records, files, ws, scope, progress, passphrase,
                           {"deidentified": deidentified, "audit_head": {"seq": head[0], "hash": head[1]},
                            # A name may be a colleague's ("陈静的笔记本"): not for outside the team.
                            "workstation_name": "" if deidentified else workstation_name(store)})
    audit.record(store, "export", out.name, {"scope": scope.kind, "cases": len(collected.rows.get("dispute_case", [])),
                                             "records": written.records, "files": written.files,
                                             "deidentified": deidentified, "protected": bool(passphrase)})
    if not deidentified:  # a de-identified bundle is never imported: nothing is shared by it
        with store.unit_of_work() as s:
            # What the bundle holds may now be on another workstation: versions written until
            # now are kept in the versions log when they are next replaced.
            sync_versions.mark_synced(s.connection(), started)
            if scope.peer:
                sync_versions.note_peer(s.connection(), scope.peer, last_sent_at=started)
    return ExportResult(out, len(collected.rows.get("dispute_case", [])), written.records, written.files, written.bytes)


FULL_EXPORT_ROLES = QT_TRANSLATE_NOOP(
    "Errors", "Your role may only make de-identified exports (people masked, no health information).")
NOT_YOUR_CASES = QT_TRANSLATE_NOOP(
    "Errors", "The bundle would carry the personal data of {n} cases not assigned to you. Export your own cases, "
              "ask a team lead, or make a de-identified export.")
IMPORT_ROLES = QT_TRANSLATE_NOOP("Errors", "Your role may not import bundles: importing changes cases.")


def _may_export_in_full(store: Store, case_rows: list[Any]) -> None:
    who = store.principal
    if who is None or who.sees_everyone_in_full:
        return
    if who.role is not Role.SPECIALIST:
        raise PermissionDenied(FULL_EXPORT_ROLES)
    others = [r for r in case_rows if not who.sees_in_full(r["assignee_id"])]
    if others:
        raise PermissionDenied(NOT_YOUR_CASES, n=len(others))


BACKUPS_KEPT = 5


def _backup(path: Path) -> Path:
    """A copy of the database before an import; the newest few are kept."""
    from workbench.storage.database import backup_database

    made = backup_database(path, "before-import")
    older = sorted(path.parent.glob(f"{path.stem}.before-import.*.bak{path.suffix}"))
    for old in older[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return made


def prepare_import(store: Store, path: Path, passphrase: str | None = None, progress: Progress | None = None,
                   limits: Limits = DEFAULT_LIMITS) -> Prepared:
    """Verify the whole bundle, then plan the import.  Raises BundleError (nothing kept)."""
    bundle = read_bundle(path, store.blobs, passphrase, limits, progress)
    try:
        ws = store.workstation_id  # read (and on a new database made) before the transaction starts
        with store.unit_of_work() as s:
            plan = plan_import(s, bundle, ws)
            hidden = _people_masked_to_reader(store, s, [p.rec.uuid for p in plan.records if p.rec.kind == "person"])
        for p in plan.records:
            if p.rec.uuid in hidden:
                p.conflicts = [replace(c, mine=_mask(c.field, c.mine), theirs=_mask(c.field, c.theirs),
                                       base=_mask(c.field, c.base)) for c in p.conflicts]
        return Prepared(plan)
    except BaseException:
        store.blobs.discard(list(bundle.staged.values()))
        raise


def _people_masked_to_reader(store: Store, s: Any, uuids: list[str]) -> set[str]:
    """Of these people, those the signed-in person sees masked (on no case of their own): the
    preview and the report show their details as the case view would, ours and the bundle's."""
    who = store.principal
    if who is None or who.sees_everyone_in_full or not uuids:
        return set()
    own: set[str] = set()
    if who.role is Role.SPECIALIST and who.staff_id is not None:
        own = set(s.scalars(select(PersonRow.uuid).where(PersonRow.id.in_(own_people(who)))))
    return set(uuids) - own


def _mask(field: str, value: Any) -> Any:
    mask = PERSON_MASKS.get(field)
    return mask(value) if mask and isinstance(value, str) else value


def discard_import(store: Store, prepared: Prepared) -> None:
    store.blobs.discard(list(prepared.plan.bundle.staged.values()))


def apply_import(store: Store, prepared: Prepared, choices: Mapping[str, Choice] | None = None,
                 progress: Progress | None = None, backup: bool = True) -> ImportReport:
    """Apply in one transaction after a backup.  Every conflict needs a choice in `choices`
    (key: FieldConflict.key).  On any error the database is as it was."""
    if store.principal is not None and not store.principal.can_edit_cases:
        raise PermissionDenied(IMPORT_ROLES)
    choices = dict(choices or {})
    check_choices(prepared.conflicts, choices)
    backup_path = ""
    if backup and any(p.action is not Action.UNCHANGED for p in prepared.plan.records):
        backup_path = str(_backup(store.path))
    bundle = prepared.plan.bundle
    ws = store.workstation_id  # read (and on a new database made) before the transaction starts
    try:
        with store.unit_of_work() as s:
            s.info[SYNC_APPLYING] = True
            plan = plan_import(s, bundle, ws)  # again, inside the transaction: the database may have moved on
            if {c.key for c in plan.conflicts} != {c.key for c in prepared.conflicts}:
                raise ConflictError(CHANGED_MEANWHILE)
            applier = Applier(s, plan, store.blobs, ws, utcnow())
            applier.run(choices, progress)
            evidence_files = {p.rec.fields["sha256"] for p in plan.records if p.rec.kind == "evidence"}
            store.blobs.publish([st for sha, st in bundle.staged.items() if sha in evidence_files])
            report = applier.report()
            hidden = _people_masked_to_reader(store, s, [c.uuid for c in report.changes if c.kind == "person"])
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise BundleError(DISK_FULL_READING, name=bundle.name) from exc
        raise
    finally:
        store.blobs.discard(list(bundle.staged.values()))
    for change in report.changes:
        if change.uuid in hidden:
            change.fields = [replace(f, before=_mask(f.field, f.before), after=_mask(f.field, f.after))
                             for f in change.fields]
    report.files_added = sum(1 for sha in bundle.staged if store.blobs.exists(sha))
    report.backup = backup_path
    audit.record(store, "import", bundle.name, {
        "from": bundle.source_workstation, "source_audit_head": bundle.manifest.get("audit_head"),
        "counts": {a.value: n for a, n in report.counts.items()}, "files_added": report.files_added,
        "changed": [{"case": c.case, "record": f"{c.kind} {c.uuid}", "fields": [f.field for f in c.fields]}
                    for c in report.changes if c.action is not Action.NEW][:500]})
    return report
