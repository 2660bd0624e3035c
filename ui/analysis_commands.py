"""Undoable steps of the analysis: each calls the service and can call it back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from workbench.domain.analysis import Point
from workbench.services import analysis
from workbench.services.store import Store


class AddPointCommand(QUndoCommand):
    def __init__(self, store: Store, case_id: int, quote: str, anchor: tuple[int, int] | None, text: str,
                 done: Callable[[int | None], None]) -> None:
        super().__init__(text)
        self._store, self._case_id, self._quote, self._anchor, self._done = store, case_id, quote, anchor, done
        self.point_id: int | None = None

    def redo(self) -> None:
        if self.point_id is None:
            self.point_id = analysis.add_point(self._store, self._case_id, self._quote, self._anchor).id
        else:
            analysis.restore_point(self._store, self.point_id)
        self._done(self.point_id)

    def undo(self) -> None:
        analysis.delete_point(self._store, self.point_id)  # type: ignore[arg-type]
        self._done(None)


class DeletePointCommand(QUndoCommand):
    def __init__(self, store: Store, point_id: int, text: str, done: Callable[[int | None], None]) -> None:
        super().__init__(text)
        self._store, self._id, self._done = store, point_id, done

    def redo(self) -> None:
        analysis.delete_point(self._store, self._id)
        self._done(None)

    def undo(self) -> None:
        analysis.restore_point(self._store, self._id)
        self._done(self._id)


class EditPointCommand(QUndoCommand):
    """Before and after values of the fields that changed."""

    def __init__(self, store: Store, point: Point, after: dict[str, Any], text: str,
                 done: Callable[[int | None], None]) -> None:
        super().__init__(text)
        self._store, self._id, self._done = store, point.id, done
        self._after = after
        self._before = {k: getattr(point, k) for k in after}

    def _apply(self, values: dict[str, Any]) -> None:
        current = analysis.get_point(self._store, self._id)
        analysis.update_point(self._store, self._id, values, current.meta.revision)
        self._done(self._id)

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)


class MovePointCommand(QUndoCommand):
    def __init__(self, store: Store, point_id: int, delta: int, text: str, done: Callable[[int | None], None]) -> None:
        super().__init__(text)
        self._store, self._id, self._delta, self._done = store, point_id, delta, done

    def redo(self) -> None:
        analysis.move_point(self._store, self._id, self._delta)
        self._done(self._id)

    def undo(self) -> None:
        analysis.move_point(self._store, self._id, -self._delta)
        self._done(self._id)
