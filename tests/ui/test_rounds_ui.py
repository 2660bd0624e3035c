"""Logging a round in the window: points change status, the case moves, the timeline shows it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import new_case
from ui.rounds_panel import RoundDialog, RoundsPanel, TimelinePanel
from workbench.domain.analysis import PointStatus
from workbench.domain.enums import Stage
from workbench.domain.rounds import EventKind
from workbench.services import analysis, cases, rounds
from workbench.services.store import Store


def answer_round_dialog(act) -> None:  # type: ignore[no-untyped-def]
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RoundDialog) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def test_log_a_round_with_point_changes_and_see_the_timeline(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    case = new_case(store)
    for st in (Stage.EVIDENCE, Stage.ANALYSIS):
        case = cases.change_stage(store, case.id, cases.StageMove(st))
    point = analysis.add_point(store, case.id, "未如实告知")
    panel = RoundsPanel(store)
    timeline = TimelinePanel(store)
    for w in (panel, timeline):
        qtbot.addWidget(w)
        w.show()
    panel.show_case(case.id)
    timeline.show_case(case.id)
    before = timeline.list.topLevelItemCount()

    def fill(dialog: RoundDialog) -> None:
        dialog.summary.setPlainText("理赔部来电：同意撤销未如实告知的认定")
        dialog.status_boxes[0].setCurrentIndex(dialog.status_boxes[0].findData(PointStatus.ACCEPTED.value))
        dialog.accept()
    answer_round_dialog(fill)
    logged = panel.log_round()
    assert logged is not None and panel.list.topLevelItemCount() == 1
    assert analysis.get_point(store, point.id).status is PointStatus.ACCEPTED
    assert cases.get_case(store, case.id).stage is Stage.NEGOTIATION
    timeline.reload()
    kinds = [timeline.list.topLevelItem(i).text(1) for i in range(timeline.list.topLevelItemCount())]
    assert timeline.list.topLevelItemCount() == before + 2  # the round and the stage change
    assert "Negotiation round" in kinds
    timeline.kind_boxes[EventKind.STAGE].setChecked(False)
    assert all(timeline.list.topLevelItem(i).text(1) != "Stage change" for i in range(timeline.list.topLevelItemCount()))


def test_correcting_a_round_keeps_its_history(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timezone

    from workbench.domain.rounds import Channel, Direction, RoundDraft

    case = new_case(store)
    r = rounds.log_round(store, case.id, RoundDraft(datetime(2026, 11, 1, tzinfo=timezone.utc), Channel.PHONE,
                                                    Direction.TO_INSURER, summary="初次电话"))
    panel = RoundsPanel(store)
    qtbot.addWidget(panel)
    panel.show_case(case.id)
    panel.list.setCurrentItem(panel.list.topLevelItem(0))

    def fix(dialog: RoundDialog) -> None:
        dialog.summary.setPlainText("初次电话（补记：对方承诺五日内回电）")
        dialog.accept()
    answer_round_dialog(fix)
    with store.acting_as("周婧"):
        panel.edit_selected()
    assert rounds.list_rounds(store, case.id)[0].summary.startswith("初次电话（补记")
    (old,) = rounds.round_history(store, r.id)
    assert old.values["summary"] == "初次电话" and old.actor == "周婧"
    assert panel.history_button.isEnabled()


def test_timeline_pdf(qtbot, store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    case = new_case(store)
    timeline = TimelinePanel(store)
    qtbot.addWidget(timeline)
    timeline.show_case(case.id)
    out = tmp_path / "t.pdf"
    timeline.save_pdf(out)
    text = PdfReader(str(out)).pages[0].extract_text()
    assert case.case_number in text and "Decision received" in text


def test_the_insurers_final_answer_asks_for_the_outcome(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ui.stage_dialogs import DecideDialog
    from workbench.domain.enums import Outcome

    window.filters.stage.setCurrentIndex(window.filters.stage.findData(Stage.NEGOTIATION.value))
    view = window.case_view
    case = view.case
    steps: list[str] = []

    def decide() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, DecideDialog) and dialog.isVisible():
            steps.append("decide")
            dialog.outcome.set_code(Outcome.PARTLY_CHANGED)
            dialog.accept()
        else:
            QTimer.singleShot(20, decide)

    def fill(dialog: RoundDialog) -> None:
        dialog.summary.setPlainText("保险公司书面答复：同意部分赔付")
        dialog.final.setChecked(True)
        dialog.accept()
        QTimer.singleShot(0, decide)
    answer_round_dialog(fill)
    view.rounds.log_round()
    done = cases.get_case(window.store, case.id)
    assert steps == ["decide"] and done.stage is Stage.DECIDED and done.outcome is Outcome.PARTLY_CHANGED
