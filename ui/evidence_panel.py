"""A case's evidence: attach (drop, pick, paste), describe, order, look, cite, and
see which of the usual documents are still missing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from ui.dialog_parts import tool_button
from ui.evidence_dialogs import EvidenceMetaDialog, SourceCombo
from ui.evidence_model import EvidenceTableModel, type_label
from ui.tasks import Task, run_in_background, run_with_progress, wait_for
from ui.words import error_text
from ui import file_dialogs
from workbench.domain.evidence import AttachReport, Citation, Evidence, EvidenceMeta
from workbench.errors import WorkbenchError
from workbench.services import checklist, evidence
from workbench.services.store import Store


class EvidencePanel(QWidget):
    changed = Signal()  # evidence added, removed or edited (the case view updates its tab title)

    def __init__(self, store: Store, checklist_data: dict,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._checklist = store, checklist_data
        self._case_id: int | None = None
        self._viewers: list[QWidget] = []
        self._indexing: Task | None = None
        self.ask_for_details = True  # tests switch the describe-dialog off
        self.setAcceptDrops(True)

        self.model = EvidenceTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # 华康人寿…通知书.pdf: both ends say what it is
        self.table.doubleClicked.connect(lambda _i: self.view_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        button = tool_button
        self.add_button = button(self.tr("Add files…"), self.pick_files, "add_files")
        self.folder_button = button(self.tr("Add folder…"), self.pick_folder, "add_folder")
        self.paste_button = button(self.tr("Paste image"), self.paste_image, "paste_image")
        self.view_button = button(self.tr("View"), self.view_selected, "view")
        self.edit_button = button(self.tr("Details…"), self.edit_selected, "edit_details")
        self.up_button = button("▲", lambda: self.move_selected(-1), "move_up")
        self.down_button = button("▼", lambda: self.move_selected(1), "move_down")
        self.remove_button = button(self.tr("Remove"), self.remove_selected, "remove")
        self.restore_button = button(self.tr("Restore"), self.restore_selected, "restore")
        self.purge_button = button(self.tr("Purge file…"), self.purge_selected, "purge")
        self.up_button.setToolTip(self.tr("Move up in the enclosure order"))
        self.down_button.setToolTip(self.tr("Move down in the enclosure order"))
        paste = QShortcut(QKeySequence("Ctrl+Shift+V"), self)
        paste.activated.connect(self.paste_image)

        self.type_filter = QComboBox()
        self.source_filter = SourceCombo()
        self.source_filter.insertItem(0, self.tr("All sources"), None)
        self.source_filter.setCurrentIndex(0)
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("Words in the documents…"))
        self.words.setClearButtonEnabled(True)
        self.show_removed = QCheckBox(self.tr("Show removed"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.words.textChanged.connect(self._debounce.start)
        for combo in (self.type_filter, self.source_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.show_removed.toggled.connect(lambda _on: self.reload())

        self.drop_hint = QLabel(self.tr("Drop files or folders here to attach them."))
        self.drop_hint.setStyleSheet("color: #666")
        self.checklist_list = QListWidget()
        self.citations = QListWidget()
        self.citations.setObjectName("citations")
        self.delete_citation_button = button(self.tr("Delete citation"), self.delete_selected_citation, "delete_citation")

        actions = QHBoxLayout()
        for w in (self.add_button, self.folder_button, self.paste_button):
            actions.addWidget(w)
        actions.addStretch(1)
        for w in (self.view_button, self.edit_button, self.up_button, self.down_button):
            actions.addWidget(w)
        item_actions = QHBoxLayout()
        item_actions.addWidget(self.show_removed)
        item_actions.addStretch(1)
        for w in (self.remove_button, self.restore_button, self.purge_button):
            item_actions.addWidget(w)
        filters = QHBoxLayout()
        filters.addWidget(self.words, 1)
        filters.addWidget(self.type_filter)
        filters.addWidget(self.source_filter)
        check_box = QGroupBox(self.tr("Usual documents for this decision"))
        checks = QVBoxLayout(check_box)
        checks.addWidget(self.checklist_list)
        self.edit_checklist_button = button(self.tr("Edit the lists…"), self.edit_checklist, "edit_checklist")
        checks.addWidget(self.edit_checklist_button)
        cite_box = QGroupBox(self.tr("Citations"))
        cl = QVBoxLayout(cite_box)
        cl.addWidget(self.citations)
        cl.addWidget(self.delete_citation_button)
        lower = QSplitter()
        lower.addWidget(check_box)
        lower.addWidget(cite_box)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(actions)
        tl.addLayout(filters)
        tl.addWidget(self.table)
        tl.addLayout(item_actions)
        tl.addWidget(self.drop_hint)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(lower)
        split.setSizes([420, 180])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._update_buttons()

    # --- loading -------------------------------------------------------------
    def show_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        self._fill_type_filter()
        searchable = case_id is None or evidence.may_search(self._store, case_id)
        if not searchable:
            self.words.clear()
        self.words.setEnabled(searchable)
        self.words.setToolTip("" if searchable else self.tr(
            "The documents of this case are not open to you, so neither is searching them."))
        self.reload()

    def _fill_type_filter(self) -> None:
        current = self.type_filter.currentData()
        types = evidence.evidence_types(self._store)
        user = {t.code: t.label for t in types if not t.builtin}
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(self.tr("All types"), None)
        for t in types:
            self.type_filter.addItem(type_label(t.code, user), t.code)
        self.type_filter.setCurrentIndex(max(0, self.type_filter.findData(current)))
        self.type_filter.blockSignals(False)

    def reload(self) -> None:
        if self._case_id is None:
            self.model.set_items([], {}, {})
            return
        flt = evidence.EvidenceFilter(evidence_type=self.type_filter.currentData(),
                                      source=self.source_filter.source() if self.source_filter.currentData() else None,
                                      words=self.words.text(), include_removed=self.show_removed.isChecked())
        items = evidence.list_evidence(self._store, self._case_id, flt)
        user = {t.code: t.label for t in evidence.evidence_types(self._store) if not t.builtin}
        self.model.set_items(items, evidence.quick_integrity(self._store, items), user)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._show_checklist(user)
        self._show_citations()
        self._update_buttons()

    def live_count(self) -> int:
        return len(evidence.list_evidence(self._store, self._case_id)) if self._case_id is not None else 0

    def _show_checklist(self, user: dict[str, str]) -> None:
        self.checklist_list.clear()
        for line in checklist.case_checklist(self._store, self._case_id, self._checklist):  # type: ignore[arg-type]
            name = type_label(line.evidence_type, user)
            if line.present:
                numbers = "、".join(self.tr("Encl. {no}").format(no=n) for n in line.present)
                text = "✓ " + self.tr("{type}: {enclosures}").format(type=name, enclosures=numbers)
            else:
                text = "✗ " + self.tr("{type}: still missing").format(type=name)
            item = QListWidgetItem(text)
            item.setForeground(Qt.GlobalColor.darkGreen if line.present else Qt.GlobalColor.darkRed)
            self.checklist_list.addItem(item)

    def _show_citations(self) -> None:
        self.citations.clear()
        for c in evidence.list_citations(self._store, self._case_id):  # type: ignore[arg-type]
            marked = self.tr(" (marked region)") if c.region else ""
            item = QListWidgetItem(f"{c.label()}{marked}  {c.note}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.citations.addItem(item)

    def selected(self) -> Evidence | None:
        idx = self.table.currentIndex()
        return self.model.item(idx.row()) if idx.isValid() else None

    writable = True  # False for a role that reads only, or a closed case (CaseView.set_rights)

    def set_writable(self, writable: bool) -> None:
        self.writable = writable
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.selected()
        can = self._case_id is not None and self.writable
        for b in (self.add_button, self.folder_button, self.paste_button):
            b.setEnabled(can)
        live = item is not None and item.removed_at is None
        self.view_button.setEnabled(live)
        for b in (self.edit_button, self.up_button, self.down_button, self.remove_button):
            b.setEnabled(live and self.writable)
        removed = item is not None and item.removed_at is not None and item.purged_at is None
        self.restore_button.setEnabled(removed and self.writable)
        self.purge_button.setEnabled(removed and self.writable)

    def select_evidence(self, evidence_id: int) -> None:
        row = self.model.row_of(evidence_id)
        if row is not None:
            self.table.selectRow(row)

    def edit_checklist(self) -> Path:
        """The team's own copy of the lists (made from the shipped one), opened for editing."""
        import shutil

        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from workbench.paths import app_paths

        own = app_paths().config_dir / "evidence_checklist.json"
        if not own.exists():
            own.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(checklist.DEFAULT_CHECKLIST, own)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(own)))
        QMessageBox.information(self, self.tr("Edit the lists"), self.tr(
            "The lists are in {path}. Save your changes there; they apply the next time the workbench starts.")
            .format(path=own))
        return own

    # --- attaching -----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._case_id is not None and self.writable and self._local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.attach(paths)

    @staticmethod
    def _local_paths(mime: QMimeData) -> list[Path]:
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []

    def pick_files(self) -> None:
        names = file_dialogs.open_files(self, self.tr("Attach files"))
        if names:
            self.attach(names)

    def pick_folder(self) -> None:
        name = file_dialogs.pick_folder(self, self.tr("Attach a folder"))
        if name:
            self.attach([name])

    def _describe_batch(self, names: list[str]) -> tuple[EvidenceMeta, list[str]] | None:
        """The batch's description and each file's own evidence type, if given one by one
        (None: cancelled)."""
        meta = EvidenceMeta()
        if not self.ask_for_details:
            return meta, []
        shown = "、".join(names[:5]) + (self.tr(" and {n} more").format(n=len(names) - 5) if len(names) > 5 else "")
        dialog = EvidenceMetaDialog(self._store, self.tr("Describe the new evidence"), meta, shown, self, files=names)
        accepted = dialog.exec()
        result = (dialog.meta(), dialog.file_types()) if accepted else None
        dialog.deleteLater()
        return result

    def attach(self, paths: list[Path]) -> AttachReport | None:
        """Describe, then copy and record in the background (progress, cancel)."""
        if self._case_id is None or not self.writable:
            return None
        files = evidence.expand_paths(paths)  # a dropped folder: each of its files gets its own type
        described = self._describe_batch([f.name for f in files])
        if described is None:
            return None
        meta, codes = described
        types = dict(zip(files, codes, strict=True)) if codes else {}
        case_id = self._case_id
        result = run_with_progress(self, self.tr("Attaching {n} item(s)…").format(n=len(files)),
                                   lambda progress: evidence.attach_files(self._store, case_id, files, meta,
                                                                          progress, types))
        self._after_attach(result)
        return result

    def paste_image(self) -> AttachReport | None:
        if self._case_id is None or not self.writable:
            return None
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            QMessageBox.information(self, self.tr("Paste image"), self.tr("The clipboard holds no image."))
            return None
        from PySide6.QtCore import QBuffer, QByteArray, QDateTime, QIODevice

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        name = self.tr("Pasted image {time}.png").format(time=QDateTime.currentDateTime().toString("yyyyMMdd-HHmmss"))
        described = self._describe_batch([name])
        if described is None:
            return None
        meta = described[0]
        try:
            result = evidence.attach_bytes(self._store, self._case_id, name, bytes(data.data()), meta)
        except WorkbenchError as exc:
            QMessageBox.warning(self, self.tr("Not attached"), error_text(exc))
            return None
        self._after_attach(result)
        return result

    def _after_attach(self, result: AttachReport | None) -> None:
        if result is None:
            return
        if result.added:
            self._read_text_in_background([e.id for e in result.added])
        self.reload()
        if result.added:
            self.select_evidence(result.added[-1].id)
        notes = []
        if result.duplicates:
            lines = "\n".join(self.tr("{name} is already enclosure {no}").format(name=n, no=no)
                              for n, no in result.duplicates)
            notes.append(self.tr("These files are already in this case and were not added again:\n{lines}")
                         .format(lines=lines))
        if result.empty:
            notes.append(self.tr("These files are empty (0 bytes) and were skipped; the others were attached:\n{lines}")
                         .format(lines="\n".join(result.empty)))
        if result.damaged:
            lines = "\n".join(self.tr("Enclosure {no}: {name}").format(no=e.enclosure_no, name=e.original_name)
                              for e in result.damaged)
            notes.append(self.tr("These files cannot be read as PDFs. They are kept exactly as received, but their "
                                 "pages cannot be cited; ask for a good copy:\n{lines}").format(lines=lines))
        if notes:
            QMessageBox.information(self, self.tr("Attached, with exceptions") if result.added
                                    else self.tr("Nothing attached"), "\n\n".join(notes))
        self.changed.emit()

    def _read_text_in_background(self, ids: list[int]) -> None:
        """Page counts and the searchable text come a moment after the files themselves."""
        task = Task(lambda progress: evidence.index_text(self._store, ids, progress), self)
        task.finished.connect(self.reload)
        task.finished.connect(task.deleteLater)
        self._indexing = task
        run_in_background(task)

    def wait_for_text(self) -> None:
        """For tests and for closing: let the background reading finish."""
        wait_for(self._indexing)
        self._indexing = None

    # --- item actions ----------------------------------------------------------
    def view_selected(self) -> QWidget | None:
        from ui.evidence_viewer import EvidenceViewer

        item = self.selected()
        if item is None or item.removed_at is not None:
            return None
        viewer = EvidenceViewer(self._store, item, self)
        viewer.setWindowFlag(Qt.WindowType.Window)
        viewer.cited.connect(lambda _c: self._show_citations())
        viewer.show()
        self._viewers = [v for v in self._viewers if v.isVisible()] + [viewer]
        return viewer

    def edit_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        meta = EvidenceMeta(item.evidence_type, item.source, item.doc_date, item.description, list(item.tags))
        dialog = EvidenceMetaDialog(self._store, self.tr("Enclosure {no}: details").format(no=item.enclosure_no),
                                    meta, item.original_name, self)
        if dialog.exec():
            self._run(lambda: evidence.update_evidence(self._store, item.id, dialog.meta(), item.meta.revision))
        dialog.deleteLater()

    def move_selected(self, delta: int) -> None:
        item = self.selected()
        if item is not None:
            self._run(lambda: evidence.move_enclosure(self._store, item.id, delta), keep=item.id)

    def remove_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self._run(lambda: evidence.remove_evidence(self._store, item.id))

    def restore_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self._run(lambda: evidence.restore_evidence(self._store, item.id), keep=item.id)

    def purge_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Purge the file of enclosure {no}").format(no=item.enclosure_no),
                                          self.tr("The file will be deleted for good; the record of it stays. Why?"))
        if not ok:
            return
        answer = QMessageBox.warning(
            self, self.tr("Purge for good?"),
            self.tr("Delete “{name}” from the evidence store? This cannot be undone.").format(name=item.original_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        confirmed = answer == QMessageBox.StandardButton.Yes
        if confirmed:
            self._run(lambda: evidence.purge_evidence(self._store, item.id, reason, confirmed=True))

    def delete_selected_citation(self) -> None:
        item = self.citations.currentItem()
        if item is not None:
            self._run(lambda: evidence.delete_citation(self._store, item.data(Qt.ItemDataRole.UserRole)))

    def _run(self, action: Callable[[], object], keep: int | None = None) -> None:
        try:
            action()
        except WorkbenchError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("EvidencePanel", "Not changed"), error_text(exc))
        self.reload()
        if keep is not None:
            self.select_evidence(keep)
        self.changed.emit()

    def citations_shown(self) -> list[Citation]:
        return evidence.list_citations(self._store, self._case_id) if self._case_id is not None else []
