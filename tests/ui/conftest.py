from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from workbench.services.store import Store


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody answers would hang the run: fail instead (tests that expect one patch it)."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    from ui.sign_in import FirstAdminDialog, SignInDialog

    for dialog in (FirstAdminDialog, SignInDialog):  # a sign-in nobody answers would hang the run too
        monkeypatch.setattr(dialog, "exec", lambda self: refuse(self, self.windowTitle()))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: refuse(self, self.text()))


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo_store: Store, qsettings: QSettings) -> Iterator:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    w = MainWindow(demo_store, qsettings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.case_view is not None and w.case_view.case is not None)
    # Start on a case still being worked on: a closed one is read-only until reopened.
    from workbench.domain.enums import Stage

    w.select_row(next(r for r in range(w.model.rowCount()) if w.model._summary(r).stage is not Stage.CLOSED))
    yield w
    if w.case_view is not None and w.case_view.is_dirty():
        w.case_view.revert()


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type any text, Chinese included, as key events (QTest.keyClicks handles ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """The application in `language` (Qt's own words and ours) for the block; English after."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translators

    app = QApplication.instance()
    loaded = install_translators(app, language)
    try:
        yield
    finally:
        for tr in loaded:
            app.removeTranslator(tr)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
