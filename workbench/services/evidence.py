"""Attaching, describing, ordering, removing and verifying the evidence of a case."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, load_only

from workbench.domain.evidence import (
    BUILTIN_EVIDENCE_TYPES, AttachReport, Citation, Evidence, EvidenceMeta, EvidenceSource, EvidenceType, Integrity,
    VerifyReport,
)
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import ValidationError
from workbench.services import evidence_view
from workbench.services.documents import detect_content_type, extract_text, pdf_looks_complete
from workbench.services.records import get_for_edit, get_or_fail
from workbench.services.progress import Progress, report
from workbench.services.store import Store
from workbench.storage import convert
from workbench.storage.base import utcnow
from workbench.storage.blobs import Ingested
from workbench.storage.rows import CaseRow, CitationRow, EvidenceRow, EvidenceTypeRow, SettingRow

MAX_BYTES_KEY = "evidence_max_bytes"
DEFAULT_MAX_BYTES = 2 * 1024**3
LIST_COLUMNS = [c for c in EvidenceRow.__table__.c.keys() if c != "text_content"]  # noqa: SIM118


@dataclass(slots=True)
class EvidenceFilter:
    evidence_type: str | None = None
    source: EvidenceSource | None = None
    words: str = ""
    tag: str = ""
    include_removed: bool = False


def max_file_bytes(store: Store) -> int:
    with store.unit_of_work() as s:
        row = s.get(SettingRow, MAX_BYTES_KEY)
        return int(row.value) if row else DEFAULT_MAX_BYTES


def set_max_file_bytes(store: Store, limit: int) -> None:
    if limit < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file size limit must be at least 1 byte."))
    with store.unit_of_work() as s:
        s.merge(SettingRow(key=MAX_BYTES_KEY, value=str(limit)))


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders walked (sorted, hidden entries skipped)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend(Path(root) / f for f in sorted(files) if not f.startswith("."))
        else:
            out.append(p)
    return out


@dataclass(slots=True)
class _Taken:
    name: str
    ingested: Ingested
    content_type: str
    evidence_type: str
    damaged: bool = False


def attach_files(store: Store, case_id: int, paths: Iterable[Path], meta: EvidenceMeta,
                 progress: Progress | None = None, types: Mapping[Path, str] | None = None) -> AttachReport:
    """Copy the files into the store (hashing as they go), then record them in one transaction.

    `types` gives a file (as listed, or found in a listed folder) its own evidence type
    instead of the batch's.  Cancelling, a bad file or a full disk leaves neither records
    nor newly stored files: the whole batch is attached or none of it.  Empty files are
    the exception: nothing in them can be lost, so they are skipped and reported, and the
    rest is attached (unless every file is empty).
    """
    files = expand_paths(paths)
    empty = [f for f in files if f.is_file() and _size_or_zero(f) == 0]
    if empty and len(empty) < len(files):
        files = [f for f in files if f not in empty]
    else:
        empty = []  # all of them empty: staging refuses the first one, saying why
    types = types or {}
    for code in {*types.values(), meta.evidence_type}:
        _check_type(store, code)
    limit = max_file_bytes(store)
    with store.unit_of_work() as s:
        get_or_fail(s, CaseRow, case_id)
    total = sum(_size_or_zero(f) for f in files)
    done = 0

    def on_bytes(n: int) -> bool:
        nonlocal done
        done += n
        return progress is None or progress(done, max(total, 1)) is not False

    staged = []
    try:
        for path in files:
            staged.append(store.blobs.stage_file(path, limit, on_bytes))
    except BaseException:
        store.blobs.discard(staged)
        raise
    taken = [_taken(store, st.name, ing, types.get(path, meta.evidence_type))
             for path, st, ing in zip(files, staged, store.blobs.publish(staged), strict=True)]
    try:
        return _record(store, case_id, taken, meta, tuple(f.name for f in empty))
    except BaseException:
        for t in taken:
            if t.ingested.created:
                _forget_unreferenced(store, t.ingested.sha256)
        raise


def attach_bytes(store: Store, case_id: int, name: str, data: bytes, meta: EvidenceMeta) -> AttachReport:
    """Attach bytes that never were a file (an image pasted from the clipboard)."""
    with store.unit_of_work() as s:
        get_or_fail(s, CaseRow, case_id)
    _check_type(store, meta.evidence_type)
    ingested = store.blobs.ingest_bytes(name, data, max_file_bytes(store))
    taken = [_taken(store, name, ingested, meta.evidence_type)]
    try:
        return _record(store, case_id, taken, meta)
    except BaseException:
        if ingested.created:
            _forget_unreferenced(store, ingested.sha256)
        raise


def _taken(store: Store, name: str, ingested: Ingested, evidence_type: str) -> _Taken:
    content_type = detect_content_type(ingested.head)
    damaged = content_type == "application/pdf" and not pdf_looks_complete(store.blobs.path_of(ingested.sha256))
    return _Taken(name, ingested, content_type, evidence_type, damaged)


def _size_or_zero(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _record(store: Store, case_id: int, taken: list[_Taken], meta: EvidenceMeta,
            empty: tuple[str, ...] = ()) -> AttachReport:
    ws = store.workstation_id
    added: list[Evidence] = []
    duplicates: list[tuple[str, int]] = []
    with store.unit_of_work() as s:
        get_or_fail(s, CaseRow, case_id)
        existing = {r.sha256: r.enclosure_no for r in s.scalars(
            select(EvidenceRow).options(load_only(EvidenceRow.sha256, EvidenceRow.enclosure_no))
            .where(EvidenceRow.case_id == case_id, EvidenceRow.removed_at.is_(None), EvidenceRow.purged_at.is_(None)))}
        next_no = _next_enclosure_no(s, case_id)
        rows: list[EvidenceRow] = []
        for t in taken:
            if t.ingested.sha256 in existing:
                duplicates.append((t.name, existing[t.ingested.sha256]))
                continue
            row = EvidenceRow(
                case_id=case_id, enclosure_no=next_no, sha256=t.ingested.sha256, original_name=t.name,
                size=t.ingested.size, content_type=t.content_type, page_count=None, added_by=store.actor,
                damaged=t.damaged, evidence_type=t.evidence_type, source=meta.source.value, doc_date=meta.doc_date,
                description=meta.description.strip(), tags=_tags_text(meta.tags), text_content="",
                integrity=Integrity.OK.value, verified_at=utcnow(), removed_by="", purged_by="", purge_reason="",
                workstation_id=ws,
            )
            s.add(row)
            rows.append(row)
            existing[t.ingested.sha256] = next_no
            next_no += 1
        s.flush()
        added = [convert.evidence(r) for r in rows]
    return AttachReport(tuple(added), tuple(duplicates), empty)


def _next_enclosure_no(s: Session, case_id: int) -> int:
    return (s.scalar(select(func.max(EvidenceRow.enclosure_no)).where(EvidenceRow.case_id == case_id)) or 0) + 1


def _tags_text(tags: Iterable[str]) -> str:
    seen: list[str] = []
    for t in tags:
        t = t.strip()
        if t and t not in seen:
            seen.append(t)
    return "\n".join(seen)


def _forget_unreferenced(store: Store, sha256: str) -> None:
    with store.unit_of_work() as s:
        used = s.scalar(select(func.count()).select_from(EvidenceRow).where(EvidenceRow.sha256 == sha256))
    if not used:
        store.blobs.delete(sha256)


def index_text(store: Store, evidence_ids: Iterable[int] | None = None, progress: Progress | None = None) -> int:
    """Read the text layer and page count of attached items not yet read.

    Runs after attaching (so attaching goes at copy speed) and may be cancelled at
    any point: each item is committed on its own and the rest waits for next time.
    """
    q = select(EvidenceRow.id).where(EvidenceRow.indexed_at.is_(None), EvidenceRow.purged_at.is_(None))
    if evidence_ids is not None:
        q = q.where(EvidenceRow.id.in_(list(evidence_ids)))
    with store.unit_of_work() as s:
        pending = list(s.scalars(q.order_by(EvidenceRow.id)))
    for n, ev_id in enumerate(pending, start=1):
        with store.unit_of_work() as s:
            _index_row(store, s.get(EvidenceRow, ev_id))
        report(progress, n, len(pending))
    return len(pending)


def _index_row(store: Store, row: EvidenceRow | None) -> None:
    if row is None or row.indexed_at is not None:
        return
    text, pages = "", None
    path = store.blobs.path_of(row.sha256)
    if path.exists():
        text, pages = extract_text(path, row.content_type)
        if row.content_type == "application/pdf":
            row.damaged = pages is None  # the full read settles what the look at the file's end suggested
    row.text_content, row.page_count, row.indexed_at = text, pages, utcnow()


def list_evidence(store: Store, case_id: int, flt: EvidenceFilter | None = None) -> list[Evidence]:
    """The case's evidence in enclosure order (without the extracted text, which can be large)."""
    flt = flt or EvidenceFilter()
    q = (select(EvidenceRow).options(load_only(*[getattr(EvidenceRow, c) for c in LIST_COLUMNS]))
         .where(EvidenceRow.case_id == case_id, EvidenceRow.deleted_at.is_(None)))
    if not flt.include_removed:
        q = q.where(EvidenceRow.removed_at.is_(None), EvidenceRow.purged_at.is_(None))
    if flt.evidence_type:
        q = q.where(EvidenceRow.evidence_type == flt.evidence_type)
    if flt.source is not None:
        q = q.where(EvidenceRow.source == flt.source.value)
    for word in flt.words.split():
        q = q.where(EvidenceRow.text_content.contains(word, autoescape=True)
                    | EvidenceRow.original_name.contains(word, autoescape=True)
                    | EvidenceRow.description.contains(word, autoescape=True)
                    | EvidenceRow.tags.contains(word, autoescape=True))
    if flt.tag.strip():
        q = q.where(EvidenceRow.tags.contains(flt.tag.strip(), autoescape=True))
    with store.unit_of_work() as s:
        view = evidence_view.view_for(store, s, case_id)
        if view is not None and (flt.words.split() or flt.tag.strip()):
            # A search among what the reader is not shown would answer "is 甲状腺 in this case?".
            return []
        return [evidence_view.shown_evidence(view, convert.evidence(r))
                for r in s.scalars(q.order_by(EvidenceRow.enclosure_no))]


