"""Sign-in, masking and the audit trail in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

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
