"""The insurer's reasoning taken apart: the notice with its passages highlighted,
the points, and for the chosen point our answer, its basis, evidence and hints."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextListFormat, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMessageBox, QPlainTextEdit, QScrollArea, QSplitter, QTextEdit, QVBoxLayout, QWidget,
)

from ui.analysis_commands import AddPointCommand, DeletePointCommand, EditPointCommand, MovePointCommand
from ui.dialog_parts import accept_cancel, tool_button
from ui.fields import CodeCombo, OptionalDateEdit
from ui.words import code_label, error_text, health_text, point_as_shown
from workbench.domain.analysis import Assessment, Category, Point, PointStatus
from workbench.errors import WorkbenchError
from workbench.services import analysis, evidence
from workbench.services.hints import case_hints
from workbench.services.store import Store

HIGHLIGHT = QColor(255, 236, 153)
CURRENT = QColor(255, 200, 80)


class NoticeDialog(QDialog):
    def __init__(self, text: str, issued_on, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setWindowTitle(self.tr("The insurer's notice"))
        self.text = QPlainTextEdit(text)
        self.issued = OptionalDateEdit()
        self.issued.set_value(issued_on)
        form = QFormLayout()
        form.addRow(self.tr("Date of the notice"), self.issued)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Paste or type the notice as the insurer wrote it:")))
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(accept_cancel(self))
        self.resize(640, 480)


class ProvisionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to the legal basis library"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. an insurer's published claims guideline"))
        self.article = QLineEdit()
        self.title = QLineEdit()
        self.text = QPlainTextEdit()
        form = QFormLayout()
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Article or section"), self.article)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(accept_cancel(self))


class AnalysisPanel(QWidget):
    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._case_id: int | None = None
        self._points: list[Point] = []
        self._loading = False
        self.undo_stack = QUndoStack(self)

        button = tool_button
        # the notice
        self.notice_view = QTextEdit()
        self.notice_view.setReadOnly(True)
        self.notice_view.selectionChanged.connect(self._update_buttons)
        self.notice_info = QLabel()
        self.notice_info.setStyleSheet("color: #666")
        self.edit_notice_button = button(self.tr("Enter notice…"), self.edit_notice, "edit_notice")
        self.from_document_button = button(self.tr("From a document…"), self.notice_from_document, "notice_from_doc")
        self.make_point_button = button(self.tr("Make a point of the selection"), self.point_from_selection,
                                        "point_from_selection")
        notice_box = QGroupBox(self.tr("The insurer's notice"))
        nl = QVBoxLayout(notice_box)
        row = QHBoxLayout()
        for w in (self.edit_notice_button, self.from_document_button):
            row.addWidget(w)
        row.addStretch(1)
        nl.addLayout(row)
        nl.addWidget(self.notice_view)
        nl.addWidget(self.notice_info)
        nl.addWidget(self.make_point_button)

        # the points
        self.point_list = QListWidget()
        self.point_list.currentRowChanged.connect(self._show_point)
        self.add_button = button(self.tr("Add by hand…"), self.add_by_hand, "add_point")
        self.up_button = button("▲", lambda: self.move(-1), "point_up")
        self.down_button = button("▼", lambda: self.move(1), "point_down")
        self.merge_button = button(self.tr("Merge with next"), self.merge_with_next, "merge_points")
        self.split_button = button(self.tr("Split at cursor"), self.split_at_cursor, "split_point")
        self.delete_button = button(self.tr("Delete"), self.delete_point, "delete_point")
        self.matrix_button = button(self.tr("Matrix…"), self.show_matrix, "matrix")
        self.outlook = QLabel()
        self.outlook.setWordWrap(True)
        points_box = QGroupBox(self.tr("Points"))
        pl = QVBoxLayout(points_box)
        pl.addWidget(self.point_list)
        r1, r2 = QHBoxLayout(), QHBoxLayout()
        for w in (self.add_button, self.up_button, self.down_button):
            r1.addWidget(w)
        r1.addStretch(1)
        for w in (self.merge_button, self.split_button, self.delete_button):
            r2.addWidget(w)
        r2.addStretch(1)
        pl.addLayout(r1)
        pl.addLayout(r2)
        pl.addWidget(self.matrix_button)
        pl.addWidget(self.outlook)

        # the point's details
        self.quote = QPlainTextEdit()
        self.quote.setMaximumHeight(70)
        self.category = CodeCombo(Category)
        self.clause_number = QLineEdit()
        self.clause_text = QLineEdit()
        self.rebuttal = QTextEdit()
        self.rebuttal.setAcceptRichText(True)
        fmt_row = QHBoxLayout()
        for text, slot, name in ((self.tr("Bold"), self._bold, "bold"), (self.tr("Italic"), self._italic, "italic"),
                                 (self.tr("List"), self._list, "list")):
            fmt_row.addWidget(button(text, slot, name))
        fmt_row.addStretch(1)
        self.basis = QListWidget()
        self.basis.setMaximumHeight(110)
        self.add_basis_button = button(self.tr("Add to the library…"), self.add_provision, "add_provision")
        self.support = QListWidget()
        self.support.setMaximumHeight(90)
        self.assessment = CodeCombo(Assessment)
        self.status = CodeCombo(PointStatus)
        self.unexplained = QCheckBox(self.tr("The client says this clause was never pointed out or explained"))
        self.ambiguous = QCheckBox(self.tr("The clause can be read more than one way"))
        self.explain = QLineEdit()
        self.explain.setPlaceholderText(self.tr("If the insurer is right: what to tell the client"))
        self.hints = QLabel()
        self.hints.setWordWrap(True)
        self.hints.setStyleSheet("background: #eef6ee; padding: 6px")
        self.apply_button = button(self.tr("Apply changes"), self.apply, "apply_point")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        detail = QGroupBox(self.tr("The point"))
        form = QFormLayout(detail)
        form.addRow(self.tr("Insurer's argument"), self.quote)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Clause no."), self.clause_number)
        form.addRow(self.tr("Clause text"), self.clause_text)
        form.addRow(self.tr("Our rebuttal"), self.rebuttal)
        form.addRow("", _wrap(fmt_row))
        form.addRow(self.tr("Legal basis"), self.basis)
        form.addRow("", self.add_basis_button)
        form.addRow(self.tr("Supporting evidence"), self.support)
        form.addRow(self.tr("Assessment"), self.assessment)
        form.addRow(self.tr("Status"), self.status)
        form.addRow("", self.unexplained)
        form.addRow("", self.ambiguous)
        form.addRow(self.tr("Explain to client"), self.explain)
        form.addRow(self.tr("Hints"), self.hints)
        form.addRow(self.error)
        form.addRow("", self.apply_button)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(notice_box)
        left.addWidget(points_box)
        left.setSizes([380, 320])
        # The point's form is long: it scrolls, so the window still fits a 1366×768 screen.
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        detail_scroll.setWidget(detail)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(detail_scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([320, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._update_buttons()

    # --- loading -------------------------------------------------------------
    def show_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        self.undo_stack.clear()
        self.reload()

    def reload(self, select: int | None = None) -> None:
        if self._case_id is None:
            self._points = []
            self.point_list.clear()
            self.notice_view.clear()
            return
        keep = select if select is not None else (self.current().id if self.current() else None)
        self._notice = analysis.get_notice(self._store, self._case_id)
        self._points = [point_as_shown(p) for p in analysis.list_points(self._store, self._case_id)]
        self._hints = case_hints(self._store, self._case_id)
        self._citations = evidence.list_citations(self._store, self._case_id)
        self._provisions = analysis.provisions(self._store)
        self.notice_view.setPlainText(health_text(self._notice.text))  # an auditor reads no health information
        doc_note = self.tr("from a document") if self._notice.evidence_id else ""
        self.notice_info.setText(self.tr("Notice dated {date} {source}").format(
            date=self._notice.issued_on or "—", source=doc_note) if self._notice.text else
            self.tr("No notice yet: enter it, or take it from the insurer's letter among the evidence."))
        self._loading = True
        self.point_list.clear()
        for p in self._points:
            mark = "" if p.has_evidence else " ⚠"
            item = QListWidgetItem(f"{p.position}. {p.quote[:40]}{mark}")
            item.setToolTip(p.quote if p.has_evidence else self.tr("No supporting evidence yet"))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.point_list.addItem(item)
        self._loading = False
        row = next((i for i, p in enumerate(self._points) if p.id == keep), 0 if self._points else -1)
        self.point_list.setCurrentRow(row)
        self._show_point(row)
        self._show_outlook()
        self.changed.emit()

    def current(self) -> Point | None:
        row = self.point_list.currentRow()
        return self._points[row] if 0 <= row < len(self._points) else None

    def _highlight(self, current: Point | None) -> None:
        selections = []
        # An anchor points into the notice as stored; a hidden notice (an auditor) has no such place.
        end = self.notice_view.document().characterCount() - 1
        placed = [p for p in self._points if p.anchor is not None and p.anchor[1] <= end]
        for p in placed:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.notice_view.document())
            cursor.setPosition(p.anchor[0])
            cursor.setPosition(p.anchor[1], QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT if current and p.id == current.id else HIGHLIGHT)
            sel.format = fmt
            selections.append(sel)
        self.notice_view.setExtraSelections(selections)
        if current is not None and current in placed:
            cursor = QTextCursor(self.notice_view.document())
            cursor.setPosition(current.anchor[0])
            self.notice_view.setTextCursor(cursor)
            self.notice_view.ensureCursorVisible()

    def _show_point(self, row: int) -> None:
        if self._loading:
            return
        p = self._points[row] if 0 <= row < len(self._points) else None
        self._highlight(p)
        for w in (self.quote, self.category, self.clause_number, self.clause_text, self.rebuttal, self.basis,
                  self.support, self.assessment, self.status, self.unexplained, self.ambiguous, self.explain,
                  self.apply_button):
            w.setEnabled(p is not None and self.writable)
        self.error.clear()
        if p is None:
            self.hints.clear()
            self._update_buttons()
            return
        self.quote.setPlainText(p.quote)
        self.category.set_code(p.category)
        self.clause_number.setText(p.clause_number)
        self.clause_text.setText(p.clause_text)
        self.rebuttal.setHtml(p.rebuttal_html)
        self.basis.clear()
        for prov in self._provisions:
            item = QListWidgetItem(f"{prov.short()} {prov.title_zh if _chinese() or not prov.title_en else prov.title_en}")
            item.setData(Qt.ItemDataRole.UserRole, prov.code)
            item.setToolTip(prov.text_zh if _chinese() else prov.text_en)
            item.setCheckState(Qt.CheckState.Checked if prov.code in p.provisions else Qt.CheckState.Unchecked)
            self.basis.addItem(item)
        self.support.clear()
        for c in self._citations:
            item = QListWidgetItem(f"{c.label()} {c.note}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setCheckState(Qt.CheckState.Checked if c.id in p.citation_ids else Qt.CheckState.Unchecked)
            self.support.addItem(item)
        self.assessment.set_code(p.assessment)
        self.status.set_code(p.status)
        self.unexplained.setChecked(p.client_says_unexplained)
        self.ambiguous.setChecked(p.clause_ambiguous)
        self.explain.setText(p.explain_to_client)
        mine = [h for h in self._hints if h.point_id in (p.id, None)]
        self.hints.setText("\n".join("→ " + (h.message_zh if _chinese() else h.message_en) for h in mine)
                           or self.tr("No hints for this point."))
        self._update_buttons()

    def _show_outlook(self) -> None:
        likely = analysis.likely_outcome(self._points)
        from workbench.domain.enums import Outcome

        text = self.tr("Likely outcome: {outcome}").format(
            outcome=code_label(Outcome(likely)) if likely else "—")
        unsupported = analysis.points_without_evidence(self._points)
        if unsupported:
            text += "\n" + self.tr("{n} point(s) without supporting evidence: a letter will not call them enclosed.") \
                .format(n=len(unsupported))
        notes = [p.explain_to_client for p in self._points if p.explain_to_client]
        if notes:
            text += "\n" + self.tr("To explain to the client:") + "\n" + "\n".join(f"· {n}" for n in notes)
        self.outlook.setText(text)

    writable = True  # False for a role that reads only, or a closed case (CaseView.set_rights)

    def set_writable(self, writable: bool) -> None:
        self.writable = writable
        self._show_point(self.point_list.currentRow())

    def _update_buttons(self) -> None:
        has_case = self._case_id is not None and self.writable
        p = self.current() if self.writable else None
        row = self.point_list.currentRow()
        self.edit_notice_button.setEnabled(has_case)
        self.from_document_button.setEnabled(has_case)
        self.make_point_button.setEnabled(has_case and self.notice_view.textCursor().hasSelection())
        self.add_button.setEnabled(has_case)
        self.add_basis_button.setEnabled(has_case)  # the library is shared data: the same roles as a case
        for b in (self.delete_button, self.split_button):
            b.setEnabled(p is not None)
        self.up_button.setEnabled(p is not None and row > 0)
        self.down_button.setEnabled(p is not None and row < len(self._points) - 1)
        self.merge_button.setEnabled(p is not None and row < len(self._points) - 1)
        self.matrix_button.setEnabled(bool(self._points))

    # --- the notice ----------------------------------------------------------
    def edit_notice(self) -> None:
        notice = analysis.get_notice(self._store, self._case_id)  # type: ignore[arg-type]
        dialog = NoticeDialog(notice.text, notice.issued_on, self)
        if dialog.exec():
            self._run(lambda: analysis.set_notice(self._store, self._case_id, dialog.text.toPlainText(),
                                                  dialog.issued.value(), notice.evidence_id))
        dialog.deleteLater()

    def notice_from_document(self) -> None:
        items = [e for e in evidence.list_evidence(self._store, self._case_id) if e.is_pdf or e.is_text]  # type: ignore[arg-type]
        if not items:
            QMessageBox.information(self, self.tr("From a document"), self.tr("No PDF or text document is attached yet."))
            return
        encl = self.tr("Encl. {no}")
        names = [encl.format(no=e.enclosure_no) + " " + e.original_name for e in items]
        choice, ok = QInputDialog.getItem(self, self.tr("From a document"), self.tr("Which document is the notice?"),
                                          names, 0, False)
        if ok:
            chosen = items[names.index(choice)]
            self._run(lambda: analysis.notice_from_evidence(self._store, self._case_id, chosen.id, chosen.doc_date))

    # --- points --------------------------------------------------------------
    def _after(self, point_id: int | None) -> None:
        self.reload(select=point_id)

    def point_from_selection(self) -> None:
        cursor = self.notice_view.textCursor()
        if not cursor.hasSelection():
            return
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        quote = self._notice.text[start:end]
        self._push(AddPointCommand(self._store, self._case_id, quote, (start, end),  # type: ignore[arg-type]
                                   self.tr("New point"), self._after))

    def add_by_hand(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, self.tr("New point"), self.tr("The insurer's argument:"))
        if ok and text.strip():
            self._push(AddPointCommand(self._store, self._case_id, text, None, self.tr("New point"), self._after))  # type: ignore[arg-type]

    def delete_point(self) -> None:
        p = self.current()
        if p is not None:
            self._push(DeletePointCommand(self._store, p.id, self.tr("Delete point {n}").format(n=p.position),
                                          self._after))

    def move(self, delta: int) -> None:
        p = self.current()
        if p is not None:
            self._push(MovePointCommand(self._store, p.id, delta, self.tr("Move point {n}").format(n=p.position),
                                        self._after))

    def merge_with_next(self) -> None:
        row = self.point_list.currentRow()
        if 0 <= row < len(self._points) - 1:
            a, b = self._points[row], self._points[row + 1]
            self._run(lambda: analysis.merge_points(self._store, [a.id, b.id]), keep=a.id)
            self.undo_stack.clear()  # merging is not undone step by step; the history starts again here

    def split_at_cursor(self) -> None:
        p = self.current()
        if p is not None:
            at = self.quote.textCursor().position()
            self._run(lambda: analysis.split_point(self._store, p.id, at), keep=p.id)
            self.undo_stack.clear()

    def edited_values(self) -> dict[str, Any]:
        """What the form says now, for the fields that differ from the stored point."""
        p = self.current()
        if p is None:
            return {}
        now = {
            "quote": self.quote.toPlainText().strip(), "category": self.category.code(),
            "clause_number": self.clause_number.text().strip(), "clause_text": self.clause_text.text().strip(),
            "rebuttal_html": self.rebuttal.toHtml() if self.rebuttal.toPlainText().strip() else "",
            "provisions": tuple(self.basis.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.basis.count())
                                if self.basis.item(i).checkState() == Qt.CheckState.Checked),
            "citation_ids": tuple(self.support.item(i).data(Qt.ItemDataRole.UserRole)
                                  for i in range(self.support.count())
                                  if self.support.item(i).checkState() == Qt.CheckState.Checked),
            "assessment": self.assessment.code(), "status": self.status.code(),
            "client_says_unexplained": self.unexplained.isChecked(), "clause_ambiguous": self.ambiguous.isChecked(),
            "explain_to_client": self.explain.text().strip(),
        }
        changed = {k: v for k, v in now.items() if v != getattr(p, k)}
        if "rebuttal_html" in changed and _same_text(changed["rebuttal_html"], p.rebuttal_html):
            del changed["rebuttal_html"]
        return changed

    def apply(self) -> None:
        p = self.current()
        changes = self.edited_values()
        if p is None or not changes:
            return
        self._push(EditPointCommand(self._store, p, changes, self.tr("Edit point {n}").format(n=p.position),
                                    self._after))

    def _push(self, command: Any) -> None:
        try:
            self.undo_stack.push(command)
        except WorkbenchError as exc:
            self.error.setText(error_text(exc))
            self.undo_stack.setIndex(self.undo_stack.index())  # nothing was done

    def _run(self, action: Callable[[], Any], keep: int | None = None) -> None:
        try:
            action()
        except WorkbenchError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("AnalysisPanel", "Not changed"), error_text(exc))
        self.reload(select=keep)

    def add_provision(self) -> None:
        """A firm-specific entry (an insurer's published claims guideline...)."""
        dialog = ProvisionDialog(self)
        if dialog.exec():
            self._run(lambda: analysis.add_provision(self._store, dialog.source.text(), dialog.article.text(),
                                                     dialog.title.text(), dialog.text.toPlainText()),
                      keep=self.current().id if self.current() else None)
        dialog.deleteLater()

    # --- rich text -----------------------------------------------------------
    def _bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.rebuttal.fontWeight() != QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.rebuttal.mergeCurrentCharFormat(fmt)

    def _italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.rebuttal.fontItalic())
        self.rebuttal.mergeCurrentCharFormat(fmt)

    def _list(self) -> None:
        self.rebuttal.textCursor().createList(QTextListFormat.Style.ListDisc)

    def show_matrix(self) -> None:
        from ui.matrix_dialog import MatrixDialog

        dialog = MatrixDialog(self._store, self._case_id, self)  # type: ignore[arg-type]
        dialog.exec()
        dialog.deleteLater()


def _same_text(html_a: str, html_b: str) -> bool:
    from workbench.domain.letter_markup import plain_text

    return plain_text(html_a) == plain_text(html_b)


def _chinese() -> bool:
    from PySide6.QtCore import QLocale

    return QLocale().language() == QLocale.Language.Chinese


def _wrap(layout) -> QWidget:  # type: ignore[no-untyped-def]
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w