def may_search(store: Store, case_id: int) -> bool:
    """Whether the signed-in person may search this case's documents (they read them in full)."""
    with store.unit_of_work() as s:
        return evidence_view.view_for(store, s, case_id) is None


def get_evidence(store: Store, evidence_id: int) -> Evidence:
    with store.unit_of_work() as s:
        row = get_or_fail(s, EvidenceRow, evidence_id)
        return evidence_view.shown_evidence(evidence_view.view_for(store, s, row.case_id), convert.evidence(row))


def _readable(store: Store, evidence_id: int) -> Evidence:
    """The record as stored (the file's hash and name), for code that opens the file itself;
    refused to a reader who may not read this case's documents."""
    with store.unit_of_work() as s:
        row = get_or_fail(s, EvidenceRow, evidence_id)
        evidence_view.may_read_contents(store, s, row.case_id)
        return convert.evidence(row)


def evidence_text(store: Store, evidence_id: int) -> str:
    with store.unit_of_work() as s:
        row = get_or_fail(s, EvidenceRow, evidence_id)
        evidence_view.may_read_contents(store, s, row.case_id)
        return row.text_content


def update_evidence(store: Store, evidence_id: int, meta: EvidenceMeta, expected_revision: int) -> Evidence:
    _check_type(store, meta.evidence_type)
    with store.unit_of_work() as s:
        row = get_for_edit(s, EvidenceRow, evidence_id, expected_revision, QT_TRANSLATE_NOOP(
            "Errors", "Enclosure {no} was changed elsewhere since you opened it. Reload it and try again."),
            no=lambda r: r.enclosure_no)
        row.evidence_type, row.source, row.doc_date = meta.evidence_type, meta.source.value, meta.doc_date
        row.description, row.tags = meta.description.strip(), _tags_text(meta.tags)
        row.touch(store.workstation_id)
        s.flush()
        return convert.evidence(row)


