"""Fetching rows for a service: live ones only, and for edits, at the revision the
user started from (so nobody's save silently overwrites another's)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import ConflictError, NotFoundError, ValidationError
from workbench.storage.base import RecordMixin

R = TypeVar("R", bound=RecordMixin)


def get_or_fail(s: Session, row_type: type[R], row_id: int, include_deleted: bool = False) -> R:
    """A live row by id, or NotFoundError (deleted meanwhile, or a stale reference)."""
    row = s.get(row_type, row_id)
    if row is None or (row.deleted_at is not None and not include_deleted):
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "Errors", "This record no longer exists; it may have been deleted on this or another workstation "
                      "(record {table} #{id})."), table=row_type.__tablename__, id=row_id)  # type: ignore[attr-defined]
    return row


def get_for_edit(s: Session, row_type: type[R], row_id: int, expected_revision: int, conflict: str,
                 **params: Any) -> R:
    """Like get_or_fail, and ConflictError(conflict, **params) if it changed since it was read.

    `params` may name row attributes as callables: `number=lambda r: r.case_number`.
    """
    row = get_or_fail(s, row_type, row_id)
    if row.revision != expected_revision:
        raise ConflictError(conflict, **{k: v(row) if callable(v) else v for k, v in params.items()})
    return row


def check_editable(changes: Iterable[str], editable: Iterable[str]) -> None:
    """Refuse, naming them, fields an edit may not touch."""
    unknown = set(changes) - set(editable)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "These fields cannot be edited: {fields}."),
                              fields=", ".join(sorted(unknown)))
