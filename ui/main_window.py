"""The main window: filters and the case list on the left, the case on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QModelIndex, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QMainWindow, QMessageBox, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from ui import file_dialogs, settings
from ui.case_filter_bar import CaseFilterBar
from ui.case_table_model import CaseTableModel
from ui.words import code_label
from workbench import __version__
from workbench.domain.enums import Stage
from workbench.services import case_list
from workbench.services.store import Store


class MainWindow(QMainWindow):
    firstPaint = Signal()  # the case list has been painted once
    ready = Signal()       # the case view is built and shows a case
    openDatabaseRequested = Signal(str)  # the controller opens it in a new window
    switchUserRequested = Signal()       # the controller signs the person out and asks who is next

    def __init__(self, store: Store, qsettings: QSettings) -> None:
        super().__init__()
        self.store, self.qsettings = store, qsettings
        self.setWindowTitle(self.tr("Claims-dispute workbench"))
        self.model = CaseTableModel(store, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several cases to export
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionsMovable(True)
        # Newest cases first until the user sorts otherwise.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        for col, width in enumerate((110, 70, 70, 200, 130, 130, 70, 120, 70, 80, 70, 60, 110, 110, 110, 90, 90, 90)):
            self.table.setColumnWidth(col, width)
        self.filters = CaseFilterBar()
        self.case_view = None  # built after the first paint: it needs the ORM, the list does not
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(6, 6, 0, 0)
        ll.addWidget(self.filters)
        self.drill_banner = QLabel()
        self.drill_banner.setStyleSheet("background: #fff4ce; padding: 4px")
        self.drill_banner.setTextFormat(Qt.TextFormat.RichText)
        self.drill_banner.linkActivated.connect(lambda _link: self.filters.reset())
        self.drill_banner.hide()
        ll.addWidget(self.drill_banner)
        ll.addWidget(self.table)
        self.legend = self._legend()
        ll.addWidget(self.legend)
        self.splitter.addWidget(left)
        self.placeholder = QLabel(self.tr("Select a case to see it here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splitter.addWidget(self.placeholder)
        # The case is where the work is (a point's rebuttal, a letter): it gets the larger part.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([560, 800])
        self.setCentralWidget(self.splitter)

        self.status_db = QLabel()
        self.status_counts = QLabel()
        self.statusBar().addWidget(self.status_counts, 1)
        # Passing news ("Saved.") gets a label of its own: QStatusBar's temporary message
        # was painted over the counts instead of beside them.
        self.status_note = QLabel()
        self.status_note.setObjectName("status_note")
        self.statusBar().addWidget(self.status_note)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.timeout.connect(self.status_note.clear)
        self.statusBar().addPermanentWidget(self.status_db)
        self.status_db.setText(self.tr("Database: {path}").format(path=str(store.path)))
        self.status_user = QLabel()
        self.statusBar().addPermanentWidget(self.status_user)
        who = store.principal
        if who is not None:
            from ui.words import code_label

            self.status_user.setText(self.tr("Signed in: {name} ({role})").format(
                name=who.display_name or who.username, role=code_label(who.role)))
        from PySide6.QtWidgets import QPushButton

        self.due_button = QPushButton()
        self.due_button.setFlat(True)
        self.due_button.setStyleSheet("color: #b3261e")
        self.due_button.hide()
        self.statusBar().addPermanentWidget(self.due_button)
        self._last_soon = 0

        self._build_actions()
        self.filters.changed.connect(self.apply_filters)
        self.model.queryChanged.connect(self.update_counts)
        self.model.layoutChanged.connect(self._keep_current_visible)
        self._restore_state()
        # One query at start: the sort comes from the restored header, and enabling
        # sorting afterwards finds the model already in that order.
        header = self.table.horizontalHeader()
        self.model.set_sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.model.reload()
        self.table.setSortingEnabled(True)
        self.filters.set_choices(case_list.insurer_choices(store), case_list.staff_choices(store))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # The case view (and the ORM it needs) is built only once the list is on screen.
        self._painted = False
        self.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint and watched is self.table.viewport():
            self._painted = True
            self.table.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self.firstPaint.emit)
            QTimer.singleShot(0, self._finish_startup)
        return super().eventFilter(watched, event)

    def _legend(self) -> QLabel:
        """What the list's tints and weights mean (see CaseTableModel.data)."""
        label = QLabel(self.tr(
            "<span style='background:#fde7e9'>&nbsp;&nbsp;&nbsp;&nbsp;</span> a deadline is overdue"
            " &nbsp;·&nbsp; <b>bold number</b>: high or urgent priority"
            " &nbsp;·&nbsp; <span style='color:#777777'>grey</span>: closed"
            " &nbsp;·&nbsp; 王**: someone else's case, names masked"))
        label.setObjectName("case_legend")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setStyleSheet("color: #444; padding: 2px 0")
        return label

    def show_note(self, text: str, milliseconds: int) -> None:
        self.status_note.setText(text)
        self._note_timer.start(milliseconds)

    # --- actions -------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | str | None, slot, name: str) -> QAction:  # type: ignore[no-untyped-def]
            a = QAction(text, self)
            a.setObjectName(name)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.new_action = action(self.tr("&New case…"), QKeySequence.StandardKey.New, self.new_case, "new_case")
        self.save_action = action(self.tr("&Save"), QKeySequence.StandardKey.Save, self.save_case, "save")
        self.open_db_action = action(self.tr("&Open database…"), QKeySequence.StandardKey.Open, self.open_database,
                                     "open_database")
        self.demo_db_action = action(self.tr("New &demo database…"), None, self.new_demo_database, "demo_database")
        self.delete_action = action(self.tr("&Delete case…"), None, self.delete_case, "delete_case")
        self.verify_action = action(self.tr("&Check evidence files…"), None, self.verify_files, "verify_files")
        self.export_action = action(self.tr("&Export bundle…"), "Ctrl+Shift+E", self.export_bundle, "export_bundle")
        self.import_action = action(self.tr("&Import bundle…"), "Ctrl+Shift+I", self.import_bundle, "import_bundle")
        self.import_action.setEnabled(self.store.principal is None or self.store.principal.can_edit_cases)  # importing changes cases
        self.dashboard_action = action(self.tr("&Outcome dashboard…"), "Ctrl+Shift+D", self.open_dashboard,
                                       "dashboard")
        self.due_action = action(self.tr("&Due and overdue…"), "Ctrl+Shift+U", self.open_due, "due")
        self.audit_action = action(self.tr("&Audit trail…"), None, self.open_audit, "audit_trail")
        self.accounts_action = action(self.tr("Te&am…"), None, self.open_accounts, "accounts")
        self.switch_action = action(self.tr("Sign o&ut / switch user…"), None, self.switch_user, "switch_user")
        self.deleted_action = action(self.tr("Deleted &cases…"), None, self.open_deleted, "deleted_cases")
        self.lock_action = action(self.tr("&Lock the window"), "Ctrl+Shift+L", self.lock_now, "lock")
        self.password_action = action(self.tr("Change my &password…"), None, self.change_password, "password")
        self.password_action.setEnabled(self.store.principal is not None)
        self.lock_action.setEnabled(self.store.principal is not None)
        self.switch_action.setEnabled(self.store.principal is not None)
        who = self.store.principal
        works = who is None or who.can_edit_cases
        self.new_action.setEnabled(works)
        self.deleted_action.setEnabled(works)
        self.accounts_action.setEnabled(self.store.principal is not None and self.store.principal.can_manage)
        self.audit_action.setEnabled(self.store.principal is None or self.store.principal.can_read_audit)
        self.letter_action = action(self.tr("Reconsideration &letter…"), "Ctrl+L", self.open_letter, "letter")
        self.find_action = action(self.tr("&Find…"), QKeySequence.StandardKey.Find, self.filters.focus_find, "find")
        self.next_action = action(self.tr("Next case"), "Ctrl+PgDown", lambda: self.step(1), "next_case")
        self.prev_action = action(self.tr("Previous case"), "Ctrl+PgUp", lambda: self.step(-1), "previous_case")
        self.refresh_action = action(self.tr("&Refresh list"), QKeySequence.StandardKey.Refresh, self.refresh, "refresh")
        self.settings_action = action(self.tr("Se&ttings…"), QKeySequence.StandardKey.Preferences, self.open_settings, "settings")
        # Ctrl+Q on every system (Windows has no standard Quit key).
        self.quit_action = action(self.tr("&Quit"), "Ctrl+Q", self.close, "quit")
        self.about_action = action(self.tr("&About"), None, self.about, "about")
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setEnabled(False)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setEnabled(False)

        bar = self.menuBar()
        m = bar.addMenu(self.tr("&File"))
        m.addActions([self.new_action, self.save_action])
        m.addSeparator()
        m.addActions([self.open_db_action, self.demo_db_action, self.verify_action])
        m.addSeparator()
        m.addActions([self.export_action, self.import_action])
        m.addSeparator()
        m.addActions([self.settings_action, self.accounts_action, self.password_action, self.lock_action,
                      self.switch_action])
        m.addSeparator()
        m.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        m = bar.addMenu(self.tr("&Case"))
        m.addActions([self.next_action, self.prev_action, self.refresh_action])
        m.addAction(self.letter_action)
        self.stage_menu = m.addMenu(self.tr("&Move to stage"))
        self.stage_menu.aboutToShow.connect(self._fill_stage_menu)
        m.addSeparator()
        m.addActions([self.delete_action, self.deleted_action])
        m = bar.addMenu(self.tr("&Reports"))
        m.addActions([self.due_action, self.dashboard_action, self.audit_action])
        m = bar.addMenu(self.tr("&Help"))
        m.addAction(self.about_action)
        self.toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.addActions([self.new_action, self.save_action, self.undo_action, self.redo_action])

    def _finish_startup(self) -> None:
        """Build the case view once the list is on screen (this is when the ORM loads)."""
        from ui.case_view import CaseView

        self.case_view = CaseView(self.store, self._load_checklist())
        if self.store.principal is not None:
            from ui.sign_in import IdleLock

            self.idle_lock = IdleLock(self, self.store, settings.LOCK_MINUTES.get(self.qsettings))
        self.splitter.replaceWidget(1, self.case_view)
        self.placeholder.deleteLater()
        self.case_view.saved.connect(lambda case: self.model.refresh_case(case.id))
        self.case_view.caseShown.connect(self._case_actions_enabled)
        self._case_actions_enabled(False)
        self.case_view.stageChanged.connect(self._stage_changed)
        # The undo/redo entries follow the case view's stack (texts say what they undo).
        stack = self.case_view.undo_group
        undo = stack.createUndoAction(self, self.tr("&Undo"))
        redo = stack.createRedoAction(self, self.tr("&Redo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        undo.setObjectName("undo")
        redo.setObjectName("redo")
        for old, new in ((self.undo_action, undo), (self.redo_action, redo)):
            for container in (self.edit_menu, self.toolbar):
                container.insertAction(old, new)
                container.removeAction(old)
        self.undo_action, self.redo_action = undo, redo
        self.due_button.clicked.connect(self.open_due)
        self.remind()
        self._reminder = QTimer(self)
        self._reminder.setInterval(60 * 60 * 1000)
        self._reminder.timeout.connect(self.remind)
        self._reminder.start()
        last = settings.LAST_CASE.get(self.qsettings)
        row = self.model.row_of(last) if last else None
        self.select_row(row if row is not None else 0)
        self.ready.emit()

    def _load_checklist(self) -> dict:
        from workbench.errors import WorkbenchError
        from workbench.paths import app_paths
        from workbench.services import checklist

        try:
            return checklist.load_checklist(checklist.checklist_path(app_paths().config_dir))
        except WorkbenchError as exc:
            from ui.words import error_text

            QMessageBox.warning(self, self.tr("Evidence checklist"), error_text(exc))
            return {"decision_kinds": {}}

    # --- list ----------------------------------------------------------------
    def apply_filters(self) -> None:
        if not self.confirm_leave():
            return
        self.drill_banner.hide()
        current = self.current_case_id()
        self.model.set_query(self.filters.apply_to(self.model.query))
        row = self.model.row_of(current) if current is not None else None
        self.select_row(row if row is not None else 0)

    def refresh(self) -> None:
        current = self.current_case_id()
        self.model.reload()
        self.filters.set_choices(case_list.insurer_choices(self.store), case_list.staff_choices(self.store))
        row = self.model.row_of(current) if current is not None else None
        self.select_row(row if row is not None else 0)

    def update_counts(self) -> None:
        counts = case_list.stage_counts(self.store)
        total = sum(counts.values())
        self.status_counts.setText(self.tr("Showing {shown} of {total} cases · {open} open · {decided} decided").format(
            shown=self.model.rowCount(), total=total, open=case_list.open_count(counts),
            decided=counts[Stage.DECIDED] + counts[Stage.CLOSED]))

    def current_case_id(self) -> int | None:
        idx = self.table.currentIndex()
        return self.model.case_id_at(idx.row()) if idx.isValid() else None

    def select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            if self.case_view is not None:
                self.case_view.load(None, self._empty_text())
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _empty_text(self) -> str:
        if sum(case_list.stage_counts(self.store).values()) == 0:
            return self.tr("No cases yet.\n\nOpen the first one with “New case” (Ctrl+N), or try the workbench "
                           "on realistic data with File → New demo database.")
        return self.tr("No case matches these filters.\n\n“Clear filters” shows every case again.")

    def step(self, delta: int) -> None:
        idx = self.table.currentIndex()
        self.select_row((idx.row() if idx.isValid() else -1) + delta)

    def _keep_current_visible(self) -> None:
        idx = self.table.currentIndex()
        if idx.isValid():
            self.table.scrollTo(idx)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self.case_view is None:
            return
        case_id = self.model.case_id_at(current.row()) if current.isValid() else None
        view_case = self.case_view.case
        if view_case is not None and case_id == view_case.id:
            return
        if not self.confirm_leave():
            # Stay on the edited case: put the selection back without reloading.
            self.table.selectionModel().blockSignals(True)
            self.table.selectionModel().setCurrentIndex(
                previous, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.selectionModel().blockSignals(False)
            return
        self.case_view.load(case_id)
        if case_id is not None:
            settings.LAST_CASE.set(self.qsettings, case_id)

    def confirm_leave(self) -> bool:
        """Unsaved edits: save, discard or stay.  True when it is fine to move on."""
        if self.case_view is None or not self.case_view.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Case {number} has unsaved changes. Save them?").format(number=self.case_view.case.case_number),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.case_view.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.case_view.revert()
            return True
        return False

    # --- commands ------------------------------------------------------------
    def new_case(self) -> None:
        from ui.new_case_dialog import NewCaseDialog

        if not self.confirm_leave():
            return
        dialog = NewCaseDialog(self.store, self)
        accepted = dialog.exec()
        dialog.deleteLater()
        if accepted and dialog.created is not None:
            self.refresh()
            row = self.model.row_of(dialog.created.id)
            if row is None:  # hidden by the filters: show everything so the new case is visible
                self.filters.reset()
                row = self.model.row_of(dialog.created.id)
            self.select_row(row or 0)
            self.show_note(self.tr("Case {number} opened.").format(number=dialog.created.case_number), 5000)

    def save_case(self) -> None:
        if self.case_view is not None and self.case_view.save():
            self.show_note(self.tr("Saved."), 3000)

    def _stage_changed(self, case) -> None:  # type: ignore[no-untyped-def]
        self.model.refresh_case(case.id)
        self.update_counts()
        self.show_note(self.tr("{number} moved to “{stage}”.").format(
            number=case.case_number, stage=code_label(case.stage)), 5000)

    def _case_actions_enabled(self, shown: bool) -> None:
        """Save, delete and stage moves as the signed-in person may use them on the case shown."""
        rights = self.case_view.rights if shown and self.case_view is not None else None
        self.save_action.setEnabled(bool(rights and rights.edit))
        self.delete_action.setEnabled(bool(rights and rights.delete))
        self.stage_menu.setEnabled(bool(rights and rights.move))

    def _fill_stage_menu(self) -> None:
        from workbench.domain.stages import allowed_targets

        self.stage_menu.clear()
        case = self.case_view.case if self.case_view else None
        if case is None:
            return
        for target in allowed_targets(case.stage):
            a = self.stage_menu.addAction(code_label(target))
            a.triggered.connect(lambda _c=False, t=target: self.case_view.move_to(t))

    def delete_case(self) -> None:
        """Soft delete after confirmation: the case leaves every list but stays as a tombstone."""
        from workbench.services import cases

        case = self.case_view.case if self.case_view else None
        if case is None:
            return
        from ui.stage_dialogs import ReasonDialog
        from ui.words import error_text
        from workbench.errors import WorkbenchError

        dialog = ReasonDialog(self.tr("Delete case {number}").format(number=case.case_number), self.tr(
            "Delete case {number} ({client})? It disappears from every list; a team lead or its specialist can "
            "restore it from Case → Deleted cases. Why is it deleted?").format(number=case.case_number,
                                                                               client=case.client.name), self)
        accepted = dialog.exec() == ReasonDialog.DialogCode.Accepted
        reason = dialog.reason()
        dialog.deleteLater()
        if not accepted:
            return
        row = self.table.currentIndex().row()
        try:
            cases.delete_case(self.store, case.id, reason)
        except WorkbenchError as exc:
            QMessageBox.warning(self, self.tr("Case not deleted"), error_text(exc))
            return
        self.case_view.undo_stack.clear()
        self.model.reload()
        self.select_row(row)
        self.show_note(self.tr("Case {number} deleted.").format(number=case.case_number), 5000)

    def open_due(self) -> None:
        from ui.deadlines_panel import DueDialog

        dialog = DueDialog(self.store, self, self.store.actor)
        dialog.openCase.connect(self.show_case_by_id)
        dialog.show()
        self.due_dialog = dialog

    def open_letter(self) -> None:
        from ui.letter_dialog import LetterDialog

        case = self.case_view.case if self.case_view else None
        if case is None or not self.confirm_leave():
            return
        dialog = LetterDialog(self.store, case.id, self)
        dialog.exec()
        dialog.deleteLater()
        self.case_view.reload_case()  # issuing logs a round and may move the case to negotiation
        self.model.refresh_case(case.id)

    def show_case_by_id(self, case_id: int) -> None:
        row = self.model.row_of(case_id)
        if row is None:
            self.filters.reset()
            row = self.model.row_of(case_id)
        if row is not None:
            self.select_row(row)

    def remind(self) -> None:
        """Say at start (and every hour) what is overdue or due within three days; the cases
        with an overdue deadline are marked in the list.  Computed off the UI thread."""
        from datetime import date

        from ui.tasks import Task, run_in_background
        from workbench.services import deadlines

        today = date.today()
        task = Task(lambda _p: deadlines.due_list(deadlines.open_deadlines(self.store, today),
                                                  deadlines.SOON_DAYS, today), self)
        task.succeeded.connect(self._show_reminder)
        task.finished.connect(task.deleteLater)
        self._remind_task = task
        run_in_background(task)

    def _show_reminder(self, items) -> None:  # type: ignore[no-untyped-def]
        self.model.set_marked({d.case_id for d in items if d.status == "overdue"})
        overdue = sum(d.status == "overdue" for d in items)
        soon = len(items) - overdue
        self.due_button.setText(self.tr("⚠ {overdue} overdue · {soon} due within 3 days").format(
            overdue=overdue, soon=soon))
        self.due_button.setVisible(bool(items))
        if soon > self._last_soon:
            self.show_note(self.tr("{n} deadline(s) now due within 3 days.").format(n=soon), 10000)
        self._last_soon = soon

    def open_dashboard(self) -> None:
        from ui.dashboard import DashboardWindow

        if getattr(self, "dashboard", None) is None:
            self.dashboard = DashboardWindow(self.store, self)
            self.dashboard.setWindowFlag(Qt.WindowType.Window)
            self.dashboard.drill.connect(self.show_cases)
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.refresh()

    def show_cases(self, query, description: str) -> None:  # type: ignore[no-untyped-def]
        """List exactly the cases behind a number of the dashboard."""
        if not self.confirm_leave():
            return
        self.filters.blockSignals(True)
        self.filters.reset()
        self.filters.blockSignals(False)
        query.sort_key, query.descending = self.model.query.sort_key, self.model.query.descending
        self.model.set_query(query)
        self.drill_banner.setText(self.tr("Showing the {n} cases behind: {what} — <a href=\"all\">show all cases</a>")
                                  .format(n=self.model.rowCount(), what=description))
        self.drill_banner.show()
        self.select_row(0)
        self.raise_()
        self.activateWindow()

    def verify_files(self) -> None:
        """Re-hash every stored evidence file in the background and say what is wrong."""
        from ui.tasks import run_with_progress
        from workbench.services import evidence

        result = run_with_progress(self, self.tr("Checking the evidence files…"),
                                   lambda progress: evidence.verify_store(self.store, progress))
        if result is None:
            return
        if self.case_view is not None:
            self.case_view.evidence.reload()
        if result.ok:
            QMessageBox.information(self, self.tr("Evidence files"), self.tr(
                "All {n} evidence files are intact.").format(n=result.checked))
            return
        lines = [self.tr("{number} enclosure {no} ({name}): missing").format(number=a, no=b, name=c)
                 for a, b, c in result.missing]
        lines += [self.tr("{number} enclosure {no} ({name}): altered").format(number=a, no=b, name=c)
                  for a, b, c in result.altered]
        QMessageBox.warning(self, self.tr("Evidence files"), self.tr(
            "{bad} of {n} evidence files are missing or altered:\n\n{lines}\n\nRestore them from a backup; "
            "the cases show the affected items in red.").format(
            bad=len(lines), n=result.checked, lines="\n".join(lines[:30])))

    def change_password(self) -> None:
        from ui.password_dialog import PasswordDialog

        if self.store.principal is not None:
            dialog = PasswordDialog(self.store, self.store.principal.username, self)
            dialog.exec()
            dialog.deleteLater()

    def lock_now(self) -> None:
        """Leaving the desk: lock at once (the password unlocks)."""
        if getattr(self, "idle_lock", None) is not None:
            self.idle_lock.lock()

    def open_accounts(self) -> None:
        from ui.team_dialog import TeamDialog

        dialog = TeamDialog(self.store, self)
        dialog.exec()
        dialog.deleteLater()
        self.filters.set_choices(case_list.insurer_choices(self.store), case_list.staff_choices(self.store))

    def open_deleted(self) -> None:
        from ui.deleted_dialog import DeletedCasesDialog

        dialog = DeletedCasesDialog(self.store, self)
        dialog.exec()
        restored = dialog.restored
        dialog.deleteLater()
        if restored:
            self.refresh()
            self.show_case_by_id(restored[-1])

    def switch_user(self) -> None:
        """Sign out; whoever signs in next gets a window of their own (this one closes)."""
        if self.confirm_leave():
            self.switchUserRequested.emit()

    def open_audit(self) -> None:
        from ui.audit_dialog import AuditDialog

        dialog = AuditDialog(self.store, self)
        dialog.exec()
        dialog.deleteLater()

    def selected_case_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [cid for cid in (self.model.case_id_at(r) for r in rows) if cid is not None]

    def export_bundle(self) -> None:
        from ui.sync_dialogs import ExportDialog

        dialog = ExportDialog(self.store, self.selected_case_ids(), self)
        dialog.exec()
        dialog.deleteLater()

    def import_bundle(self, path: Path | None = None) -> None:
        from ui.sync_dialogs import ImportWizard

        if not self.confirm_leave():  # unsaved edits are saved or dropped before cases change underneath
            return
        wizard = ImportWizard(self.store, self, path if isinstance(path, Path) else None)
        wizard.exec()
        if wizard.imported:
            self.refresh()
            if self.case_view is not None and self.current_case_id() is not None:
                self.case_view.load(self.current_case_id())  # show the case as imported
        wizard.deleteLater()

    def open_database(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Open database"),
                                      self.tr("Workbench databases (*.sqlite3 *.db);;All files (*)"), self.store.path.parent)
        if path:
            self.openDatabaseRequested.emit(str(path))

    def new_demo_database(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from ui.demo_action import create_demo

        count, ok = QInputDialog.getInt(self, self.tr("New demo database"), self.tr("Number of cases:"),
                                        300, 1, 200_000, 100)
        if not ok:
            return
        path = file_dialogs.save_file(self, self.tr("New demo database"), self.store.path.parent / "demo.sqlite3",
                                      self.tr("Workbench databases (*.sqlite3 *.db)"))
        if path and create_demo(self, path, count) is not None:
            self.openDatabaseRequested.emit(str(path))

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.qsettings, self, self.store)
        dialog.exec()
        dialog.deleteLater()
        if getattr(self, "idle_lock", None) is not None:
            self.idle_lock.set_minutes(settings.LOCK_MINUTES.get(self.qsettings))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About"), self.tr(
            "Claims-dispute review workbench {version}\n\nFor brokers' underwriting-and-claims teams: "
            "gather evidence, answer the insurer point by point, and track every dispute to its outcome.")
            .format(version=__version__))

    # --- state ---------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.qsettings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 860)
        for key, target in (("window/state", self.restoreState), ("window/splitter", self.splitter.restoreState),
                            ("window/columns", self.table.horizontalHeader().restoreState)):
            value = self.qsettings.value(key)
            if isinstance(value, QByteArray):
                target(value)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_leave():
            event.ignore()
            return
        # Background work must not outlive the window (nor the database it reads).
        from ui.tasks import wait_for

        if self.case_view is not None:
            self.case_view.evidence.wait_for_text()
        wait_for(getattr(self, "_remind_task", None))
        if getattr(self, "dashboard", None) is not None:
            self.dashboard.wait_for_tasks()
        self.qsettings.setValue("window/geometry", self.saveGeometry())
        self.qsettings.setValue("window/state", self.saveState())
        self.qsettings.setValue("window/splitter", self.splitter.saveState())
        self.qsettings.setValue("window/columns", self.table.horizontalHeader().saveState())
        super().closeEvent(event)