def remove_evidence(store: Store, evidence_id: int) -> Evidence:
    """Take an item out of the case; reversible, the file stays in the store."""
    with store.unit_of_work() as s:
        row = get_or_fail(s, EvidenceRow, evidence_id)
        row.removed_at, row.removed_by = utcnow(), store.actor
        row.touch(store.workstation_id)
        s.flush()
        return convert.evidence(row)


def restore_evidence(store: Store, evidence_id: int) -> Evidence:
    with store.unit_of_work() as s:
        row = get_or_fail(s, EvidenceRow, evidence_id)
        if row.purged_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Enclosure {no} was purged: its file is gone and it cannot be restored."), no=row.enclosure_no)
        row.removed_at, row.removed_by = None, ""
        row.touch(store.workstation_id)
        s.flush()
        return convert.evidence(row)


def purge_evidence(store: Store, evidence_id: int, reason: str, confirmed: bool) -> Evidence:
    """Delete a removed item's file for good (if no other item holds the same bytes).

    Only a removed item can be purged, only with `confirmed=True` and a reason;
    the record stays, saying who purged it, when and why.
    """
    if not confirmed:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Purging a file needs an explicit confirmation."))
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the file is purged."), field="reason")
    with store.unit_of_work() as s:
        row = get_or_fail(s, EvidenceRow, evidence_id)
        if row.removed_at is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Remove enclosure {no} from the case before purging its file."), no=row.enclosure_no)
        row.purged_at, row.purged_by, row.purge_reason = utcnow(), store.actor, reason.strip()
        row.text_content = ""
        row.touch(store.workstation_id)
        sha = row.sha256
        s.flush()
        others = s.scalar(select(func.count()).select_from(EvidenceRow).where(
            EvidenceRow.sha256 == sha, EvidenceRow.id != row.id, EvidenceRow.purged_at.is_(None)))
        result = convert.evidence(row)
    if not others:
        store.blobs.delete(sha)
    return result


