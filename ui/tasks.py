"""The one way long work leaves the UI thread.

`run_in_background` runs a service call on a worker thread; the call receives a
`progress(done, total) -> bool` callback (False means "stop": services then
raise Cancelled before committing).  Results, errors and progress come back to
the main thread as signals.  Workers never touch widgets.

The worker does not emit Qt signals itself: it leaves its news in a locked
mailbox that a timer on the main thread reads.  (Emitting a signal from a
Python thread makes PySide6 6.12.0 corrupt the refcount of True/False and abort
at exit; the mailbox also coalesces a flood of progress into one update per tick.)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from workbench.services.progress import Cancelled

log = logging.getLogger("workbench.ui.tasks")
Work = Callable[[Callable[[int, int], bool]], Any]
POLL_MS = 40


class Task(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)     # the exception
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._progress_news: tuple[int, int] | None = None
        self._end: tuple[str, Any] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._deliver)

    def cancel(self) -> None:
        self._stop.set()

    @property
    def running(self) -> bool:
        """Started and its end not yet delivered to the main thread."""
        from shiboken6 import isValid

        # Qt deletes the timer with its task (deleteLater) once the end is delivered: over.
        return isValid(self._timer) and self._timer.isActive()

    def start(self) -> None:
        self._timer.start()
        threading.Thread(target=self._run, name="workbench-task", daemon=True).start()

    # --- worker thread ---------------------------------------------------------
    def _progress(self, done: int, total: int) -> bool:
        with self._lock:
            self._progress_news = (done, total)
        return not self._stop.is_set()

    def _run(self) -> None:
        try:
            end: tuple[str, Any] = ("ok", self._work(self._progress))
        except Cancelled:
            end = ("cancelled", None)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the UI
            log.exception("background task failed")
            end = ("error", exc)
        with self._lock:
            self._end = end

    # --- main thread -----------------------------------------------------------
    def _deliver(self) -> None:
        with self._lock:
            news, self._progress_news = self._progress_news, None
            end = self._end
        if news is not None:
            self.progressed.emit(*news)
        if end is None:
            return
        self._timer.stop()
        kind, value = end
        if kind == "ok":
            self.succeeded.emit(value)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(value)
        self.finished.emit()


def run_in_background(task: Task) -> None:
    task.start()


def wait_for(task: Task | None) -> None:
    """Let `task` end before what it uses goes away (a window closing, its database closed).
    A task already delivered, or already deleted by Qt, is simply over."""
    from shiboken6 import isValid

    if task is None or not isValid(task) or not task.running:
        return
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    loop.exec()


def run_with_progress(parent: QWidget | None, label: str, work: Work) -> Any:
    """Run `work` off the UI thread behind a cancellable progress dialog.

    Returns the result, or None if the user cancelled; a failure is shown by the
    error dialog (and logged) and also returns None.
    """
    from ui.error_dialog import show_exception

    task = Task(work)
    dialog = QProgressDialog(parent)  # its Cancel button comes translated by Qt
    dialog.setLabelText(label)
    dialog.setRange(0, 0)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    task.progressed.connect(progressed)
    task.succeeded.connect(lambda result: outcome.setdefault("result", result))
    task.failed.connect(lambda exc: outcome.setdefault("error", exc))
    task.finished.connect(loop.quit)
    dialog.canceled.connect(task.cancel)
    run_in_background(task)
    loop.exec()
    dialog.reset()
    dialog.deleteLater()
    task.deleteLater()
    error = outcome.get("error")
    if error is not None:
        show_exception(type(error), error, error.__traceback__)
        return None
    return outcome.get("result")
