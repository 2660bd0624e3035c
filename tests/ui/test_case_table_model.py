from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import new_case
from ui.case_table_model import CASE_ID_ROLE, SORT_VALUE_ROLE, CaseTableModel
from workbench.domain.enums import Stage
from workbench.domain.models import CaseQuery
from workbench.services import cases
from workbench.services.store import Store


def test_model_passes_qtmodeltester(qtmodeltester, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    model = CaseTableModel(demo_store)
    model.reload()
    qtmodeltester.check(model)
    model.sort(5, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_empty_model_passes_qtmodeltester(qtmodeltester, store: Store) -> None:  # type: ignore[no-untyped-def]
    model = CaseTableModel(store)
    model.reload()
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_rows_load_lazily_by_page(demo_store: Store) -> None:
    model = CaseTableModel(demo_store)
    model.reload()
    assert model.rowCount() == 300 and model._cache == {}
    model.data(model.index(250, 0))
    assert 0 < len(model._cache) <= 200


def test_sort_asks_the_database(demo_store: Store) -> None:
    model = CaseTableModel(demo_store)
    model.reload()
    col = next(i for i, c in enumerate(model.columns) if c.key == "amount_claimed_cents")
    model.sort(col, Qt.SortOrder.DescendingOrder)
    values = [model.data(model.index(r, col), SORT_VALUE_ROLE) for r in range(model.rowCount())]
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=True)
    shown = model.data(model.index(values.index(present[0]), col))
    assert shown.endswith(f"{present[0] % 100:02d}") and "," in shown


def test_filter_and_refresh_one_row(store: Store) -> None:
    a = new_case(store, client="王芳", seq=1)
    new_case(store, client="李强", seq=2)
    model = CaseTableModel(store)
    model.set_query(CaseQuery(text="王芳"))
    assert model.rowCount() == 1 and model.data(model.index(0, 0), CASE_ID_ROLE) == a.id
    stage_col = next(i for i, c in enumerate(model.columns) if c.key == "stage")
    assert model.data(model.index(0, stage_col)) == "Intake"
    cases.change_stage(store, a.id, cases.StageMove(Stage.EVIDENCE))
    changed = []
    model.dataChanged.connect(lambda tl, br: changed.append((tl.row(), br.column())))
    model.refresh_case(a.id)
    assert changed == [(0, len(model.columns) - 1)]
    assert model.data(model.index(0, stage_col)) == "Evidence"