def move_enclosure(store: Store, evidence_id: int, delta: int) -> list[Evidence]:
    """Move an item up (delta < 0) or down in the enclosure order; returns the new order."""
    with store.unit_of_work() as s:
        row = get_or_fail(s, EvidenceRow, evidence_id)
        live = list(s.scalars(select(EvidenceRow).where(
            EvidenceRow.case_id == row.case_id, EvidenceRow.removed_at.is_(None), EvidenceRow.purged_at.is_(None))
            .order_by(EvidenceRow.enclosure_no)))
        i = next(k for k, r in enumerate(live) if r.id == row.id)
        j = max(0, min(len(live) - 1, i + delta))
        if i != j:
            numbers = [r.enclosure_no for r in live]
            live.insert(j, live.pop(i))
            for r, no in zip(live, numbers, strict=True):
                if r.enclosure_no != no:
                    r.enclosure_no = no
                    r.touch(store.workstation_id)
        case_id = row.case_id
    return list_evidence(store, case_id)


def _check_type(store: Store, code: str) -> None:
    if code in BUILTIN_EVIDENCE_TYPES:
        return
    with store.unit_of_work() as s:
        if s.scalar(select(EvidenceTypeRow.id).where(EvidenceTypeRow.code == code)) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{code}” is not a known evidence type."), code=code)


def evidence_types(store: Store) -> list[EvidenceType]:
    out = [EvidenceType(code, label, True) for code, label in BUILTIN_EVIDENCE_TYPES.items()]
    with store.unit_of_work() as s:
        out += [EvidenceType(r.code, r.label, False) for r in s.scalars(
            select(EvidenceTypeRow).where(EvidenceTypeRow.deleted_at.is_(None)).order_by(EvidenceTypeRow.label))]
    return out


def add_evidence_type(store: Store, label: str) -> EvidenceType:
    """A team's own type (e.g. 司法鉴定意见书); its code is made from the label."""
    label = label.strip()
    if not label:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This field is required."), field="label")
    with store.unit_of_work() as s:
        taken = {r.label for r in s.scalars(select(EvidenceTypeRow))}
        if label in taken or label in BUILTIN_EVIDENCE_TYPES.values():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is already an evidence type “{label}”."),
                                  label=label)
        row = EvidenceTypeRow(code=f"user_{uuid.uuid4().hex[:12]}", label=label,
                              workstation_id=store.workstation_id)
        s.add(row)
        s.flush()
        return EvidenceType(row.code, row.label, False)


