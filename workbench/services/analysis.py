"""The insurer's notice and the reasoning points taken from it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.domain.access import HIDDEN_HEALTH
from workbench.domain.analysis import POINT_FIELDS, Assessment, Category, Notice, Point, PointStatus, Provision
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import NotFoundError, ValidationError
from workbench.paths import RESOURCES_DIR
from workbench.services.records import check_editable, get_for_edit, get_or_fail
from workbench.services.store import Store
from workbench.storage.base import utcnow
from workbench.storage.convert import meta_of
from workbench.storage.rows import CaseRow, CitationRow, EvidenceRow, NoticeRow, PointRow, ProvisionRow

PROVISIONS_FILE = RESOURCES_DIR / "reference" / "provisions.json"


# --- the notice --------------------------------------------------------------
def get_notice(store: Store, case_id: int) -> Notice:
    with store.unit_of_work() as s:
        get_or_fail(s, CaseRow, case_id)
        row = s.scalar(select(NoticeRow).where(NoticeRow.case_id == case_id))
        if row is None:
            return Notice(case_id, "", None, None)
        return Notice(case_id, row.text if _sees_health(store) else HIDDEN_HEALTH, row.evidence_id, row.issued_on)


def _sees_health(store: Store) -> bool:
    """The insurer's notice and the points quote diagnoses: not for auditors (domain/access.py)."""
    return store.principal is None or store.principal.sees_health


def _as_seen(store: Store, point: Point) -> Point:
    if _sees_health(store):
        return point
    return replace(point, quote=HIDDEN_HEALTH, rebuttal_html=HIDDEN_HEALTH, explain_to_client=HIDDEN_HEALTH)


def set_notice(store: Store, case_id: int, text: str, issued_on: date | None = None,
               evidence_id: int | None = None) -> Notice:
    """Keep the notice text.  Points anchored in it keep their quotes; an anchor whose
    passage is no longer found at its place is moved to where the quote now is, or dropped."""
    with store.unit_of_work() as s:
        get_or_fail(s, CaseRow, case_id)
        if evidence_id is not None:
            get_or_fail(s, EvidenceRow, evidence_id)
        row = s.scalar(select(NoticeRow).where(NoticeRow.case_id == case_id))
        if row is None:
            row = NoticeRow(case_id=case_id, workstation_id=store.workstation_id)
            s.add(row)
        else:
            row.touch(store.workstation_id)
        row.text, row.issued_on, row.evidence_id = text, issued_on, evidence_id
        for p in _live_points(s, case_id):
            _reanchor(p, text)
        s.flush()
        return Notice(case_id, row.text, row.evidence_id, row.issued_on)


def notice_from_evidence(store: Store, case_id: int, evidence_id: int, issued_on: date | None = None) -> Notice:
    """Take the notice from the text layer of an attached document (the link is kept)."""
    from workbench.services.evidence import evidence_text, index_text

    index_text(store, [evidence_id])
    text = evidence_text(store, evidence_id).replace("\f", "\n")
    if not text.strip():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "This document has no text layer (a scan?). Type or paste the notice instead."))
    return set_notice(store, case_id, text, issued_on, evidence_id)


def _reanchor(p: PointRow, text: str) -> None:
    if p.anchor_start is None or p.anchor_end is None:
        return
    if text[p.anchor_start:p.anchor_end] == p.quote:
        return
    at = text.find(p.quote) if p.quote else -1
    p.anchor_start, p.anchor_end = (at, at + len(p.quote)) if at >= 0 else (None, None)


# --- points ------------------------------------------------------------------
def _live_points(s: Session, case_id: int) -> list[PointRow]:
    return list(s.scalars(select(PointRow).where(PointRow.case_id == case_id, PointRow.deleted_at.is_(None))
                          .order_by(PointRow.position, PointRow.id)))


def _lines(text: str) -> tuple[str, ...]:
    return tuple(x for x in text.split("\n") if x)


def _to_point(s: Session, row: PointRow) -> Point:
    uuids = _lines(row.citation_uuids)
    ids: dict[str, int] = {}
    if uuids:
        ids = {u: i for u, i in s.execute(select(CitationRow.uuid, CitationRow.id).where(
            CitationRow.uuid.in_(uuids), CitationRow.deleted_at.is_(None))).all()}
    anchor = (row.anchor_start, row.anchor_end) if row.anchor_start is not None and row.anchor_end is not None else None
    return Point(row.id, row.case_id, row.position, row.quote, anchor, Category(row.category), row.clause_number,
                 row.clause_text, row.rebuttal_html, _lines(row.provisions),
                 tuple(ids[u] for u in uuids if u in ids), Assessment(row.assessment), PointStatus(row.status),
                 row.client_says_unexplained, row.clause_ambiguous, row.explain_to_client, meta_of(row))


