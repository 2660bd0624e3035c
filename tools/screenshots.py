"""Grab the main screens offscreen, for review and for the README.

    python tools/screenshots.py --db demo.sqlite3 --out docs/ [--lang zh_CN|en]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    from ui.app import install_translators
    from ui.main_window import MainWindow
    from ui.new_case_dialog import NewCaseDialog
    from ui.settings_dialog import SettingsDialog
    from ui.stage_dialogs import DecideDialog
    from workbench.services.store import Store

    install_translators(app, args.lang)
    qs = QSettings(str(out / "screenshot-settings.ini"), QSettings.Format.IniFormat)
    store = Store.open(Path(args.db))
    window = MainWindow(store, qs)
    window.resize(1600, 900)
    window.show()
    suffix = "" if args.lang == "zh_CN" else f"-{args.lang}"

    def grab() -> None:
        window.grab().save(str(out / f"main-window{suffix}.png"))
        dialog = NewCaseDialog(store, lambda: "演示", window)
        dialog.show()
        dialog.adjustSize()
        dialog.grab().save(str(out / f"new-case{suffix}.png"))
        dialog.close()
        decide = DecideDialog(12_345_600, True, window)
        decide.show()
        decide.grab().save(str(out / f"decide{suffix}.png"))
        settings = SettingsDialog(qs, ["陈思远"], window)
        settings.show()
        settings.grab().save(str(out / f"settings{suffix}.png"))
        app.quit()

    window.ready.connect(lambda: QTimer.singleShot(200, grab))
    app.exec()
    (out / "screenshot-settings.ini").unlink(missing_ok=True)
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
