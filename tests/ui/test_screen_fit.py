"""Every dialog and window fits a 1366×768 laptop screen (the brokerage's standard
machine), in Chinese, whose labels run wider than English ones in this font."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.ui.conftest import speaking
from workbench.services.store import Store

SCREEN = QSize(1366, 768 - 40)  # less the taskbar


@pytest.fixture
def chinese() -> Iterator[None]:
    with speaking("zh_CN"):
        yield


def needed(w: QWidget) -> QSize:
    """The room a shown window takes: at least its minimum, and its own size (a dialog that
    resizes itself past the screen is as bad as one that cannot shrink)."""
    return w.minimumSizeHint().expandedTo(w.minimumSize()).expandedTo(w.size())


def test_every_dialog_fits_a_1366_by_768_screen(qtbot, demo_store: Store, qsettings: QSettings, chinese,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.main_window import MainWindow

    seen: dict[str, QSize] = {}

    def look(self: QDialog) -> int:
        self.show()
        QApplication.processEvents()
        seen[type(self).__name__] = needed(self)
        for child in self.findChildren(QDialog):  # a wizard's pages, a nested chooser
            seen.setdefault(type(child).__name__, needed(child))
        self.reject()
        return 0

    monkeypatch.setattr(QDialog, "exec", look)
    # The offscreen screen is 800×800: give windows that size themselves to the screen a laptop's.
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, SCREEN.width(), SCREEN.height()))
    w = MainWindow(demo_store, qsettings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.case_view is not None and w.case_view.case is not None)
    seen["MainWindow"] = w.minimumSizeHint().expandedTo(w.minimumSize())
    for open_ in (w.new_case, w.open_accounts, w.open_deleted, w.open_letter, w.open_settings, w.export_bundle,
                  w.case_view.rounds.log_round, w.case_view.analysis.show_matrix):
        open_()
    w.open_due()
    w.open_dashboard()
    w.open_audit()
    QApplication.processEvents()
    for top in QApplication.topLevelWidgets():
        if top.isVisible() and top is not w:
            seen.setdefault(type(top).__name__, needed(top))
    expected = {"MainWindow", "NewCaseDialog", "TeamDialog", "DeletedCasesDialog", "LetterDialog", "SettingsDialog",
                "ExportDialog", "RoundDialog", "MatrixDialog", "DueDialog", "DashboardWindow"}
    assert expected <= set(seen), sorted(set(seen))
    too_big = {name: (s.width(), s.height()) for name, s in seen.items()
               if s.width() > SCREEN.width() or s.height() > SCREEN.height()}
    assert too_big == {}
    if getattr(w, "dashboard", None) is not None:
        w.dashboard.wait()
