"""How long-running services report progress and learn they should stop.

A service takes `progress: Progress | None` and calls it now and then; the
callback returns False to ask for cancellation, and the service then raises
Cancelled *before* committing, so nothing half-done is kept.
"""

from __future__ import annotations

from collections.abc import Callable

from workbench.errors import Cancelled

Progress = Callable[[int, int], bool]
__all__ = ["Cancelled", "Progress", "report"]


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise Cancelled()
