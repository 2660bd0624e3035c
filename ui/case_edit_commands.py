"""Undoable edits of the case view's fields (QUndoStack).

An edit changes the form, not the database; Save writes what differs from the
case as loaded.  Typing in a text field merges into one command per field.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

MERGEABLE_ID = 1001


class FieldTarget(Protocol):
    def set_field(self, field: str, value: Any) -> None: ...
    def field_label(self, field: str) -> str: ...


class SetFieldCommand(QUndoCommand):
    def __init__(self, target: FieldTarget, field: str, old: Any, new: Any, mergeable: bool = False) -> None:
        super().__init__(target.field_label(field))
        self._target, self.field, self.old, self.new = target, field, old, new
        self._mergeable = mergeable

    def id(self) -> int:
        return MERGEABLE_ID if self._mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or other.field != self.field:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self._target.set_field(self.field, self.new)

    def undo(self) -> None:
        self._target.set_field(self.field, self.old)