def add_citation(store: Store, evidence_id: int, page: int, note: str = "",
                 region: tuple[float, float, float, float] | None = None) -> Citation:
    with store.unit_of_work() as s:
        ev = get_or_fail(s, EvidenceRow, evidence_id)
        _index_row(store, ev)  # page count known even if the background reading has not got here yet
        if ev.damaged:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Enclosure {no} cannot be read as a PDF (it is kept as it was received), so none of "
                          "its pages can be cited. Attach a good copy and cite that."), field="page", no=ev.enclosure_no)
        pages = ev.page_count or 1
        if not 1 <= page <= pages:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Enclosure {no} has {pages} page(s); there is no page {page}."),
                field="page", no=ev.enclosure_no, pages=pages, page=page)
        if region is not None and not all(0.0 <= v <= 1.0 for v in region):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A highlighted region must lie on the page."))
        row = CitationRow(case_id=ev.case_id, evidence_id=ev.id, page=page,
                          region=",".join(f"{v:.4f}" for v in region) if region else "", note=note.strip(),
                          workstation_id=store.workstation_id)
        s.add(row)
        s.flush()
        return convert.citation(row, ev.enclosure_no)


def list_citations(store: Store, case_id: int) -> list[Citation]:
    with store.unit_of_work() as s:
        rows = s.execute(select(CitationRow, EvidenceRow.enclosure_no).join(EvidenceRow)
                         .where(CitationRow.case_id == case_id, CitationRow.deleted_at.is_(None))
                         .order_by(EvidenceRow.enclosure_no, CitationRow.page, CitationRow.id))
        view = evidence_view.view_for(store, s, case_id)
        return [evidence_view.shown_citation(view, convert.citation(c, no)) for c, no in rows]


def delete_citation(store: Store, citation_id: int) -> None:
    with store.unit_of_work() as s:
        row = get_or_fail(s, CitationRow, citation_id)
        row.deleted_at = utcnow()
        row.touch(store.workstation_id)


def verify_store(store: Store, progress: Progress | None = None) -> VerifyReport:
    """Re-hash every stored file that a live record points to; record and report what is wrong."""
    with store.unit_of_work() as s:
        items = list(s.execute(select(EvidenceRow.id, EvidenceRow.sha256, EvidenceRow.enclosure_no,
                                      EvidenceRow.original_name, CaseRow.case_number)
                               .join(CaseRow, CaseRow.id == EvidenceRow.case_id)
                               .where(EvidenceRow.purged_at.is_(None), EvidenceRow.deleted_at.is_(None))))
    results: dict[str, Integrity] = {}
    status: dict[int, Integrity] = {}
    for n, (ev_id, sha, _no, _name, _number) in enumerate(items, start=1):
        if sha not in results:
            found = store.blobs.rehash(sha)
            results[sha] = Integrity.OK if found == sha else (Integrity.MISSING if found is None else Integrity.ALTERED)
        status[ev_id] = results[sha]
        report(progress, n, len(items))
    now = utcnow()
    with store.unit_of_work() as s:
        for ev_id, integrity in status.items():
            row = s.get(EvidenceRow, ev_id)
            if row is not None:
                row.integrity, row.verified_at = integrity.value, now
    missing = tuple((num, no, name) for ev_id, _sha, no, name, num in items if status[ev_id] is Integrity.MISSING)
    altered = tuple((num, no, name) for ev_id, _sha, no, name, num in items if status[ev_id] is Integrity.ALTERED)
    return VerifyReport(len(items), missing, altered)


def quick_integrity(store: Store, items: Iterable[Evidence]) -> dict[int, Integrity]:
    """Cheap check for the case view: is each file there with its recorded size?"""
    out: dict[int, Integrity] = {}
    for ev in items:
        if ev.purged_at is not None:
            continue
        path = store.blobs.path_of(ev.sha256)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            out[ev.id] = Integrity.MISSING
            continue
        out[ev.id] = Integrity.ALTERED if size != ev.size or ev.integrity is Integrity.ALTERED else ev.integrity
    return out


def file_for_viewing(store: Store, evidence_id: int) -> Path:
    """The stored file, for the built-in viewer (read-only).  Auditors see no documents'
    contents, nor anyone the documents of a case whose people are masked to them."""
    return store.blobs.path_of(_readable(store, evidence_id).sha256)


def copy_for_viewing(store: Store, evidence_id: int, folder: Path) -> Path:
    """A temporary copy for the system viewer; the stored file is never opened by other programs."""
    ev = _readable(store, evidence_id)
    folder.mkdir(parents=True, exist_ok=True)
    return store.blobs.copy_out(ev.sha256, folder / f"附件{ev.enclosure_no}_{ev.original_name}")
