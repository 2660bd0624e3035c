"""Deadlines in the window: the case's clocks, the due list, the reminder and the marked rows."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import Qt

from tests.conftest import new_case
from ui.deadlines_panel import DeadlinesPanel, DueDialog
from ui.main_window import MainWindow
from workbench.domain.rounds import Channel, Direction, RoundDraft
from workbench.services import cases, deadlines, parties, rounds
from workbench.services.store import Store


def test_case_deadlines_and_document_requests(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    case = new_case(store)
    today = date.today()
    case = cases.update_case(store, case.id, {"documents_complete_on": today - timedelta(days=40)},
                             case.meta.revision)
    deadlines.add_document_request(store, case.id, today - timedelta(days=30), "补充病历")
    deadlines.add_document_request(store, case.id, today - timedelta(days=20), "补充发票")
    panel = DeadlinesPanel(store)
    qtbot.addWidget(panel)
    panel.show_case(case.id)
    rows = {panel.list.topLevelItem(i).text(0): panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())}
    decision = rows["Insurer's decision (Art. 23)"]
    assert int(decision.text(5)) == 30  # both requests still open: paused ever since the first
    assert "more than once" in panel.flags.text()
    assert panel.requests.count() == 2


def test_due_dialog_and_reminder(qtbot, store: Store, qsettings) -> None:  # type: ignore[no-untyped-def]
    a = new_case(store, seq=1)
    new_case(store, seq=2, client="李娜")
    rounds.log_round(store, a.id, RoundDraft(datetime.now(timezone.utc) - timedelta(days=10), Channel.PHONE,
                                             Direction.TO_INSURER, summary="询问", next_step="等待回电",
                                             follow_up_on=date.today() - timedelta(days=2)))
    dialog = DueDialog(store)
    qtbot.addWidget(dialog)
    texts = [dialog.list.topLevelItem(i).text(5) for i in range(dialog.list.topLevelItemCount())]
    assert "等待回电" in texts
    window = MainWindow(store, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.due_button.isVisible(), timeout=10_000)
    assert "overdue" in window.due_button.text()
    row = window.model.row_of(a.id)
    assert window.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    other = window.model.row_of(a.id + 1)
    assert window.model.index(other, 0).data(Qt.ItemDataRole.BackgroundRole) is None or \
        any(d.case_id == a.id + 1 and d.status == "overdue" for d in deadlines.open_deadlines(store))
    opened: list[int] = []
    dialog.openCase.connect(opened.append)
    item = next(dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())
                if dialog.list.topLevelItem(i).text(5) == "等待回电")
    dialog.list.itemDoubleClicked.emit(item, 0)
    assert opened == [a.id]


def test_due_dialog_starts_on_my_cases(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    a = new_case(store, seq=1)
    for case in (a, new_case(store, seq=2, client="李娜")):
        rounds.log_round(store, case.id, RoundDraft(datetime.now(timezone.utc) - timedelta(days=3), Channel.PHONE,
                                                    Direction.TO_INSURER, summary="询问", next_step=f"跟进{case.id}",
                                                    follow_up_on=date.today() + timedelta(days=1)))
    me = parties.create_staff(store, "王芳")
    cases.update_case(store, a.id, {"assignee_id": me.id}, cases.get_case(store, a.id).meta.revision)
    dialog = DueDialog(store, me="王芳")
    qtbot.addWidget(dialog)
    assert dialog.assignee.currentData() == me.id
    mine = {dialog.list.topLevelItem(i).text(2) for i in range(dialog.list.topLevelItemCount())}
    dialog.assignee.setCurrentIndex(0)
    everyone = {dialog.list.topLevelItem(i).text(2) for i in range(dialog.list.topLevelItemCount())}
    assert mine == {a.case_number} and len(everyone) == 2
    assert "王芳" in dialog.assignee.itemText(dialog.assignee.findData(me.id))


def test_due_list_names_the_client_as_the_reader_may_see_it_on_screen_csv_and_pdf(qtbot, demo_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from workbench.services import accounts

    me = accounts.sign_in(demo_store, "chen", "demo-chen-2026")
    dialog = DueDialog(demo_store, me="陈思远")
    qtbot.addWidget(dialog)
    dialog.assignee.setCurrentIndex(0)  # everyone's deadlines
    dialog.within.setValue(365)
    rows = dialog.rows(dialog.items())
    assert rows, "the demo has open deadlines"
    mine = {c.case_number: c for c in (cases.get_case(demo_store, d.case_id) for d in dialog.items())}
    others = {n: c for n, c in mine.items() if not (c.assignee and c.assignee.id == me.staff_id)}
    assert others, "the demo has other specialists' cases with deadlines"
    saved, demo_store.principal = demo_store.principal, None  # as trusted code: the real names, to look for
    full_names = {cases.get_case(demo_store, c.id).client.name for c in others.values()}
    demo_store.principal = saved
    for cells in rows:
        if cells[2] in others:
            assert "*" in cells[3] and cells[3] not in full_names  # masked, exactly as the case list masks it
    csv_text = dialog.export_csv(tmp_path / "due.csv").read_text(encoding="utf-8-sig")
    pdf_text = "".join(p.extract_text() for p in PdfReader(dialog.save_pdf(tmp_path / "due.pdf")).pages)
    for name in full_names - {r[3] for r in rows}:  # a client of someone else's case, not also one of mine
        assert name not in csv_text and name not in pdf_text.replace("\n", "")
    assert rows[0][2] in csv_text and rows[0][2] in pdf_text


def test_a_kept_deadline_shows_no_days_left(store) -> None:  # type: ignore[no-untyped-def]
    from workbench.services import deadlines

    case = new_case(store)
    decided = case.decision_date or date.today()
    cases.update_case(store, case.id, {"documents_complete_on": decided - timedelta(days=20),
                                       "claim_submitted_on": decided - timedelta(days=25)},
                      cases.get_case(store, case.id).meta.revision)
    kept = [d for d in deadlines.deadlines_of_case(store, case.id) if d.status in ("kept", "missed")]
    assert kept and all(d.days_left_text == "" for d in kept)
    running = [d for d in deadlines.deadlines_of_case(store, case.id) if d.status not in ("kept", "missed")]
    assert all(d.days_left_text == str(d.days_left) for d in running)
