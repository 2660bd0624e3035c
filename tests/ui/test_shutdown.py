"""Quitting is clean whatever was going on: a real process opens the dashboard, makes
a demo database in the background (which opens it in a new window), and quits with
Ctrl+Q.  No "Fatal Python error", exit code 0, and no lock file left behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from workbench.services.demo import generate_demo

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

app = QApplication([sys.argv[0]])
first, second = Path(sys.argv[1]), Path(sys.argv[2])
QInputDialog.getInt = staticmethod(lambda *a, **k: (40, True))
QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(second), ""))
from ui import app as app_module

windows = []

def step_dashboard():
    w = app.topLevelWidgets()
    win = next(x for x in w if type(x).__name__ == "MainWindow" and x.isVisible())
    windows.append(win)
    win.open_dashboard()               # its report runs in the background
    QTimer.singleShot(0, lambda: win.new_demo_database())   # then a demo database, also in the background
    QTimer.singleShot(200, step_quit)

def step_quit():
    # Wait until the new database is open in its own window, then quit the way a person does.
    visible = [x for x in app.topLevelWidgets() if type(x).__name__ == "MainWindow" and x.isVisible()]
    if not visible or visible[0] is windows[0] or not second.exists():
        QTimer.singleShot(200, step_quit)
        return
    quit_action = next(a for a in visible[0].actions() if a.shortcut() == QKeySequence("Ctrl+Q"))
    quit_action.trigger()
    print("QUIT-TRIGGERED", flush=True)

QTimer.singleShot(1500, step_dashboard)
sys.exit(app_module.main(["--db", str(first)]))
"""


def test_quitting_after_dashboard_and_demo_generation_is_clean(tmp_path: Path) -> None:
    first, second = tmp_path / "desk.sqlite3", tmp_path / "demo.sqlite3"
    generate_demo(first, 60, replace=True)
    script = tmp_path / "run.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_HOME": str(tmp_path / "home"),
           "WORKBENCH_USER": "lead", "WORKBENCH_PASSWORD": "demo-lead-2026", "PYTHONPATH": str(ROOT),
           "PYTHONFAULTHANDLER": "1"}
    done = subprocess.run([sys.executable, str(script), str(first), str(second)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240)
    output = done.stdout + done.stderr
    assert "QUIT-TRIGGERED" in done.stdout, output[-3000:]
    assert "Fatal Python error" not in output and "Segmentation fault" not in output, output[-3000:]
    assert done.returncode == 0, output[-3000:]
    assert second.exists()
    assert not list(tmp_path.glob("*.lock")), "a lock file was left behind"
