"""The window driven as a person would: keys, clicks, dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from tests.conftest import person
from tests.ui.conftest import type_text
from ui.main_window import MainWindow
from workbench.domain.enums import Outcome, Stage
from workbench.domain.models import CaseQuery
from workbench.services import case_list, cases


def test_window_shows_the_list_and_counts(window: MainWindow) -> None:
    assert window.model.rowCount() == 300
    assert "300" in window.status_counts.text()
    assert str(window.store.path) in window.status_db.text()
    assert window.case_view.case.id == window.current_case_id()


def test_quick_find_filters_the_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    target = case_list.list_cases(window.store, CaseQuery())[42]
    window.find_action.trigger()
    qtbot.keyClicks(window.filters.find, target.case_number)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.case_view.case.case_number == target.case_number
    window.filters.reset()
    qtbot.waitUntil(lambda: window.model.rowCount() == 300)


def test_stage_filter_combo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    combo = window.filters.stage
    combo.setCurrentIndex(combo.findData(Stage.NEGOTIATION))
    expected = len(case_list.case_ids(window.store, CaseQuery(stages=[Stage.NEGOTIATION])))
    assert window.model.rowCount() == expected > 0
    combo.setCurrentIndex(combo.findData("open"))
    assert window.model.rowCount() == len(case_list.case_ids(
        window.store, CaseQuery(stages=[Stage.INTAKE, Stage.EVIDENCE, Stage.ANALYSIS, Stage.NEGOTIATION])))


def test_edit_undo_redo_save(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.case_view
    case = view.case
    editor = view.editors["claim_number"]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "LP-EDITED-1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.is_dirty() and window.save_action.isEnabled()
    window.undo_action.trigger()
    assert editor.text() == case.claim_number and not view.is_dirty()
    window.redo_action.trigger()
    assert editor.text() == "LP-EDITED-1"
    money = view.editors["amount_offered_cents"]
    money.setFocus()
    money.selectAll()
    qtbot.keyClicks(money, "12,000.50")
    qtbot.keyClick(money, Qt.Key.Key_Return)
    assert money.text() == "12,000.50"
    window.save_action.trigger()
    saved = cases.get_case(window.store, case.id)
    assert saved.claim_number == "LP-EDITED-1" and saved.amount_offered_cents == 1_200_050
    assert saved.meta.revision == case.meta.revision + 1
    assert not view.is_dirty()
    row = window.model.row_of(case.id)
    claim_col = next(i for i, c in enumerate(window.model.columns) if c.key == "claim_number")
    assert window.model.data(window.model.index(row, claim_col)) == "LP-EDITED-1"


def test_bad_amount_is_refused_with_a_message(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.case_view
    money = view.editors["amount_claimed_cents"]
    before = money.value()
    money.setFocus()
    money.selectAll()
    qtbot.keyClicks(money, "12.345")
    qtbot.keyClick(money, Qt.Key.Key_Return)
    assert "two decimals" in view.error_label.text()
    # The red field keeps its typing, counts as unsaved, and Save refuses naming it: never "saved" with the old value.
    assert money.value() == before and view.is_dirty()
    assert not view.save() and "Amount claimed" in view.error_label.text() and "two decimals" in view.error_label.text()
    assert cases.get_case(window.store, view.case.id).amount_claimed_cents == before
    view.revert()
    assert not view.is_dirty() and money.error is None


def _answer_next_dialog(qtbot, act) -> None:  # type: ignore[no-untyped-def]
    """Run `act(dialog)` on the next modal dialog once it is shown."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def test_move_through_stages_to_decided(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: (asked.append(text),
                                                                          QMessageBox.StandardButton.Yes)[1])
    window.filters.stage.setCurrentIndex(window.filters.stage.findData(Stage.INTAKE))
    view = window.case_view
    case = view.case
    assert case.stage is Stage.INTAKE
    qtbot.mouseClick(view.findChild(QPushButton, "move_evidence"), Qt.MouseButton.LeftButton)
    assert cases.get_case(window.store, case.id).stage is Stage.EVIDENCE
    assert view.history.topLevelItemCount() == 2

    def decide(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.OVERTURNED))
        dialog.amount.setText("150000")
        dialog.amount.editingFinished.emit()
        dialog.accept()
    _answer_next_dialog(qtbot, decide)
    qtbot.mouseClick(view.findChild(QPushButton, "move_decided"), Qt.MouseButton.LeftButton)
    done = cases.get_case(window.store, case.id)
    assert done.stage is Stage.DECIDED and done.outcome is Outcome.OVERTURNED
    if done.dispute_kind.value == "claim":
        assert done.amount_paid_cents == 15_000_000
    # Paid more than claimed is asked about once, never taken silently.
    over = case.amount_claimed_cents is not None and done.amount_paid_cents is not None \
        and done.amount_paid_cents > case.amount_claimed_cents
    assert len(asked) == (1 if over else 0) and (not over or "more than the amount claimed" in asked[0])
    assert "Overturned" in view.stage_label.text()


