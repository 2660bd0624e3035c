"""The letter dialog: compose, leave a point out, edit a section, preview, save and issue."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pypdf import PdfReader

from tests.test_letters import _case_with_points
from ui.letter_dialog import LetterDialog
from workbench.services import letter_issue, rounds
from workbench.services.store import Store


def _pdf_text(data: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(BytesIO(data)).pages)


def test_compose_edit_preview_and_issue(qtbot, store: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case, (a, b, c), _items = _case_with_points(store, tmp_path)
    dialog = LetterDialog(store, case.id)
    qtbot.addWidget(dialog)
    assert dialog.points.count() == 3 and dialog.document.pageCount() >= 1
    assert "(no evidence)" in dialog.points.item(2).text()  # the waiting-period point cites nothing
    # Leave the exclusion-clause point out and reword the remedy, as a specialist would.
    dialog.points.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.editors["remedy"].selectAll()
    dialog.editors["remedy"].insertPlainText("请求贵司全额给付保险金。")
    qtbot.waitUntil(lambda: "全额给付" in _pdf_text(dialog.pdf), timeout=5000)
    text = _pdf_text(dialog.pdf)
    assert "责任免除条款适用" not in text and "保险条款（投保时版本）" not in text and "未如实告知甲状腺结节" in text
    saved = dialog.save_draft(tmp_path / "draft.pdf")
    assert "全额给付" in _pdf_text(saved.read_bytes())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with store.acting_as("王芳"):
        dialog.issue()
    (issued,) = letter_issue.list_issued(store, case.id)
    assert issued.issued_by == "王芳" and dialog.issued.topLevelItemCount() == 1
    assert "全额给付" in _pdf_text(letter_issue.issued_pdf(store, issued.id))
    assert rounds.list_rounds(store, case.id)[-1].summary.startswith("理赔复议申请书")
    dialog.save_issued(issued.id, tmp_path / "copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == letter_issue.issued_pdf(store, issued.id)


def test_english_letter_and_bold_text(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case, _points, _items = _case_with_points(store, tmp_path)
    dialog = LetterDialog(store, case.id)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(1)
    assert "Request for Reconsideration" in _pdf_text(dialog.pdf)
    editor = dialog.editors["closing"]
    editor.setHtml("<p>Please reply <b>within thirty days</b>.</p>")
    letter = dialog.current_letter()
    assert "<b>within thirty days</b>" in letter.sections["closing"] or "font-weight" in letter.sections["closing"]
    dialog.refresh_preview()
    assert "Please reply within thirty days." in _pdf_text(dialog.pdf)
    dialog.dirty = False  # the reworded closing is not the point of this test


def test_closing_with_edits_asks_first(qtbot, store: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case, _points, _items = _case_with_points(store, tmp_path)
    dialog = LetterDialog(store, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing edited: closes without a question
    assert not dialog.isVisible()
    dialog.show()
    dialog.points.item(0).setCheckState(Qt.CheckState.Unchecked)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    dialog.reject()
    assert dialog.isVisible() and dialog.points.item(0).checkState() == Qt.CheckState.Unchecked
    dialog.reject()
    assert not dialog.isVisible() and answers == []


def test_printing_paints_every_page(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing import paint_pages

    case, _points, _items = _case_with_points(store, tmp_path)
    dialog = LetterDialog(store, case.id)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint_pages(printer, dialog.document)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.document.pageCount() >= 2


def test_save_with_enclosures_in_the_background(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case, _points, _items = _case_with_points(store, tmp_path)
    dialog = LetterDialog(store, case.id)
    qtbot.addWidget(dialog)
    alone = len(PdfReader(BytesIO(dialog.pdf)).pages)
    dialog.with_enclosures.setChecked(True)
    saved = dialog.save_draft(tmp_path / "with.pdf")
    pages = [p.extract_text() for p in PdfReader(saved).pages]
    assert len(pages) == alone + 3 and "附件1（第1页，共2页）" in pages[alone]


def test_issue_asks_who_approved_when_required(qtbot, store: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from workbench.services import parties

    case, _points, _items = _case_with_points(store, tmp_path)
    parties.create_staff(store, "陈组长", title="组长")
    parties.create_staff(store, "王芳")
    letter_issue.set_approval_required(store, True)
    dialog = LetterDialog(store, case.id)
    qtbot.addWidget(dialog)
    offered: list[list[str]] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, names, *a: (offered.append(names), ("陈组长", True))[1])
    with store.acting_as("王芳"):
        dialog.issue()
    assert offered == [["陈组长"]]  # the issuer cannot approve their own letter
    (issued,) = letter_issue.list_issued(store, case.id)
    assert issued.approved_by == "陈组长" and dialog.issued.topLevelItem(0).text(3) == "陈组长"


def test_a_broken_template_copy_warns_and_falls_back(qtbot, store: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices

    from workbench.paths import app_paths

    case, _points, _items = _case_with_points(store, tmp_path)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dialog = LetterDialog(store, case.id)
    qtbot.addWidget(dialog)
    dialog.edit_templates()
    assert opened == [str(app_paths().config_dir / "letter_templates.json")]
    (app_paths().config_dir / "letter_templates.json").write_text("[]", encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    dialog.compose()
    assert warned and "letter_templates.json" in warned[0] and "理赔复议申请书" in _pdf_text(dialog.pdf)