def list_points(store: Store, case_id: int) -> list[Point]:
    with store.unit_of_work() as s:
        found = [_to_point(s, r) for r in _live_points(s, case_id)]
    return [_as_seen(store, p) for p in found]


def get_point(store: Store, point_id: int) -> Point:
    with store.unit_of_work() as s:
        return _to_point(s, get_or_fail(s, PointRow, point_id))


def add_point(store: Store, case_id: int, quote: str, anchor: tuple[int, int] | None = None,
              category: Category = Category.OTHER) -> Point:
    """A point from a passage of the notice (anchor = its character range) or typed by hand."""
    quote = quote.strip()
    if not quote:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A point needs the insurer's argument (the quote)."),
                              field="quote")
    with store.unit_of_work() as s:
        get_or_fail(s, CaseRow, case_id)
        if anchor is not None:
            notice = s.scalar(select(NoticeRow).where(NoticeRow.case_id == case_id))
            start, end = anchor
            if notice is None or not 0 <= start < end <= len(notice.text):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The selected passage is not in the notice."))
        position = (s.scalar(select(func.max(PointRow.position)).where(
            PointRow.case_id == case_id, PointRow.deleted_at.is_(None))) or 0) + 1
        row = PointRow(case_id=case_id, position=position, quote=quote,
                       anchor_start=anchor[0] if anchor else None, anchor_end=anchor[1] if anchor else None,
                       category=category.value, workstation_id=store.workstation_id)
        s.add(row)
        s.flush()
        return _to_point(s, row)


def update_point(store: Store, point_id: int, changes: dict[str, Any], expected_revision: int) -> Point:
    check_editable(changes, POINT_FIELDS)
    with store.unit_of_work() as s:
        row = get_for_edit(s, PointRow, point_id, expected_revision, QT_TRANSLATE_NOOP(
            "Errors", "Point {n} was changed elsewhere since you opened it. Reload it and try again."),
            n=lambda r: r.position)
        for field_name, value in changes.items():
            if field_name == "category":
                row.category = Category(value).value
            elif field_name == "assessment":
                row.assessment = Assessment(value).value
            elif field_name == "status":
                row.status = PointStatus(value).value
            elif field_name == "provisions":
                known = {p.code for p in provisions(store, s)}
                bad = [c for c in value if c not in known]
                if bad:
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown legal basis: {codes}."),
                                          codes=", ".join(bad))
                row.provisions = "\n".join(dict.fromkeys(value))
            elif field_name == "citation_ids":
                cites = {c.id: c.uuid for c in s.scalars(select(CitationRow).where(
                    CitationRow.id.in_(list(value)), CitationRow.case_id == row.case_id,
                    CitationRow.deleted_at.is_(None)))}
                if set(value) - set(cites):
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A cited page does not belong to this case."))
                row.citation_uuids = "\n".join(cites[i] for i in dict.fromkeys(value))
            elif field_name == "quote":
                row.quote = str(value).strip()
                if row.anchor_start is not None:
                    notice = s.scalar(select(NoticeRow).where(NoticeRow.case_id == row.case_id))
                    _reanchor(row, notice.text if notice else "")
            else:
                setattr(row, field_name, value)
        row.touch(store.workstation_id)
        s.flush()
        return _to_point(s, row)


def delete_point(store: Store, point_id: int) -> None:
    with store.unit_of_work() as s:
        row = get_or_fail(s, PointRow, point_id)
        row.deleted_at = utcnow()
        row.touch(store.workstation_id)
        _renumber(s, row.case_id, store.workstation_id)