def test_reopen_asks_for_a_reason(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.filters.stage.setCurrentIndex(window.filters.stage.findData(Stage.CLOSED))
    view = window.case_view
    case = view.case

    def reason(dialog) -> None:  # type: ignore[no-untyped-def]
        assert not dialog._ok.isEnabled()
        type_text(dialog.text, "保险公司同意重新审核")
        assert dialog._ok.isEnabled()
        dialog.accept()
    _answer_next_dialog(qtbot, reason)
    qtbot.mouseClick(view.findChild(QPushButton, "move_negotiation"), Qt.MouseButton.LeftButton)
    history = cases.stage_history(window.store, case.id)
    assert history[-1].to_stage is Stage.NEGOTIATION and history[-1].reason == "保险公司同意重新审核"


def test_leaving_unsaved_edits_asks(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = window.case_view
    first = view.case
    view.editors["summary"].setPlainText("新的案情摘要")
    assert view.is_dirty()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.next_action.trigger()
    assert view.case.id == first.id and view.is_dirty()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    window.next_action.trigger()
    assert view.case.id != first.id
    assert cases.get_case(window.store, first.id).summary == "新的案情摘要"


def test_next_and_previous(window: MainWindow) -> None:
    start = window.table.currentIndex().row()
    window.next_action.trigger()
    assert window.table.currentIndex().row() == start + 1
    window.prev_action.trigger()
    assert window.table.currentIndex().row() == start


def test_new_case_dialog_creates_everything(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from ui.new_case_dialog import NewCaseDialog

    dialog = NewCaseDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.client.name, "欧阳娜娜")
    bad = person("x", 3).id_number[:-1] + ("0" if person("x", 3).id_number[-1] != "0" else "1")
    qtbot.keyClicks(dialog.client.id_number, bad)
    type_text(dialog.insurer.lineEdit(), "新华康健康保险股份有限公司")
    qtbot.keyClicks(dialog.policy_number, "XH0001")
    qtbot.keyClicks(dialog.claimed, "56,789.00")
    dialog.claimed.editingFinished.emit()
    dialog.accept()
    assert dialog.created is None and "check digit" in dialog.error.text()
    assert dialog.client.id_number.hasFocus() or not dialog.isActiveWindow()

    dialog.client.id_number.setText(person("x", 3).id_number)
    dialog.accept()
    created = dialog.created
    assert created is not None and created.client.name == "欧阳娜娜"
    assert created.insurer.name == "新华康健康保险股份有限公司" and created.policy.number == "XH0001"
    assert created.amount_claimed_cents == 5_678_900 and created.stage is Stage.INTAKE


def test_new_case_action_opens_and_selects(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.client.name.setText("司马光")
        dialog.client.id_number.setText(person("x", 9).id_number)
        dialog.insurer.setCurrentIndex(0)
        dialog.accept()
    _answer_next_dialog(qtbot, fill)
    window.new_action.trigger()
    assert window.case_view.case.client.name == "司马光"
    assert window.model.rowCount() == 301


def test_window_state_is_remembered(qtbot, demo_store, qsettings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(demo_store, qsettings)
    qtbot.addWidget(first)
    first.show()
    first.table.setColumnWidth(3, 333)
    first.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    first.close()
    second = MainWindow(demo_store, qsettings)
    qtbot.addWidget(second)
    assert second.table.columnWidth(3) == 333
    assert second.model.query.sort_key == "client_name" and not second.model.query.descending


def test_edit_the_client_from_the_case_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.case_view
    case = view.case

    def fix_phone(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.phone.selectAll()
        qtbot.keyClicks(dialog.phone, "13811112222")
        dialog.id_number.setText(case.client.id_number[:-1] + "Z")
        dialog.accept()
        assert "must be a digit or X" in dialog.error.text()  # refused, dialog stays open
        dialog.id_number.setText(case.client.id_number)
        dialog.accept()
    _answer_next_dialog(qtbot, fix_phone)
    qtbot.mouseClick(view.findChild(QPushButton, "edit_client"), Qt.MouseButton.LeftButton)
    assert cases.get_case(window.store, case.id).client.phone == "13811112222"
    assert "13811112222" in view.client_label.text()


def test_ctrl_s_straight_from_a_field_saves_what_is_typed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.case_view
    case = view.case
    editor = view.editors["claim_number"]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "LP-TYPED")
    money = view.editors["amount_claimed_cents"]
    money.setText("88,888.88")  # typed, never confirmed with Enter or Tab
    window.save_action.trigger()  # Ctrl+S (offscreen windows never get the keyboard shortcut)
    saved = cases.get_case(window.store, case.id)
    assert saved.claim_number == "LP-TYPED" and saved.amount_claimed_cents == 8_888_888
    assert not view.is_dirty()


def test_empty_database_and_empty_filter_say_what_to_do(qtbot, store, qsettings) -> None:  # type: ignore[no-untyped-def]
    empty = MainWindow(store, qsettings)
    qtbot.addWidget(empty)
    empty.show()
    qtbot.waitUntil(lambda: empty.case_view is not None)
    assert "No cases yet" in empty.case_view.empty_label.text()
    assert not empty.save_action.isEnabled() and not empty.delete_action.isEnabled()


def test_filter_without_matches(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.filters.find.setText("没有这个人")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert "No case matches" in window.case_view.empty_label.text()
    assert not window.save_action.isEnabled()
    window.filters.reset()
    qtbot.waitUntil(lambda: window.model.rowCount() == 300)
    shown = window.case_view.case
    assert shown is not None and window.save_action.isEnabled() == (shown.stage is not Stage.CLOSED)


def test_delete_case_after_confirmation(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.stage_dialogs import ReasonDialog

    case = window.case_view.case
    monkeypatch.setattr(ReasonDialog, "exec", lambda self: (self.text.setPlainText("客户重复报案，合并到新案"), 1)[1])
    window.delete_action.trigger()
    assert window.model.rowCount() == 299 and window.model.row_of(case.id) is None
    assert window.case_view.case.id != case.id
    assert case_list.case_ids(window.store, CaseQuery(text=case.case_number)) == []
