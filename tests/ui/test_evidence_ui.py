"""The evidence tab and viewer, driven as a person would."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QToolButton

from tests.conftest import new_case
from tests.test_evidence import PNG, make_pdf
from ui.evidence_model import COLUMNS, EvidenceTableModel
from ui.evidence_panel import EvidencePanel
from workbench.domain.evidence import EvidenceMeta
from workbench.services import checklist, evidence
from workbench.services.store import Store


def panel_for(qtbot, store: Store):  # type: ignore[no-untyped-def]
    case = new_case(store)
    panel = EvidencePanel(store, checklist.load_checklist(checklist.DEFAULT_CHECKLIST))
    panel.ask_for_details = False
    qtbot.addWidget(panel)
    panel.show()
    panel.show_case(case.id)
    return panel, case


def drop(panel: EvidencePanel, paths: list[Path]) -> None:
    """Enter, then drop, as the window system delivers them (Qt refuses synthetic drops
    through sendEvent when no drag is under way, so the handlers are called directly)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    panel.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    assert event.isAccepted()
    panel.wait_for_text()


def test_model_passes_qtmodeltester(qtmodeltester, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = new_case(store)
    ev_file = tmp_path / "a.txt"
    ev_file.write_text("内容", encoding="utf-8")
    evidence.attach_files(store, case.id, [ev_file], EvidenceMeta())
    model = EvidenceTableModel()
    items = evidence.list_evidence(store, case.id)
    model.set_items(items, evidence.quick_integrity(store, items), {})
    qtmodeltester.check(model)


def test_drop_files_and_a_folder(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel, case = panel_for(qtbot, store)
    folder = tmp_path / "扫描"
    folder.mkdir()
    (folder / "病历1.txt").write_text("门诊病历", encoding="utf-8")
    (folder / "病历2.txt").write_text("住院病历", encoding="utf-8")
    pdf = make_pdf(tmp_path / "拒赔通知书.pdf", ["经审核不予赔付"])
    drop(panel, [pdf, folder])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=10_000)
    names = [panel.model.item(r).original_name for r in range(3)]
    assert names == ["拒赔通知书.pdf", "病历1.txt", "病历2.txt"]
    assert panel.model.data(panel.model.index(0, 0)) == "Encl. 1"
    assert [e.original_name for e in evidence.list_evidence(store, case.id)] == names


def test_dropping_the_same_file_again_says_so(qtbot, store: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    panel, case = panel_for(qtbot, store)
    f = tmp_path / "发票.txt"
    f.write_text("发票", encoding="utf-8")
    drop(panel, [f])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    drop(panel, [f])
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "发票.txt is already enclosure 1" in told[0] and panel.model.rowCount() == 1


def test_checklist_and_remove_restore_reorder(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel, case = panel_for(qtbot, store)
    letter = tmp_path / "通知书.txt"
    letter.write_text("拒赔通知", encoding="utf-8")
    evidence.attach_files(store, case.id, [letter], EvidenceMeta("decision_letter"))
    other = tmp_path / "其他.txt"
    other.write_text("其他", encoding="utf-8")
    evidence.attach_files(store, case.id, [other], EvidenceMeta())
    panel.reload()
    lines = [panel.checklist_list.item(i).text() for i in range(panel.checklist_list.count())]
    assert any(line.startswith("✓") and "Encl. 1" in line for line in lines)
    assert any(line.startswith("✗") and "still missing" in line for line in lines)
    panel.select_evidence(evidence.list_evidence(store, case.id)[1].id)
    qtbot.mouseClick(panel.findChild(QToolButton, "move_up"), Qt.MouseButton.LeftButton)
    assert [e.original_name for e in evidence.list_evidence(store, case.id)] == ["其他.txt", "通知书.txt"]
    assert panel.selected().original_name == "其他.txt"
    qtbot.mouseClick(panel.findChild(QToolButton, "remove"), Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1
    panel.show_removed.setChecked(True)
    assert panel.model.rowCount() == 2
    row = next(r for r in range(2) if panel.model.item(r).removed_at is not None)
    panel.table.selectRow(row)
    assert panel.restore_button.isEnabled()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert len(evidence.list_evidence(store, case.id)) == 2


def test_paste_an_image_from_the_clipboard(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    panel, case = panel_for(qtbot, store)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.blue)
    QGuiApplication.clipboard().setImage(image)
    result = panel.paste_image()
    assert result is not None and result.added[0].content_type == "image/png"
    assert panel.model.rowCount() == 1


def test_viewer_opens_a_pdf_searches_and_cites(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel, case = panel_for(qtbot, store)
    pdf = make_pdf(tmp_path / "条款.pdf", ["第一条 合同构成", "第十条 责任免除 既往症不赔"])
    (item,) = evidence.attach_files(store, case.id, [pdf], EvidenceMeta("policy_terms")).added
    panel.reload()
    panel.select_evidence(item.id)
    viewer = panel.view_selected()
    qtbot.addWidget(viewer)
    assert viewer.document.status() == QPdfDocument.Status.Ready and viewer.document.pageCount() == 2
    viewer.search_box.setText("责任免除")
    qtbot.waitUntil(lambda: viewer.search_model.rowCount(QModelIndex()) >= 1, timeout=5000)
    shown = viewer.results.model().index(0, 0).data()
    assert shown.startswith("p. 2:") and "责任免除" in shown  # the result says which page it is on
    assert "<" not in shown and "\u23ce" not in shown  # plain text, not the model's markup
    viewer._go_to_result(viewer.search_model.index(0, 0))
    qtbot.waitUntil(lambda: viewer.current_page() == 2, timeout=5000)
    viewer.cite(viewer.current_page(), "责任免除条款")
    assert [c.label() for c in evidence.list_citations(store, case.id)] == ["附件1 第2页"]
    assert panel.citations.count() == 1 and "责任免除条款" in panel.citations.item(0).text()


def test_viewer_shows_and_rotates_an_image(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    panel, case = panel_for(qtbot, store)
    (item,) = evidence.attach_bytes(store, case.id, "截图.png", PNG, EvidenceMeta("chat_screenshot")).added
    panel.reload()
    panel.select_evidence(item.id)
    viewer = panel.view_selected()
    qtbot.addWidget(viewer)
    assert not viewer.pixmap_item.pixmap().isNull()
    viewer.rotate_image(90)
    assert viewer.image_view.transform().m12() != 0  # turned a quarter
    assert store.blobs.read_bytes(item.sha256) == PNG  # the file itself never changes


def test_viewer_for_other_files_hands_out_a_copy(qtbot, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    panel, case = panel_for(qtbot, store)
    zipped = b"PK\x03\x04" + b"\x00" * 60
    (item,) = evidence.attach_bytes(store, case.id, "录音.zip", zipped, EvidenceMeta()).added
    panel.reload()
    panel.select_evidence(item.id)
    viewer = panel.view_selected()
    qtbot.addWidget(viewer)
    copy = viewer.open_externally()
    assert opened == [str(copy)] and copy != store.blobs.path_of(item.sha256)
    assert Path(copy).read_bytes() == zipped


def test_case_view_has_an_evidence_tab(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from workbench.domain.models import CaseQuery
    from workbench.services import case_list

    with_docs = next(cid for cid in case_list.case_ids(window.store, CaseQuery(sort_key="opened_on", descending=True))
                     if evidence.list_evidence(window.store, cid))
    window.select_row(window.model.row_of(with_docs))
    view = window.case_view
    n = len(evidence.list_evidence(window.store, with_docs))
    assert view.tabs.tabText(1) == f"Evidence ({n})"
    assert view.evidence.model.rowCount() == n


def test_dropped_pdf_becomes_searchable(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel, case = panel_for(qtbot, store)
    pdf = make_pdf(tmp_path / "体检报告.pdf", ["2019年体检 甲状腺结节"])
    drop(panel, [pdf])
    assert panel.model.item(0).page_count == 1  # read in the background after attaching
    panel.words.setText("甲状腺")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    panel.words.setText("糖尿病")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)


def test_verify_from_the_menu_reports_a_tampered_file(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import os
    import stat

    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    some = next(cid for cid in (window.model.case_id_at(r) for r in range(window.model.rowCount()))
                if evidence.list_evidence(window.store, cid))
    item = evidence.list_evidence(window.store, some)[0]
    path = window.store.blobs.path_of(item.sha256)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    path.write_bytes(b"changed")
    window.verify_action.trigger()
    assert warned and "altered" in warned[0] and item.original_name in warned[0]


def test_evidence_table_sorts_by_each_column(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel, case = panel_for(qtbot, store)
    for name, size in (("乙.txt", 300), ("甲.txt", 10), ("丙.txt", 50)):
        f = tmp_path / name
        f.write_bytes(b"x" * size)
        evidence.attach_files(store, case.id, [f], EvidenceMeta())
    panel.reload()
    panel.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # size
    assert [panel.model.item(r).size for r in range(3)] == [300, 50, 10]
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [panel.model.item(r).enclosure_no for r in range(3)] == [1, 2, 3]


def test_cite_a_highlighted_region(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel, case = panel_for(qtbot, store)
    pdf = make_pdf(tmp_path / "病历.pdf", ["第一页", "第二页 既往史：2019年体检发现甲状腺结节"])
    (item,) = evidence.attach_files(store, case.id, [pdf], EvidenceMeta("medical_record")).added
    panel.reload()
    panel.select_evidence(item.id)
    viewer = panel.view_selected()
    qtbot.addWidget(viewer)
    picker = viewer.region_picker()
    qtbot.addWidget(picker)
    canvas = picker.canvas
    w, h = canvas.width(), canvas.height()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPointF(w * 0.1, h * 0.2).toPoint())
    qtbot.mouseMove(canvas, QPointF(w * 0.6, h * 0.3).toPoint())
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPointF(w * 0.6, h * 0.3).toPoint())
    region = canvas.region()
    assert region == pytest.approx((0.1, 0.2, 0.5, 0.1), abs=0.01)
    viewer.cite(1, "体检结节", region)
    (cited,) = evidence.list_citations(store, case.id)
    assert cited.region == pytest.approx(region) and cited.label() == "附件1 第1页"
    assert "marked region" in panel.citations.item(0).text()


def test_a_batch_gives_each_file_its_own_type(qtbot, store: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.evidence_dialogs import EvidenceMetaDialog

    panel, case = panel_for(qtbot, store)
    panel.ask_for_details = True
    terms = make_pdf(tmp_path / "条款.pdf", ["第十条 责任免除"])
    notice = make_pdf(tmp_path / "拒赔通知书.pdf", ["拒赔通知"])
    record = tmp_path / "门诊病历.txt"
    record.write_text("2019年 甲状腺结节 随访", encoding="utf-8")

    def describe(dialog: EvidenceMetaDialog) -> int:
        combos = [dialog.per_file.cellWidget(r, 1) for r in range(dialog.per_file.rowCount())]
        assert [dialog.per_file.item(r, 0).text() for r in range(3)] == ["条款.pdf", "拒赔通知书.pdf", "门诊病历.txt"]
        dialog.type.setCurrentIndex(dialog.type.findData("policy_terms"))  # the type for all...
        assert {c.currentData() for c in combos} == {"policy_terms"}
        combos[1].setCurrentIndex(combos[1].findData("decision_letter"))  # ...and the odd ones out
        combos[2].setCurrentIndex(combos[2].findData("medical_record"))
        return 1

    monkeypatch.setattr(EvidenceMetaDialog, "exec", describe)
    report = panel.attach([terms, notice, record])
    assert report is not None
    assert {e.original_name: e.evidence_type for e in report.added} == {
        "条款.pdf": "policy_terms", "拒赔通知书.pdf": "decision_letter", "门诊病历.txt": "medical_record"}


def test_an_empty_file_is_skipped_and_a_damaged_pdf_kept_but_not_citable(qtbot, store: Store, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                         monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from workbench.errors import ValidationError

    panel, case = panel_for(qtbot, store)
    good = make_pdf(tmp_path / "诊断证明.pdf", ["诊断：甲状腺结节"])
    empty = tmp_path / "空白扫描.pdf"
    empty.write_bytes(b"")
    broken = tmp_path / "残缺下载.pdf"
    broken.write_bytes(good.read_bytes()[:300])  # a truncated download: the header says PDF, the rest is gone
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: told.append(f"{title}\n{text}"))
    report = panel.attach([good, empty, broken])
    assert report is not None and report.empty == ("空白扫描.pdf",)
    assert [e.original_name for e in report.added] == ["诊断证明.pdf", "残缺下载.pdf"]
    assert [e.original_name for e in report.damaged] == ["残缺下载.pdf"]
    assert len(told) == 1 and "空白扫描.pdf" in told[0] and "残缺下载.pdf" in told[0]
    damaged = report.damaged[0]
    assert evidence.get_evidence(store, damaged.id).damaged  # kept, flagged
    assert store.blobs.path_of(damaged.sha256).read_bytes() == broken.read_bytes()  # exactly as received
    with pytest.raises(ValidationError):
        evidence.add_citation(store, damaged.id, 1)
    evidence.add_citation(store, report.added[0].id, 1)  # the good one still can be cited
    row = next(r for r in range(panel.model.rowCount()) if panel.model.item(r).id == damaged.id)
    check = panel.model.index(row, [c[0] for c in COLUMNS].index("integrity")).data()
    assert "PDF" in check


def test_a_batch_of_only_empty_files_attaches_nothing(store: Store, tmp_path: Path) -> None:
    from tests.conftest import new_case
    from workbench.errors import WorkbenchError

    case = new_case(store)
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    with pytest.raises(WorkbenchError):
        evidence.attach_files(store, case.id, [empty], EvidenceMeta())
    assert evidence.list_evidence(store, case.id) == []