def restore_point(store: Store, point_id: int) -> Point:
    """Undo of a delete: the tombstone is lifted, the point goes back to the end."""
    with store.unit_of_work() as s:
        row = s.get(PointRow, point_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no such point."))
        row.deleted_at = None
        row.position = len(_live_points(s, row.case_id)) + 1
        row.touch(store.workstation_id)
        s.flush()
        return _to_point(s, row)


def _renumber(s: Session, case_id: int, ws: str) -> None:
    for n, p in enumerate(_live_points(s, case_id), start=1):
        if p.position != n:
            p.position = n
            p.touch(ws)


def move_point(store: Store, point_id: int, delta: int) -> list[Point]:
    with store.unit_of_work() as s:
        row = get_or_fail(s, PointRow, point_id)
        live = _live_points(s, row.case_id)
        i = next(k for k, p in enumerate(live) if p.id == row.id)
        j = max(0, min(len(live) - 1, i + delta))
        live.insert(j, live.pop(i))
        for n, p in enumerate(live, start=1):
            if p.position != n:
                p.position = n
                p.touch(store.workstation_id)
        case_id = row.case_id
    return list_points(store, case_id)


def merge_points(store: Store, point_ids: list[int]) -> Point:
    """Join points (in their order) into the first: quotes, bases and evidence together."""
    if len(point_ids) < 2:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose at least two points to merge."))
    with store.unit_of_work() as s:
        rows = sorted((get_or_fail(s, PointRow, i) for i in point_ids), key=lambda r: r.position)
        if len({r.case_id for r in rows}) != 1:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only points of the same case can be merged."))
        first, rest = rows[0], rows[1:]
        first.quote = "\n".join(r.quote for r in rows)
        first.rebuttal_html = "".join(r.rebuttal_html for r in rows)
        first.provisions = "\n".join(dict.fromkeys(c for r in rows for c in _lines(r.provisions)))
        first.citation_uuids = "\n".join(dict.fromkeys(c for r in rows for c in _lines(r.citation_uuids)))
        first.anchor_start = first.anchor_end = None  # the joined quote is no longer one passage
        first.touch(store.workstation_id)
        for r in rest:
            r.deleted_at = utcnow()
            r.touch(store.workstation_id)
        _renumber(s, first.case_id, store.workstation_id)
        s.flush()
        return _to_point(s, first)


def split_point(store: Store, point_id: int, at: int) -> tuple[Point, Point]:
    """Cut a point's quote at character `at`; the second half becomes a new point after it."""
    with store.unit_of_work() as s:
        row = get_or_fail(s, PointRow, point_id)
        head, tail = row.quote[:at].strip(), row.quote[at:].strip()
        if not head or not tail:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Split the quote somewhere inside it."))
        anchor = (row.anchor_start, row.anchor_end)
        row.quote = head
        if anchor[0] is not None:
            row.anchor_end = anchor[0] + at
        new = PointRow(case_id=row.case_id, position=row.position + 1, quote=tail,
                       anchor_start=anchor[0] + at if anchor[0] is not None else None, anchor_end=anchor[1],
                       category=row.category, provisions=row.provisions, workstation_id=store.workstation_id)
        for later in _live_points(s, row.case_id):
            if later.position > row.position:
                later.position += 1
                later.touch(store.workstation_id)
        row.touch(store.workstation_id)
        s.add(new)
        s.flush()
        return _to_point(s, row), _to_point(s, new)


# --- the legal basis library -------------------------------------------------
def shipped_provisions(path: Path = PROVISIONS_FILE) -> list[Provision]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Provision(p["code"], p["source"], p["article"], p["title_zh"], p["title_en"], p["text_zh"], p["text_en"],
                      True) for p in data["provisions"]]


def provisions(store: Store, session: Session | None = None) -> list[Provision]:
    """The shipped provisions, then the team's own."""
    def own(s: Session) -> list[Provision]:
        return [Provision(r.code, r.source, r.article, r.title_zh, r.title_en, r.text_zh, r.text_en, False)
                for r in s.scalars(select(ProvisionRow).where(ProvisionRow.deleted_at.is_(None))
                                   .order_by(ProvisionRow.source, ProvisionRow.article))]
    if session is not None:
        return shipped_provisions() + own(session)
    with store.unit_of_work() as s:
        return shipped_provisions() + own(s)


def add_provision(store: Store, source: str, article: str, title_zh: str, text_zh: str,
                  title_en: str = "", text_en: str = "") -> Provision:
    """A firm-specific entry, e.g. an insurer's published claims guideline."""
    if not source.strip() or not title_zh.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This field is required."), field="source")
    import uuid

    with store.unit_of_work() as s:
        row = ProvisionRow(code=f"user_{uuid.uuid4().hex[:12]}", source=source.strip(), article=article.strip(),
                           title_zh=title_zh.strip(), title_en=title_en.strip(), text_zh=text_zh.strip(),
                           text_en=text_en.strip(), workstation_id=store.workstation_id)
        s.add(row)
        s.flush()
        return Provision(row.code, row.source, row.article, row.title_zh, row.title_en, row.text_zh, row.text_en, False)


# --- the overall view --------------------------------------------------------
def likely_outcome(points: list[Point]) -> str | None:
    """A first reading of where the case is heading, from the points' assessments:
    every live point strong or arguable → overturned; none → upheld; a mix → partly
    changed.  Points we dropped or the insurer accepted do not count."""
    live = [p for p in points if p.status in (PointStatus.OPEN, PointStatus.MAINTAINED)]
    if not live:
        return None
    good = [p for p in live if p.assessment in (Assessment.STRONG, Assessment.ARGUABLE)]
    if len(good) == len(live):
        return "overturned"
    return "upheld" if not good else "partly_changed"


def points_without_evidence(points: list[Point]) -> list[Point]:
    """Points a letter must not present as supported by enclosures."""
    return [p for p in points if not p.has_evidence and p.status is not PointStatus.DROPPED]
