"""UI preferences kept in QSettings, declared once with type and default.

Business settings (letterhead, reminders...) belong in the database; these are
the workstation's own: language, window state.  Who is working is whoever signed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def get(self, store: QSettings) -> T:
        value: Any = store.value(self.key, self.default)
        if isinstance(self.default, bool):
            return (value in (True, "true", "1", 1)) if not isinstance(value, bool) else value  # type: ignore[return-value]
        return type(self.default)(value) if value is not None else self.default  # type: ignore[call-arg]

    def set(self, store: QSettings, value: T) -> None:
        store.setValue(self.key, value)


LANGUAGE = Setting("ui/language", "system")  # "system", "zh_CN" or "en"
LAST_CASE = Setting("ui/last_case", 0)
LAST_DB = Setting("ui/last_database", "")    # reopened at start when no --db is given
LETTER_FONT = Setting("letters/font", "")    # a CJK TrueType file on this machine; empty: found automatically
LOCK_MINUTES = Setting("security/lock_minutes", 15)  # the window locks after this long without use

