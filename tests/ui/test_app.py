"""The application as started from the command line."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from ui import error_dialog
from ui.app import acquire_lock, choose_language
from workbench.errors import ValidationError

ROOT = Path(__file__).resolve().parents[2]


def start(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_HOME": str(home)}  # signs in from the environment
    return subprocess.run([sys.executable, "main.py", *args, "--quit-after-paint"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)


def test_app_starts_on_a_database_and_paints_the_list(demo_path: Path, tmp_path: Path) -> None:
    proc = start("--db", str(demo_path), "--lang", "zh_CN", home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "(300 cases in the list)" in proc.stdout
    log = (tmp_path / "logs" / "workbench.log").read_text(encoding="utf-8")
    assert "window shown" in log and "translation" not in log  # both translators found


def test_demo_option_creates_a_demo_database(tmp_path: Path) -> None:
    proc = start("--demo", home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "data" / "demo.sqlite3").exists()
    assert "(300 cases in the list)" in proc.stdout


def test_second_instance_is_refused(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "one.sqlite3"
    first = acquire_lock(db)
    assert first is not None
    code = ("import sys; sys.path.insert(0, '.'); from pathlib import Path; from ui.app import acquire_lock; "
            f"print(acquire_lock(Path({str(db)!r})) is None)")
    other = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert other.stdout.strip() == "True"
    first.unlock()
    again = acquire_lock(db)
    assert again is not None
    again.unlock()


def test_language_choice(qapp, qsettings) -> None:  # type: ignore[no-untyped-def]
    assert choose_language(qsettings, "en") == "en"
    qsettings.setValue("ui/language", "zh_CN")
    assert choose_language(qsettings, None) == "zh_CN"


def test_uncaught_exception_is_logged_and_shown(qapp, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append((self.text(), self.detailedText())) or 0)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR, logger="workbench.ui"):
            error_dialog.show_exception(type(exc), exc, exc.__traceback__)
    assert "boom in a slot" in caplog.text
    assert shown and "Your data is safe" in shown[0][0] and "RuntimeError" in shown[0][1]
    try:
        raise ValidationError("This field is required.")
    except ValidationError as exc:
        error_dialog.show_exception(type(exc), exc, exc.__traceback__)
    assert shown[1][0] == "This field is required." and shown[1][1] == ""


def test_exception_in_a_slot_is_shown_and_the_app_keeps_running(tmp_path: Path) -> None:
    """Outside pytest-qt (which captures slot exceptions itself), as in the real app."""
    script = tmp_path / "slot.py"
    script.write_text(
        "import sys; sys.path.insert(0, '.')\n"
        "from PySide6.QtWidgets import QApplication, QPushButton, QMessageBox\n"
        "app = QApplication([])\n"
        "from ui import error_dialog\n"
        "shown = []\n"
        "QMessageBox.exec = lambda self: shown.append(self.text()) or 0\n"
        "error_dialog.install()\n"
        "b = QPushButton()\n"
        "def bad(): raise RuntimeError('slot failure')\n"
        "b.clicked.connect(bad)\n"
        "b.click(); b.click()\n"
        "print(len(shown), 'Your data is safe' in shown[0])\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "2 True"
