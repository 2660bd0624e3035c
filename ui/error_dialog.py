"""Unexpected errors: logged, shown, and the application keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from ui.words import error_text
from workbench.errors import WorkbenchError

log = logging.getLogger("workbench.ui")


def show_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook for the GUI: a slot that raises must not take the app down."""
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    if isinstance(exc, WorkbenchError):
        log.warning("refused: %s", exc)
        text = error_text(exc)
    else:
        log.error("uncaught exception\n%s", details)
        text = QApplication.translate("ErrorDialog", "Something went wrong. Your data is safe: the last change was not "
                                      "saved if it could not be completed. Details were written to the log.")
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("ErrorDialog", "Error"), text)
    if not isinstance(exc, WorkbenchError):
        box.setDetailedText(details)
    box.exec()


def install() -> None:
    sys.excepthook = show_exception
