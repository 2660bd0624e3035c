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
    window.resize(1366, 740)
    window.show()
    suffix = "" if args.lang == "zh_CN" else f"-{args.lang}"

    def grab() -> None:
        window.grab().save(str(out / f"main-window{suffix}.png"))
        dialog = NewCaseDialog(store, window)
        dialog.show()
        dialog.adjustSize()
        dialog.grab().save(str(out / f"new-case{suffix}.png"))
        dialog.close()
        decide = DecideDialog(12_345_600, True, window)
        decide.show()
        decide.grab().save(str(out / f"decide{suffix}.png"))
        settings = SettingsDialog(qs, window)
        settings.show()
        settings.grab().save(str(out / f"settings{suffix}.png"))
        grab_evidence()

    def grab_evidence() -> None:
        from workbench.services import evidence

        with_docs = next((cid for cid in (window.model.case_id_at(r) for r in range(window.model.rowCount()))
                          if cid and evidence.list_evidence(store, cid)), None)
        if with_docs is None:
            app.quit()
            return
        window.select_row(window.model.row_of(with_docs))
        view = window.case_view
        view.tabs.setCurrentIndex(1)
        panel = view.evidence
        panel.select_evidence(next(e.id for e in evidence.list_evidence(store, with_docs) if e.is_pdf))
        window.grab().save(str(out / f"evidence{suffix}.png"))
        viewers = []
        for kind in ("policy_terms", "invoice"):
            item = next((e for e in evidence.list_evidence(store, with_docs) if e.evidence_type == kind), None)
            if item is not None:
                panel.select_evidence(item.id)
                viewer = panel.view_selected()
                viewer.resize(1000, 800)
                if kind == "policy_terms":
                    viewer.search_box.setText("责任免除")
                viewers.append((kind, viewer))
        QTimer.singleShot(800, lambda: finish(viewers))

    def finish(viewers) -> None:  # type: ignore[no-untyped-def]
        for kind, viewer in viewers:
            viewer.grab().save(str(out / f"viewer-{kind}{suffix}.png"))
        window.open_dashboard()
        window.dashboard.wait()
        QTimer.singleShot(600, grab_dashboard)

    def grab_dashboard() -> None:
        dash = window.dashboard
        dash.grab().save(str(out / f"dashboard{suffix}.png"))
        dash.charts.setCurrentIndex(1)
        QTimer.singleShot(300, lambda: (dash.grab().save(str(out / f"dashboard-trend{suffix}.png")), grab_sync()))

    def grab_sync() -> None:
        """The export dialog, and the import wizard on the demo colleague's bundle (then dropped)."""
        from ui.sync_dialogs import ExportDialog, ImportWizard
        from workbench.services.demo_sync import colleague_bundle_path

        export = ExportDialog(store, window.selected_case_ids(), window)
        export.show()
        export.grab().save(str(out / f"export{suffix}.png"))
        export.close()
        bundle = colleague_bundle_path(Path(args.db))
        if bundle.exists():
            wizard = ImportWizard(store, window, bundle)
            wizard.show()
            wizard.next()
            wizard.grab().save(str(out / f"import-preview{suffix}.png"))
            wizard.next()
            wizard.grab().save(str(out / f"import-conflicts{suffix}.png"))
            wizard.reject()
        app.quit()

    window.ready.connect(lambda: QTimer.singleShot(200, grab))
    app.exec()
    (out / "screenshot-settings.ini").unlink(missing_ok=True)
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
