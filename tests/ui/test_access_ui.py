"""Sign-in, masking and the audit trail in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from tests.conftest import new_case
from workbench.domain.access import Role
from workbench.domain.enums import ACTIVE_STAGES, Stage
from workbench.domain.models import CaseQuery
from workbench.services import accounts, case_list, cases
from workbench.services.store import Store


def test_sign_in_dialog_says_what_is_wrong_in_place(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from ui.sign_in import SignInDialog

    dialog = SignInDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.username.setText("chen")
    dialog.password.setText("wrong password")
    dialog.accept()
    assert "Wrong user name or password" in dialog.error.text() and demo_store.principal is None
    dialog.password.setText("demo-chen-2026")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and demo_store.principal.username == "chen"


def test_first_run_creates_the_administrator(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.sign_in import FirstAdminDialog

    store = Store.open(tmp_path / "new.sqlite3")
    dialog = FirstAdminDialog(store)
    qtbot.addWidget(dialog)
    dialog.password.setText("a good password")
    dialog.again.setText("another one")
    dialog.accept()
    assert "differ" in dialog.error.text()
    dialog.again.setText("a good password")
    dialog.accept()
    assert store.principal is not None and store.principal.can_manage
    assert [a.username for a in accounts.list_users(store)] == ["admin"]


def _window(qtbot, store: Store, qsettings):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    w = MainWindow(store, qsettings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.case_view is not None and w.case_view.case is not None)
    return w


def test_a_specialist_sees_other_cases_masked_and_can_reveal_with_a_reason(qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                                                            qsettings) -> None:
    from ui.reveal_dialog import RevealDialog

    accounts.sign_in(demo_store, "chen", "demo-chen-2026")
    w = _window(qtbot, demo_store, qsettings)
    rows = [w.model.summary_at(r) if hasattr(w.model, "summary_at") else None for r in range(3)]
    del rows
    summaries = case_list.list_cases(demo_store, CaseQuery())
    other = next(s for s in summaries if s.masked)
    mine = next(s for s in summaries if not s.masked)
    assert "*" in other.client_name and "*" not in mine.client_name
    w.case_view.load(other.id)
    assert w.case_view.reveal_button.isVisibleTo(w) and not w.case_view.edit_client.isEnabled()
    assert "*" in w.case_view.client_label.text()
    dialog = RevealDialog(demo_store, other.id, w)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.value.text() == "" and dialog.error.text()  # no reason, no reveal
    dialog.reason.setText("客户来电，承办人休假")
    dialog.accept()
    demo_store.principal = None
    assert dialog.value.text() == cases.get_case(demo_store, other.id).client.id_number
    assert "Signed in: 陈思远" in w.status_user.text()


def test_an_auditor_reads_masked_and_cannot_edit_and_sees_the_audit_trail(qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                                                          qsettings) -> None:
    from ui.audit_dialog import AuditDialog

    accounts.sign_in(demo_store, "audit", "demo-audit-2026")
    w = _window(qtbot, demo_store, qsettings)
    assert not w.case_view.editors["summary"].isEnabled()
    assert "*" in w.case_view.client_label.text() and not w.case_view.reveal_button.isVisibleTo(w)
    assert w.audit_action.isEnabled() and not w.accounts_action.isEnabled()
    dialog = AuditDialog(demo_store, w)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() > 0
    dialog.verify()
    assert "intact" in dialog.status.text()


def test_idle_lock_hides_the_window_until_the_password_is_given(qtbot, demo_store: Store, qsettings,  # type: ignore[no-untyped-def]
                                                                monkeypatch) -> None:
    from ui import sign_in

    accounts.sign_in(demo_store, "lead", "demo-lead-2026")
    w = _window(qtbot, demo_store, qsettings)
    seen_hidden = []

    def answer(dialog) -> int:  # type: ignore[no-untyped-def]
        seen_hidden.append(not w.isVisible())
        dialog.password.setText("demo-lead-2026")
        dialog.accept()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(sign_in.SignInDialog, "exec", answer)
    w.idle_lock.lock()
    assert seen_hidden == [True] and w.isVisible() and demo_store.principal.username == "lead"


def test_changing_ones_own_password_in_the_window(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from ui.password_dialog import PasswordDialog

    accounts.sign_in(demo_store, "chen", "demo-chen-2026")
    dialog = PasswordDialog(demo_store, "chen")
    qtbot.addWidget(dialog)
    dialog.current.setText("wrong")
    dialog.new.setText("a brand new one")
    dialog.again.setText("a brand new one")
    dialog.accept()
    assert "current password" in dialog.error.text()
    dialog.current.setText("demo-chen-2026")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert accounts.sign_in(demo_store, "chen", "a brand new one").username == "chen"


def test_the_audit_trail_reads_in_chinese(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from tests.sync_helpers import edit_case
    from tests.ui.conftest import speaking
    from ui.audit_dialog import AuditDialog

    accounts.add_user(store, "admin", "admin-pass-2026", Role.ADMINISTRATOR, "管理员")
    accounts.sign_in(store, "admin", "admin-pass-2026")
    accounts.add_user(store, "wang", "wang-pass-2026", Role.SPECIALIST, "王芳")
    accounts.edit_user(store, "wang", role=Role.TEAM_LEAD)
    store.principal = None
    case = new_case(store)
    edit_case(store, case.case_number, summary="客户已补交体检报告")
    with speaking("zh_CN"):
        dialog = AuditDialog(store)
        qtbot.addWidget(dialog)
        rows = [[dialog.table.item(r, c).text() for c in range(6)] for r in range(dialog.table.rowCount())]
    changed_role = next(r for r in rows if r[4] == "wang" and "→" in r[5])
    assert "两核专员 → 组长" in changed_role[5] and changed_role[3] == "修改账户", changed_role
    added = next(r for r in rows if r[3] == "添加账户")
    assert "角色: 两核专员" in added[5] and "role" not in added[5]
    case_change = next(r for r in rows if r[4].startswith("案件") and "摘要" in r[5])
    assert case_change[4] == f"案件 {case.case_number}" and case.meta.uuid not in case_change[4]
    assert "客户已补交体检报告" in case_change[5] and "summary" not in case_change[5]


def test_an_auditor_reads_the_hidden_health_marker_in_chinese(qtbot, demo_store: Store, qsettings) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import speaking
    from ui.matrix_dialog import MatrixDialog
    from workbench.services import analysis

    accounts.sign_in(demo_store, "audit", "demo-audit-2026")
    with_points = next(c for c in case_list.case_ids(demo_store, CaseQuery()) if analysis.list_points(demo_store, c))
    with speaking("zh_CN"):
        w = _window(qtbot, demo_store, qsettings)
        w.select_row(w.model.row_of(with_points))
        qtbot.waitUntil(lambda: w.case_view.case is not None and w.case_view.case.id == with_points)
        panel = w.case_view.analysis
        panel.reload()
        items = [panel.point_list.item(i).text() for i in range(panel.point_list.count())]
        matrix = MatrixDialog(demo_store, with_points, w)
        qtbot.addWidget(matrix)
        cells = [matrix.table.item(r, 1).text() for r in range(matrix.table.rowCount())]
    assert items and all("健康信息已隐藏" in t and "health" not in t for t in items), items
    assert panel.quote.toPlainText() == "（健康信息已隐藏）" and "health" not in panel.outlook.text()
    assert cells and all(c == "（健康信息已隐藏）" for c in cells)


def test_a_lead_deletes_with_a_reason_and_restores_from_the_deleted_cases(qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                                                        qsettings, monkeypatch) -> None:
    from ui.deleted_dialog import DeletedCasesDialog
    from ui.stage_dialogs import ReasonDialog

    accounts.sign_in(demo_store, "lead", "demo-lead-2026")
    w = _window(qtbot, demo_store, qsettings)
    practice = cases.deleted_cases(demo_store)
    assert [d.reason for d in practice] == ["新同事培训时误建的练习案件，并非客户委托。"]  # the demo's own
    open_case = case_list.case_ids(demo_store, CaseQuery(stages=list(ACTIVE_STAGES)))[0]
    w.select_row(w.model.row_of(open_case))
    qtbot.waitUntil(lambda: w.case_view.case is not None and w.case_view.case.id == open_case)
    doomed = w.case_view.case

    def give_reason(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.text.setPlainText("与另一案件重复立案")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(ReasonDialog, "exec", give_reason)
    closed = case_list.case_ids(demo_store, CaseQuery(stages=[Stage.CLOSED]))[0]
    w.show_case_by_id(closed)
    assert not w.delete_action.isEnabled()  # a closed case is reopened before anything changes it
    w.show_case_by_id(open_case)
    assert w.delete_action.isEnabled()
    w.delete_action.trigger()
    assert doomed.id not in case_list.case_ids(demo_store, CaseQuery())

    def restore_it(dialog) -> int:  # type: ignore[no-untyped-def]
        rows = [[dialog.list.topLevelItem(i).text(c) for c in range(7)] for i in range(dialog.list.topLevelItemCount())]
        assert rows[0][0] == doomed.case_number and rows[0][5:] == ["林慧敏", "与另一案件重复立案"], rows[0]
        dialog.restore_selected()
        return QDialog.DialogCode.Rejected
    monkeypatch.setattr(DeletedCasesDialog, "exec", restore_it)
    w.deleted_action.trigger()
    assert doomed.id in case_list.case_ids(demo_store, CaseQuery())
    assert w.case_view.case.id == doomed.id  # the window goes to the case brought back
