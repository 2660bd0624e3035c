"""How long-running services report progress and learn they should stop.

A service takes `progress: Progress | None` and calls it now and then; the
callback returns False to ask for cancellation, and the service then raises
Cancelled *before* committing, so nothing half-done is kept.
"""

from __future__ import annotations

from collections.abc import Callable

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import WorkbenchError

Progress = Callable[[int, int], bool]


class Cancelled(WorkbenchError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Cancelled; nothing was changed."))


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise Cancelled()
