"""A team's first day, in the real window, from an EMPTY database: the administrator is created,
adds a team lead, a specialist and an auditor; the specialist opens a case (hers, in full),
attaches, analyses, logs a round and issues a letter naming the client in full; the lead reads
the dashboard; the auditor gets a read-only window.  Nothing here is seeded behind the window's back.

With WORKBENCH_SHOTS=DIR set, every screen of the walk is saved there at 1366×768 for review."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from tests.test_evidence import make_pdf
from ui.words import code_label
from tests.ui.conftest import speaking
from tests.ui.test_rounds_ui import answer_round_dialog
from workbench.domain.access import Role
from workbench.domain.enums import DecisionKind
from workbench.domain.resident_id import make_resident_id
from workbench.services import accounts, analysis, cases, evidence, letter_issue, rounds

SCREEN = (1366, 768)
CLIENT = "张伟"
CLIENT_ID = make_resident_id("110105", __import__("datetime").date(1985, 3, 4), 17)


def tab_count(text: str) -> int:
    """'Rounds (2)' or '往来（2）' → 2."""
    found = re.search(r"[(（](\d+)[)）]", text)
    return int(found.group(1)) if found else -1


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("WORKBENCH_SHOTS")
    if folder:
        QTest.qWait(800)  # the PDF view renders its pages, charts paint, in their own time
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def scripted(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], *acts: Callable[[QDialog], None]) -> list[QDialog]:
    """Each exec() of `cls` runs the next act on the real dialog (which presses its own buttons)."""
    queue, seen = list(acts), []

    def run(self: QDialog) -> int:
        seen.append(self)
        hint = self.sizeHint()
        self.resize(min(max(self.width(), hint.width()), SCREEN[0]), min(max(self.height(), hint.height()), SCREEN[1]))
        self.show()
        queue.pop(0)(self)
        self.hide()
        return self.result()
    monkeypatch.setattr(cls, "exec", run)
    return seen


def sign_in_as(user: str, password: str) -> Callable[[QDialog], None]:
    def act(d) -> None:  # type: ignore[no-untyped-def]
        d.username.setText(user)
        d.password.setText(password)
        d.accept()
    return act


@pytest.fixture
def language() -> Iterator[None]:
    """The screenshots are for Chinese-speaking reviewers: with WORKBENCH_SHOTS the walk runs in zh_CN."""
    if not os.environ.get("WORKBENCH_SHOTS"):
        yield
        return
    with speaking("zh_CN"):
        yield


def test_a_new_team_first_day(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language) -> None:  # type: ignore[no-untyped-def]
    from ui.app import Controller
    from ui.letter_dialog import LetterDialog
    from ui.new_case_dialog import NewCaseDialog
    from ui.sign_in import FirstAdminDialog, SignInDialog
    from ui.team_dialog import AddAccountDialog, EditPersonDialog, TeamDialog

    monkeypatch.delenv("WORKBENCH_USER")
    monkeypatch.delenv("WORKBENCH_PASSWORD")
    qsettings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    db = tmp_path / "team.sqlite3"
    controller = Controller(QApplication.instance(), qsettings)

    # 1. An empty database asks for its administrator first.
    def first_admin(d) -> None:  # type: ignore[no-untyped-def]
        shot(d, "01-first-administrator")
        d.display_name.setText("系统管理员")
        d.password.setText("admin-pass-2026")
        d.again.setText("admin-pass-2026")
        d.accept()
    scripted(monkeypatch, FirstAdminDialog, first_admin)
    assert controller.open(db)
    w = controller.window
    w.resize(*SCREEN)
    qtbot.waitUntil(lambda: w.case_view is not None)
    assert w.store.principal.role is Role.ADMINISTRATOR
    assert not w.new_action.isEnabled() and w.accounts_action.isEnabled()  # administrators keep the team, not cases
    shot(w, "02-admin-empty-window")

    # 2. File → Team…: a lead, a specialist (with title and phone for letters) and an auditor.
    def person(user: str, name: str, role: Role, title: str = "", phone: str = "") -> Callable[[QDialog], None]:
        def act(d) -> None:  # type: ignore[no-untyped-def]
            d.username.setText(user)
            d.display_name.setText(name)
            d.role.setCurrentIndex(d.role.findData(role.value))
            d.title.setText(title)
            d.phone.setText(phone)
            d.password.setText(f"{user}-pass-2026")
            d.again.setText(f"{user}-pass-2026")
            if user == "wangfang":
                shot(d, "03-add-a-specialist")
            d.accept()
            assert d.result() == QDialog.DialogCode.Accepted, d.error.text()
        return act
    scripted(monkeypatch, AddAccountDialog, person("lead", "林慧敏", Role.TEAM_LEAD, "两核团队主管"),
             person("wangfang", "王芳", Role.SPECIALIST, "两核专员", "021-6288 0001"),
             person("audit", "审计 周敏", Role.AUDITOR))

    def rename_title(d) -> None:  # type: ignore[no-untyped-def]
        d.title.setText("高级两核专员")
        d.accept()
    scripted(monkeypatch, EditPersonDialog, rename_title)

    def team(d) -> None:  # type: ignore[no-untyped-def]
        for _ in range(3):
            d.add_button.click()
        row = next(i for i, r in enumerate(d.rows) if r.account and r.account.username == "wangfang")
        d.table.selectRow(row)
        d.edit_button.click()
        shot(d, "04-team")
        assert d.table.rowCount() == 4
        texts = [[d.table.item(r, c).text() for c in range(8)] for r in range(4)]
        assert ["wangfang", "王芳", code_label(Role.SPECIALIST), "王芳", "高级两核专员", "021-6288 0001",
                d.tr("active"), ""] in texts
        d.reject()
    scripted(monkeypatch, TeamDialog, team)
    w.accounts_action.trigger()
    staff = {a.username: a for a in accounts.list_users(w.store)}
    assert staff["wangfang"].staff_name == "王芳" and staff["lead"].staff_name == "林慧敏"
    assert staff["audit"].staff_id is None  # auditors work no cases

    # 3. The specialist signs in on the same window (sign out / switch user).
    scripted(monkeypatch, SignInDialog, sign_in_as("wangfang", "wangfang-pass-2026"),
             sign_in_as("lead", "lead-pass-2026"), sign_in_as("audit", "audit-pass-2026"))
    w.switch_action.trigger()
    w = controller.window
    w.resize(*SCREEN)
    qtbot.waitUntil(lambda: w.case_view is not None)
    assert w.store.principal.username == "wangfang" and w.new_action.isEnabled()

    # 4. Her first case: hers, in full.
    def new_case(d) -> None:  # type: ignore[no-untyped-def]
        d.decision_kind.set_code(DecisionKind.CLAIM_REFUSED)
        d.client.name.setText(CLIENT)
        d.client.id_number.setText(CLIENT_ID)
        d.client.phone.setText("13800001234")
        d.client.address.setText("北京市朝阳区建国路1号")
        d.insurer.setEditText("泰和人寿保险股份有限公司")
        d.claims_address.setText("上海市浦东新区世纪大道100号 理赔部")
        d.policy_number.setText("TH100200300")
        d.product.setText("泰和安康医疗保险（2024版）")
        d.decision_date.setText("20261110")
        d.received_date.setText("2026-11-12")
        d.claimed.setText("123,456.00")
        d.claimed.commit()
        assert not d.assignee.isEnabled() and d.assignee.currentText() == "王芳"  # only leads assign
        shot(d, "05-new-case")
        d.accept()
        assert d.result() == QDialog.DialogCode.Accepted, d.error.text()
    made = scripted(monkeypatch, NewCaseDialog, new_case)
    w.new_action.trigger()
    case = made[0].created
    assert case is not None and case.assignee.name == "王芳" and not case.masked
    qtbot.waitUntil(lambda: w.case_view.case is not None and w.case_view.case.id == case.id)
    view = w.case_view
    assert CLIENT in view.client_label.text() and CLIENT_ID in view.client_label.text()
    assert view.rights.edit and not view.rights.assign and view.save_button.isEnabled()
    shot(w, "06-specialist-case")

    # 5. Evidence, analysis, a round: all hers to do.
    view.evidence.ask_for_details = False
    form = make_pdf(tmp_path / "投保单.pdf", ["健康告知问卷", "第二页 未询问甲状腺"])
    report = view.evidence.attach([form])
    assert report is not None and len(report.added) == 1
    assert view.evidence.model.rowCount() == 1 and tab_count(view.tabs.tabText(1)) == 1
    view.tabs.setCurrentWidget(view.evidence)
    shot(w, "07-evidence")
    citation = evidence.add_citation(w.store, report.added[0].id, 2, "问卷未询问该事项")
    point = analysis.add_point(w.store, case.id, "被保险人投保前患甲状腺结节未如实告知")
    analysis.update_point(w.store, point.id, {"rebuttal_html": "<p>健康告知问卷并未询问甲状腺结节，投保人无告知义务。</p>",
                                               "provisions": ["ins_law_16"], "citation_ids": [citation.id]},
                          point.meta.revision)
    view.analysis.reload()
    view.tabs.setCurrentWidget(view.analysis)
    shot(w, "08-analysis")

    def round_(d) -> None:  # type: ignore[no-untyped-def]
        d.summary.setPlainText("电话联系理赔部，说明健康告知问卷未询问甲状腺结节")
        d.accept()
    answer_round_dialog(round_)
    view.tabs.setCurrentWidget(view.rounds)
    view.rounds.log_round()
    assert view.rounds.list.topLevelItemCount() == 1 and tab_count(view.tabs.tabText(3)) == 1
    assert rounds.list_rounds(w.store, case.id)[0].summary.startswith("电话联系")
    assert cases.stage_history(w.store, case.id)[0].actor == "王芳"  # the signed-in person, nobody else
    shot(w, "09-rounds")

    # 6. The letter names the client in full; the Rounds tab counts it at once.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = LetterDialog(w.store, case.id, w)
    qtbot.addWidget(dialog)
    dialog.resize(*SCREEN)
    dialog.show()
    shot(dialog, "10-letter")
    issued = dialog.issue_now()
    dialog.close()
    assert issued is not None and issued.issued_by == "王芳"
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(letter_issue.issued_pdf(w.store, issued.id))).pages)
    assert CLIENT in text.replace("\n", "") and "张*" not in text
    view.reload_case()
    assert tab_count(view.tabs.tabText(3)) == 2  # the issued letter is logged as a round, counted at once

    # 7. The team lead: the dashboard over the team's first case.
    w.switch_action.trigger()
    w = controller.window
    w.resize(*SCREEN)
    qtbot.waitUntil(lambda: w.case_view is not None and w.case_view.case is not None)
    assert w.store.principal.role is Role.TEAM_LEAD and w.case_view.rights.assign
    w.open_dashboard()
    w.dashboard.wait()
    w.dashboard.resize(*SCREEN)
    shot(w.dashboard, "11-lead-dashboard")
    w.dashboard.close()

    # 8. The auditor: everything read-only, nothing asks "unsaved changes?".
    w.switch_action.trigger()
    w = controller.window
    w.resize(*SCREEN)
    qtbot.waitUntil(lambda: w.case_view is not None and w.case_view.case is not None)
    view = w.case_view
    assert w.store.principal.role is Role.AUDITOR and view.case.masked and CLIENT not in view.client_label.text()
    assert not any(a.isEnabled() for a in (w.new_action, w.save_action, w.delete_action, w.import_action))
    assert not view.save_button.isEnabled() and not view.evidence.add_button.isEnabled()
    assert not view.rounds.log_button.isEnabled() and not view.analysis.add_button.isEnabled()
    assert not view.analysis.add_basis_button.isEnabled() and not view.analysis.edit_notice_button.isEnabled()
    assert view.read_only_note.isVisible() and not view.is_dirty()
    letter = LetterDialog(w.store, case.id, w)
    qtbot.addWidget(letter)
    assert not letter.issue_button.isEnabled()
    letter.close()
    shot(w, "12-auditor-read-only")
    w.next_action.trigger()  # moving on never asks about edits nobody could make
    w.close()
    controller.shut_down()
    assert not Path(str(db) + ".lock").exists()
