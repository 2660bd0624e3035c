"""The import wizard and the export dialog, driven like a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox, QTreeWidgetItemIterator, QWizard

from tests.conftest import new_case
from tests.sync_helpers import case_by_number, edit_case, exchange
from workbench.services import sync
from workbench.services.store import Store


@pytest.fixture
def conflicted(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A and B share a case; both changed its summary and claimed amount; B's bundle is waiting."""
    a, b = Store.open(tmp_path / "a.sqlite3"), Store.open(tmp_path / "b.sqlite3")
    new_case(a, client="周杰")
    exchange(a, b, tmp_path, "first")
    edit_case(a, "FY-2026-0001", summary="A：客户已补交体检报告", amount_claimed_cents=31_000_000)
    edit_case(b, "FY-2026-0001", summary="B：保险公司同意重新审核", amount_claimed_cents=29_500_000, priority="high")
    path = tmp_path / "from-b.wbundle"
    sync.export_bundle(b, path)
    yield a, path
    a.close()
    b.close()


def _texts(tree) -> list[str]:  # type: ignore[no-untyped-def]
    out, it = [], QTreeWidgetItemIterator(tree)
    while it.value():
        out.append(" | ".join(it.value().text(c) for c in range(3)))
        it += 1
    return out


def test_wizard_settles_a_conflict_field_by_field(qtbot, conflicted) -> None:  # type: ignore[no-untyped-def]
    from ui.sync_dialogs import ImportWizard

    a, path = conflicted
    wizard = ImportWizard(a, None, path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PREVIEW
    preview = wizard.preview_page.table
    assert preview.item(0, 0).text() == "FY-2026-0001" and preview.item(0, 5).text() == "1"
    wizard.next()
    assert wizard.currentId() == ImportWizard.CONFLICTS
    page = wizard.conflict_page
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()  # nothing may be imported before each conflict is decided
    rows = {page.table.item(r, 2).text(): r for r in range(page.table.rowCount())}
    assert set(rows) == {"⚠ Amount claimed", "Summary"}  # priority changed on one side only: no question
    amount_box: QComboBox = page.table.cellWidget(rows["⚠ Amount claimed"], 5)
    summary_box: QComboBox = page.table.cellWidget(rows["Summary"], 5)
    assert amount_box.findData(sync.Choice.BOTH) == -1  # an amount is never merged as text
    amount_box.setCurrentIndex(amount_box.findData(sync.Choice.THEIRS))
    assert not commit.isEnabled()
    summary_box.setCurrentIndex(summary_box.findData(sync.Choice.BOTH))
    assert commit.isEnabled()
    commit.click()
    assert wizard.currentId() == ImportWizard.RESULT
    lines = _texts(wizard.result_page.tree)
    assert any("Amount claimed | 310,000.00 | 295,000.00" in line for line in lines), lines
    case = case_by_number(a, "FY-2026-0001")
    assert case.amount_claimed_cents == 29_500_000
    assert case.summary == "A：客户已补交体检报告\n\nB：保险公司同意重新审核"
    assert case.priority.value == "high"
    assert wizard.imported


def test_wizard_asks_for_the_passphrase_in_place(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.sync_dialogs import ImportWizard

    src, dst = Store.open(tmp_path / "s.sqlite3"), Store.open(tmp_path / "d.sqlite3")
    new_case(src)
    sealed = tmp_path / "sealed.wbundle"
    sync.export_bundle(src, sealed, passphrase="a long passphrase")
    wizard = ImportWizard(dst, None, sealed)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == ImportWizard.CHOOSE
    assert "passphrase" in wizard.choose_page.error.text()
    wizard.choose_page.passphrase.setText("wrong one")
    wizard.next()
    assert "wrong" in wizard.choose_page.error.text()
    wizard.choose_page.passphrase.setText("a long passphrase")
    wizard.next()
    assert wizard.currentId() == ImportWizard.PREVIEW
    assert wizard.button(QWizard.WizardButton.CommitButton).isVisible()  # no conflicts: this page imports
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.currentId() == ImportWizard.RESULT and wizard.imported


def test_closing_the_wizard_leaves_nothing_behind(qtbot, conflicted) -> None:  # type: ignore[no-untyped-def]
    from ui.sync_dialogs import ImportWizard

    a, path = conflicted
    wizard = ImportWizard(a, None, path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.reject()
    assert case_by_number(a, "FY-2026-0001").summary == "A：客户已补交体检报告"
    tmp = a.blobs.root / "tmp"
    assert not tmp.exists() or list(tmp.iterdir()) == []


def test_export_dialog_writes_the_selected_cases(qtbot, window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.sync_dialogs import ExportDialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    window.select_row(0)
    ids = window.selected_case_ids()
    assert len(ids) == 1
    dialog = ExportDialog(window.store, ids, window)
    qtbot.addWidget(dialog)
    assert dialog.selected_radio.isChecked()
    dialog.protect.setChecked(True)
    dialog.passphrase.setText("short")
    dialog.accept()
    assert "8 characters" in dialog.error.text()
    dialog.passphrase.setText("long enough phrase")
    dialog.passphrase_again.setText("long enough phrase")
    dialog.target.setText(str(tmp_path / "one.wbundle"))
    dialog.accept()
    assert shown and "1 cases" in shown[0]
    assert (tmp_path / "one.wbundle").read_bytes().startswith(b"age-encryption.org/v1")


def test_main_window_offers_export_and_import(window) -> None:  # type: ignore[no-untyped-def]
    names = {a.objectName() for a in window.actions()}
    assert {"export_bundle", "import_bundle"} <= names


def test_workstations_show_by_name_in_both_dialogs(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.sync_dialogs import ExportDialog, ImportWizard

    a, b = Store.open(tmp_path / "a.sqlite3"), Store.open(tmp_path / "b.sqlite3")
    try:
        new_case(b, client="周杰")
        sync.set_workstation_name(b, "理赔组 周杰案笔记本")
        path = tmp_path / "from-b.wbundle"
        sync.export_bundle(b, path)
        wizard = ImportWizard(a, None, path)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        summary = wizard.preview_page.summary.text()
        assert f"From workstation 理赔组 周杰案笔记本 ({b.workstation_id[:8]})," in summary
        assert b.workstation_id[8:] not in summary  # never the whole UUID
        wizard.next()
        assert sync.peers(a)[0].name == "理赔组 周杰案笔记本"
        dialog = ExportDialog(a, [], None)
        qtbot.addWidget(dialog)
        assert dialog.peer_combo.itemText(0).startswith(f"理赔组 周杰案笔记本 ({b.workstation_id[:8]}), last sent ")
    finally:
        a.close()
        b.close()
