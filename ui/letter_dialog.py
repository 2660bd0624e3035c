"""Compose, preview, print and issue the reconsideration letter of a case.

The preview is the real PDF (the same bytes that would be saved or issued), shown with
QtPdf and refreshed shortly after each edit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem, QMessageBox,
    QPushButton, QSplitter, QTabWidget, QTextEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ui.dialog_parts import resize_within_screen
from ui.words import error_text, when_text
from ui import file_dialogs
from workbench.domain.letter import Letter
from workbench.errors import WorkbenchError
from workbench.pdf_fonts import register_cjk_font
from workbench.services import letter_issue, letters
from workbench.services.letter_pdf import render_letter
from workbench.services.store import Store

PREVIEW_DELAY_MS = 400


class LetterDialog(QDialog):
    def __init__(self, store: Store, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._case_id = store, case_id
        from workbench.services import cases

        self._may_issue = cases.rights(store, cases.get_case(store, case_id)).edit
        self.language = QComboBox()
        self.language.addItem(self.tr("Chinese"), "zh")
        self.language.addItem(self.tr("English"), "en")
        self.points = QListWidget()
        self.points.itemChanged.connect(lambda _i: self._points_changed())
        self.editors: dict[str, QTextEdit] = {}
        sections = QTabWidget()
        for key, title in (("opening", self.tr("Opening")), ("facts", self.tr("Facts")),
                           ("decision", self.tr("Decision")), ("remedy", self.tr("Remedy")),
                           ("closing", self.tr("Closing"))):
            edit = QTextEdit()
            edit.setAcceptRichText(True)
            edit.textChanged.connect(self._edited)
            self.editors[key] = edit
            sections.addTab(edit, title)
        self.issued = QTreeWidget()
        self.issued.setHeaderLabels([self.tr("Version"), self.tr("Issued"), self.tr("By"), self.tr("Approved by"),
                                     self.tr("SHA-256")])
        self.issued.setRootIsDecorated(False)
        self.with_enclosures = QCheckBox(self.tr("Append the cited enclosures (one printable PDF)"))
        self.font_note = QLabel()
        self.font_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Letter language"), self.language)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addLayout(form)
        lv.addWidget(QLabel(self.tr("Points in the letter (untick to leave one out)")))
        lv.addWidget(self.points, 1)
        lv.addWidget(QLabel(self.tr("Sections")))
        lv.addWidget(sections, 2)
        lv.addWidget(QLabel(self.tr("Issued versions")))
        lv.addWidget(self.issued, 1)
        lv.addWidget(self.with_enclosures)
        lv.addWidget(self.font_note)

        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer: QBuffer | None = None

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setStretchFactor(1, 1)
        split.setSizes([430, 850])
        self.save_button = QPushButton(self.tr("Save draft PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.issue_button = QPushButton(self.tr("Issue…"))
        self.copy_button = QPushButton(self.tr("Save issued copy…"))
        self.save_button.clicked.connect(self.save_draft_dialog)
        self.print_button.clicked.connect(self.print_letter)
        self.issue_button.clicked.connect(self.issue)
        self.copy_button.clicked.connect(self.save_issued_dialog)
        self.templates_button = QPushButton(self.tr("Edit templates…"))
        self.templates_button.setToolTip(self.tr("Opens the team's copy of the letter templates; "
                                                 "changes apply to letters composed afterwards."))
        self.templates_button.clicked.connect(self.edit_templates)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.templates_button)
        buttons.addStretch(1)
        for b in (self.save_button, self.print_button, self.issue_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.language.currentIndexChanged.connect(lambda _i: self.compose())
        resize_within_screen(self, 1280, 820)
        self.letter: Letter | None = None
        self.pdf = b""
        self.dirty = False
        self.compose()
        self._list_issued()

    # --- the letter ------------------------------------------------------
    def compose(self) -> None:
        from workbench.paths import app_paths

        try:
            templates = letters.load_templates(letters.templates_path(app_paths().config_dir))
        except WorkbenchError as exc:
            # A broken team copy must not block the letter: say so and use the shipped wording.
            QMessageBox.warning(self, self.tr("Letter templates"), error_text(exc))
            templates = letters.load_templates()
        self.letter = letters.compose(self._store, self._case_id, self.language.currentData(), templates=templates)
        self.setWindowTitle(self.tr("Letter — {number}").format(number=self.letter.case_number))
        self.points.blockSignals(True)
        self.points.clear()
        for p in self.letter.points:
            item = QListWidgetItem(p.quote if p.evidence else self.tr("{quote} (no evidence)").format(quote=p.quote))
            item.setData(Qt.ItemDataRole.UserRole, p.point_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.included else Qt.CheckState.Unchecked)
            self.points.addItem(item)
        self.points.blockSignals(False)
        for key, edit in self.editors.items():
            edit.blockSignals(True)
            edit.setPlainText(self.letter.sections[key])
            edit.blockSignals(False)
        _name, embedded = register_cjk_font()
        self.font_note.setText("" if embedded else self.tr(
            "No Chinese font that can be embedded was found: drafts only, marked DRAFT."))
        self.issue_button.setEnabled(embedded and self._may_issue)
        self.dirty = False
        self.refresh_preview()

    def current_letter(self) -> Letter:
        assert self.letter is not None
        letter = self.letter
        for key, edit in self.editors.items():
            letter = letter.with_section(key, edit.toHtml() if _has_formatting(edit) else edit.toPlainText())
        for row in range(self.points.count()):
            item = self.points.item(row)
            letter = letter.with_point(item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)
        return letter

    def _points_changed(self) -> None:
        self._edited()

    def _edited(self) -> None:
        self.dirty = True
        self._schedule()

    def reject(self) -> None:
        """Closing would lose the rewording (only issued letters are kept): ask first."""
        if self.dirty:
            answer = QMessageBox.question(
                self, self.tr("Close the letter"),
                self.tr("Your changes to this letter are not saved anywhere until it is issued or saved as a PDF. "
                        "Close and discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def _schedule(self) -> None:
        self._timer.start()

    def refresh_preview(self) -> None:
        _name, embedded = register_cjk_font()
        self.pdf = render_letter(self.current_letter(), draft=not embedded)
        page = self.preview.pageNavigator().currentPage() if self.document.pageCount() else 0
        buffer = self._load(self.document, self.pdf)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        if page and page < self.document.pageCount():
            self.preview.pageNavigator().jump(page, self.preview.pageNavigator().currentLocation())

    def _load(self, document: QPdfDocument, data: bytes) -> QBuffer:
        """QPdfDocument reads from the device lazily: the caller keeps the buffer as long as the document."""
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        return buffer

    # --- output ----------------------------------------------------------
    def save_draft_dialog(self) -> None:
        name = file_dialogs.save_file(self, self.tr("Save the letter"), f"{self.letter.case_number}-letter.pdf",
                                      self.tr("PDF files (*.pdf)"))
        if name:
            self.save_draft(name)

    def output(self, letter: Letter, pdf: bytes) -> bytes | None:
        """The letter alone, or with its enclosures appended (off the UI thread, cancellable)."""
        if not self.with_enclosures.isChecked() or not letter.enclosures:
            return pdf
        from ui.tasks import run_with_progress
        from workbench.services.letter_enclosures import letter_with_enclosures

        return run_with_progress(self, self.tr("Appending {n} enclosure(s)…").format(n=len(letter.enclosures)),
                                 lambda progress: letter_with_enclosures(self._store, letter, pdf, progress))

    def save_draft(self, path: Path) -> Path | None:
        from workbench.services.report_pdf import write_pdf

        self._timer.stop()
        self.refresh_preview()
        data = self.output(self.current_letter(), self.pdf)
        if data is None:
            return None
        write_pdf(path, data)
        self.dirty = False
        return path

    def print_letter(self) -> None:
        from ui.printing import print_pdf

        self._timer.stop()
        self.refresh_preview()
        data = self.output(self.current_letter(), self.pdf)
        if data is None:
            return
        if data is self.pdf:
            print_pdf(self, self.document)
            return
        document = QPdfDocument(self)
        buffer = self._load(document, data)
        print_pdf(self, document)
        document.deleteLater()
        buffer.deleteLater()

    def issue(self) -> None:
        answer = QMessageBox.question(self, self.tr("Issue the letter"), self.tr(
            "Issue this letter? It will be kept exactly as it is now as the next version, and logged as a "
            "round with the insurer. It cannot be changed afterwards."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        approver = ""
        if letter_issue.approval_required(self._store):
            from workbench.services import case_list

            names = [name for _id, name in case_list.staff_choices(self._store) if name != self._store.actor]
            approver, ok = QInputDialog.getItem(self, self.tr("Approval"), self.tr(
                "Letters need a team lead's approval. Who approved this one?"), names, 0, False)
            if not ok:
                return
        self.issue_now(approver)

    def issue_now(self, approved_by: str = "") -> letter_issue.IssuedLetter | None:
        self._timer.stop()
        letter = self.current_letter()
        try:
            pdf = self.output(letter, render_letter(letter))
            if pdf is None:
                return None
            issued = letter_issue.issue_letter(self._store, letter, pdf,
                                               with_enclosures=self.with_enclosures.isChecked(),
                                               approved_by=approved_by)
        except WorkbenchError as exc:
            QMessageBox.warning(self, self.tr("Issue the letter"), error_text(exc))
            return None
        self._list_issued()
        self.dirty = False
        return issued

    def edit_templates(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from workbench.paths import app_paths

        path = letters.user_templates_copy(app_paths().config_dir)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _list_issued(self) -> None:
        self.issued.clear()
        for x in letter_issue.list_issued(self._store, self._case_id):
            item = QTreeWidgetItem(self.issued, [str(x.version), when_text(x.issued_at),
                                                 x.issued_by, x.approved_by, x.sha256[:16]])
            item.setData(0, Qt.ItemDataRole.UserRole, x.id)
            item.setToolTip(4, x.sha256)
        for column in range(4):  # the fingerprint takes what is left, its full value in the tooltip
            self.issued.resizeColumnToContents(column)
        self.copy_button.setEnabled(self.issued.topLevelItemCount() > 0)

    def save_issued_dialog(self) -> None:
        item = self.issued.currentItem() or self.issued.topLevelItem(self.issued.topLevelItemCount() - 1)
        if item is None:
            return
        name = file_dialogs.save_file(self, self.tr("Save the issued letter"),
                                      f"{self.letter.case_number}-v{item.text(0)}.pdf", self.tr("PDF files (*.pdf)"))
        if name:
            self.save_issued(item.data(0, Qt.ItemDataRole.UserRole), name)

    def save_issued(self, letter_id: int, path: Path) -> None:
        from workbench.services.report_pdf import write_pdf

        try:
            write_pdf(path, letter_issue.issued_pdf(self._store, letter_id))
        except WorkbenchError as exc:
            QMessageBox.warning(self, self.tr("Save the issued letter"), error_text(exc))


def _has_formatting(edit: QTextEdit) -> bool:
    """Plain text unless the user made something bold, italic or a list (keeps templates readable)."""
    html = edit.toHtml()
    return "font-weight:700" in html or "font-style:italic" in html or "<li" in html
