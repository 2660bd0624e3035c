"""Start the window: logging, translations, the single-instance lock, the database."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

STARTED = time.perf_counter()

from PySide6.QtCore import QLibraryInfo, QLocale, QLockFile, QObject, QSettings, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from ui import settings  # noqa: E402
from workbench.errors import WorkbenchError  # noqa: E402
from workbench.paths import RESOURCES_DIR, AppPaths, app_paths, resolve_db_path  # noqa: E402

log = logging.getLogger("workbench")
DEMO_CASES = 300


def setup_logging(paths: AppPaths) -> None:
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(paths.log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def choose_language(qsettings: QSettings, override: str | None) -> str:
    chosen = override or settings.LANGUAGE.get(qsettings)
    if chosen in ("zh_CN", "en"):
        return chosen
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own words first (standard dialogs and buttons), then ours."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if language == "zh_CN"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if language != "zh_CN":
        return []
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_zh_CN", qt_dir), ("workbench_zh_CN", str(RESOURCES_DIR / "translations"))):
        tr = QTranslator(app)
        if tr.load(name, folder):
            app.installTranslator(tr)
            loaded.append(tr)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return loaded


def acquire_lock(db_path: Path) -> QLockFile | None:
    """One window per database file: SQLite would cope, but two windows editing the
    same case would overwrite each other's unsaved work.  A lock left by a crashed
    process is detected (its PID is gone) and taken over."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(db_path) + ".lock")
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(200) else None


class Controller(QObject):
    """Owns the open database, its lock and its window; switches between databases."""

    def __init__(self, app: QApplication, qsettings: QSettings, report_start_up: bool = False) -> None:
        super().__init__()
        self.app, self.qsettings = app, qsettings
        self.window = None
        self._lock: QLockFile | None = None
        self._report = report_start_up

    def open(self, path: Path) -> bool:
        """Open `path` in a new window, replacing the current one; False if it could not be opened."""
        path = path.resolve()
        if self.window is not None and self.window.store.path == path:
            return True
        if self.window is not None and not self.window.confirm_leave():
            return False
        lock = acquire_lock(path)
        if lock is None:
            QMessageBox.warning(self.window, self.tr("Already open"), self.tr(
                "{path} is already open in another workbench window on this computer. "
                "Use that window, or close it first.").format(path=path))
            return False
        try:
            from workbench.services.store import Store

            store = Store.open(path)
        except WorkbenchError as exc:
            from ui.words import error_text

            lock.unlock()
            QMessageBox.critical(self.window, self.tr("Cannot open the database"), error_text(exc))
            return False
        from ui.sign_in import sign_in

        if not sign_in(store, self.window):
            store.close()
            lock.unlock()
            return False
        old, old_lock = self.window, self._lock
        self.window, self._lock = self._new_window(store), lock
        if self._report:
            _report_start_up(self.window, self.app)
            self._report = False
        self.window.show()
        settings.LAST_DB.set(self.qsettings, str(path))
        log.info("window shown for %s", path)
        if old is not None:
            old.close()
            old.store.close()
            old_lock.unlock()  # type: ignore[union-attr]
        return True

    def _new_window(self, store):  # type: ignore[no-untyped-def]
        from ui.main_window import MainWindow

        window = MainWindow(store, self.qsettings)
        window.openDatabaseRequested.connect(lambda p: self.open(Path(p)))
        window.switchUserRequested.connect(self.switch_user)
        return window

    def switch_user(self) -> None:
        """Sign the person out and let the next one sign in, on the same database and lock.  Nobody
        signing in closes the workbench: a window is never left open without a person behind it."""
        from ui.sign_in import SignInDialog
        from workbench.services import accounts

        old = self.window
        store = old.store
        accounts.sign_out(store)
        store.viewed_cases.clear()
        old.hide()
        dialog = SignInDialog(store, None)
        signed_in = dialog.exec() == SignInDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not signed_in:
            old.close()
            self.app.quit()
            return
        self.window = self._new_window(store)
        self.window.show()
        old.close()
        old.deleteLater()

    def shut_down(self) -> None:
        if self.window is not None:
            self.window.store.close()
        if self._lock is not None:
            self._lock.unlock()


def _report_start_up(window, app: QApplication) -> None:  # type: ignore[no-untyped-def]
    """For the start-up benchmark: time to the first paint of the list, then memory once ready."""
    def painted() -> None:
        print(f"first paint after {(time.perf_counter() - STARTED) * 1000:.0f} ms "
              f"({window.model.rowCount()} cases in the list)", flush=True)

    def ready() -> None:
        rss = _resident_mb()
        print(f"ready after {(time.perf_counter() - STARTED) * 1000:.0f} ms, resident memory "
              f"{rss:.0f} MB" if rss else "ready", flush=True)
        app.quit()

    window.firstPaint.connect(painted)
    window.ready.connect(ready)


def _resident_mb() -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="workbench-gui", description="Claims-dispute review workbench")
    p.add_argument("--db", help="database file (default: $WORKBENCH_DB, else the last one opened)")
    p.add_argument("--demo", action="store_true",
                   help="open a demo database (created with realistic cases if it does not exist)")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="interface language for this run")
    p.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)  # for the start-up benchmark
    return p.parse_args(argv)


def initial_database(args: argparse.Namespace, paths: AppPaths, qsettings: QSettings) -> Path:
    """--db, then WORKBENCH_DB, then the database opened last time, then the default."""
    if args.demo and not args.db:
        return paths.data_dir / "demo.sqlite3"
    if args.db or os.environ.get("WORKBENCH_DB"):
        return resolve_db_path(args.db)
    last = settings.LAST_DB.get(qsettings)
    return Path(last) if last and Path(last).exists() else paths.default_db


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    paths = app_paths()
    setup_logging(paths)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("ClaimsWorkbench")
    app.setApplicationName("ClaimsWorkbench")
    # UI state lives in the config folder chosen in workbench.paths (WORKBENCH_HOME moves it too).
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    qsettings = QSettings(str(paths.config_dir / "ui.ini"), QSettings.Format.IniFormat)
    install_translators(app, choose_language(qsettings, args.lang))
    from workbench.pdf_fonts import set_preferred_font

    set_preferred_font(settings.LETTER_FONT.get(qsettings) or None)

    from ui import error_dialog

    error_dialog.install()
    db_path = initial_database(args, paths, qsettings)
    if args.demo and not db_path.exists():
        from ui.demo_action import create_demo

        if create_demo(None, db_path, DEMO_CASES) is None:
            return 1
    controller = Controller(app, qsettings, report_start_up=args.quit_after_paint)
    if not controller.open(db_path):
        return 1
    code = app.exec()
    controller.shut_down()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
