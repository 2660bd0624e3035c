"""Long work off the UI thread: progress, cancel, errors; switching databases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from ui.app import Controller
from ui.demo_action import create_demo
from ui.tasks import run_with_progress


def test_demo_is_written_in_the_background(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int]] = []

    def work(progress):  # type: ignore[no-untyped-def]
        from workbench.services.demo import generate_demo

        return generate_demo(tmp_path / "bg.sqlite3", 250, progress=lambda d, t: seen.append((d, t)) or progress(d, t))
    result = run_with_progress(None, "…", work)
    assert result is not None and result.cases == 250
    assert seen[-1] == (250, 250)


def test_cancel_leaves_no_file(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cancelled.sqlite3"

    def cancel_when_shown() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QProgressDialog) and dialog.isVisible() and dialog.value() > 0:
            dialog.findChild(QPushButton).click()  # what a person does
        else:
            QTimer.singleShot(20, cancel_when_shown)
    QTimer.singleShot(0, cancel_when_shown)
    assert create_demo(None, path, 100_000) is None
    assert not path.exists()
    assert not list(tmp_path.iterdir())


def test_worker_error_is_shown_and_the_app_goes_on(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.detailedText()) or 0)
    assert run_with_progress(None, "…", lambda progress: 1 / 0) is None
    assert "ZeroDivisionError" in shown[0]
    assert run_with_progress(None, "…", lambda progress: 42) == 42


def test_controller_switches_databases_and_refuses_a_locked_one(qtbot, demo_path: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  qsettings, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    from ui.sign_in import FirstAdminDialog

    def create_admin(dialog) -> int:  # type: ignore[no-untyped-def]
        """The person opening a new database creates its administrator."""
        dialog.password.setText("first admin password")
        dialog.again.setText("first admin password")
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(FirstAdminDialog, "exec", create_admin)
    app = QApplication.instance()
    first = Controller(app, qsettings)
    assert first.open(demo_path)
    qtbot.addWidget(first.window)
    other = tmp_path / "other.sqlite3"
    assert first.open(other)
    qtbot.addWidget(first.window)
    assert first.window.store.path == other.resolve() and first.window.model.rowCount() == 0
    second = Controller(app, qsettings)
    assert not second.open(other)
    assert warnings and "already open" in warnings[0]
    assert second.open(demo_path)  # released by the first controller's switch
    qtbot.addWidget(second.window)
    first.shut_down()
    second.shut_down()
