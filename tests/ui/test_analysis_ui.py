"""Taking the insurer's reasoning apart in the window: select, point, link, status, undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QToolButton

from tests.conftest import new_case
from tests.test_evidence import make_pdf
from ui.analysis_panel import AnalysisPanel
from workbench.domain.analysis import Category, PointStatus
from workbench.domain.evidence import EvidenceMeta
from workbench.services import analysis, evidence
from workbench.services.store import Store

NOTICE = "经审核，我司决定不予赔付。理由：被保险人投保前已患甲状腺结节，投保时未如实告知。"


def panel_with_notice(qtbot, store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    case = new_case(store)
    analysis.set_notice(store, case.id, NOTICE, date(2026, 10, 9))
    pdf = make_pdf(tmp_path / "投保单.pdf", ["健康告知：未询问甲状腺"])
    (item,) = evidence.attach_files(store, case.id, [pdf], EvidenceMeta("health_questionnaire")).added
    evidence.add_citation(store, item.id, 1, "问卷未询问甲状腺")
    panel = AnalysisPanel(store)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_case(case.id)
    return panel, case


def select(panel: AnalysisPanel, text: str) -> None:
    start = NOTICE.index(text)
    cursor = panel.notice_view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    panel.notice_view.setTextCursor(cursor)


def test_point_from_selection_link_evidence_status_and_undo(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel, case = panel_with_notice(qtbot, store, tmp_path)
    quote = "被保险人投保前已患甲状腺结节，投保时未如实告知"
    select(panel, quote)
    assert panel.make_point_button.isEnabled()
    qtbot.mouseClick(panel.make_point_button, Qt.MouseButton.LeftButton)
    (point,) = analysis.list_points(store, case.id)
    assert point.quote == quote and NOTICE[slice(*point.anchor)] == quote
    assert len(panel.notice_view.extraSelections()) == 1  # the passage stays highlighted

    panel.support.item(0).setCheckState(Qt.CheckState.Checked)
    panel.status.set_code(PointStatus.MAINTAINED)
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    saved = analysis.get_point(store, point.id)
    assert saved.status is PointStatus.MAINTAINED and saved.has_evidence

    panel.undo_stack.undo()
    back = analysis.get_point(store, point.id)
    assert back.status is PointStatus.OPEN and not back.has_evidence
    panel.undo_stack.redo()
    assert analysis.get_point(store, point.id).status is PointStatus.MAINTAINED
    panel.undo_stack.undo()
    panel.undo_stack.undo()  # the point itself goes
    assert analysis.list_points(store, case.id) == []
    panel.undo_stack.redo()
    assert [p.id for p in analysis.list_points(store, case.id)] == [point.id]


def test_clicking_a_point_shows_its_passage(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel, case = panel_with_notice(qtbot, store, tmp_path)
    for text in ("我司决定不予赔付", "投保时未如实告知"):
        start = NOTICE.index(text)
        analysis.add_point(store, case.id, text, (start, start + len(text)))
    panel.reload()
    panel.point_list.setCurrentRow(1)
    assert panel.notice_view.textCursor().position() == NOTICE.index("投保时未如实告知")
    assert panel.quote.toPlainText() == "投保时未如实告知"


def test_hints_and_outlook(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel, case = panel_with_notice(qtbot, store, tmp_path)
    p = analysis.add_point(store, case.id, "根据条款第十条责任免除约定")
    panel.reload()
    panel.category.set_code(Category.EXCLUSION)
    panel.unexplained.setChecked(True)
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert "Art. 17" in panel.hints.text() or "第十七条" in panel.hints.text()
    assert "without supporting evidence" in panel.outlook.text()
    assert analysis.get_point(store, p.id).client_says_unexplained


def test_matrix_dialog_saves_a_pdf_with_every_point(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from ui.matrix_dialog import MatrixDialog

    panel, case = panel_with_notice(qtbot, store, tmp_path)
    for text in ("我司决定不予赔付", "投保时未如实告知"):
        analysis.add_point(store, case.id, text)
    dialog = MatrixDialog(store, case.id)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    out = dialog.save_pdf(tmp_path / "m.pdf")
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "我司决定不予赔付" in text and "投保时未如实告知" in text
    assert panel.findChild(QToolButton, "matrix") is not None
