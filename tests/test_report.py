"""Outcome rates on a crafted data set, with every expectation worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import person
from workbench.domain.enums import Outcome, Stage
from workbench.domain.models import CaseQuery
from workbench.domain.report import SliceBy, percentile
from workbench.services import case_list, cases
from workbench.services.report import dashboard, drill_down, outcome_report, period_range
from workbench.services.store import Store

TODAY = date(2026, 11, 26)
A, B = "泰和人寿保险股份有限公司", "安信健康保险股份有限公司"


def decide(store: Store, case, outcome: Outcome, on: date, offered: int, paid: int | None):  # type: ignore[no-untyped-def]
    case = cases.update_case(store, case.id, {"amount_offered_cents": offered}, case.meta.revision, today=TODAY)
    return cases.change_stage(store, case.id, cases.StageMove(Stage.DECIDED, outcome, amount_paid_cents=paid),
                              today=on)


@pytest.fixture
def crafted(store: Store) -> dict[str, int]:
    """Nine cases; the comments give what each contributes."""
    from workbench.domain.enums import DecisionKind
    from workbench.domain.models import CaseDraft, InsurerDraft
    from workbench.services import parties

    insurers = {name: parties.create_insurer(store, InsurerDraft(name)).id for name in (A, B)}

    def new_case(store: Store, insurer: str, seq: int, opened: date, claimed: int | None = None):  # type: ignore[no-untyped-def]
        draft = CaseDraft(decision_kind=DecisionKind.CLAIM_REFUSED, client=person(f"客户{seq}", seq),
                          insured_is_client=True, insurer_id=insurers[insurer], amount_claimed_cents=claimed,
                          opened_on=opened)
        return cases.create_case(store, draft, today=TODAY)

    ids: dict[str, int] = {}
    c1 = new_case(store, insurer=A, seq=1, opened=date(2026, 1, 10), claimed=10_000_000)
    ids["1"] = decide(store, c1, Outcome.OVERTURNED, date(2026, 2, 9), 0, 10_000_000).id  # 30 days
    c2 = new_case(store, insurer=A, seq=2, opened=date(2026, 1, 20), claimed=5_000_000)
    ids["2"] = decide(store, c2, Outcome.PARTLY_CHANGED, date(2026, 3, 21), 1_000_000, 3_000_000).id  # 60 days
    c3 = new_case(store, insurer=A, seq=3, opened=date(2026, 2, 5), claimed=2_000_000)
    ids["3"] = decide(store, c3, Outcome.UPHELD, date(2026, 2, 15), 500_000, 500_000).id  # 10 days
    ids["4"] = new_case(store, insurer=A, seq=4, opened=date(2026, 11, 10)).id  # open 16 days
    c5 = new_case(store, insurer=B, seq=5, opened=date(2026, 3, 1), claimed=800_000)
    ids["5"] = decide(store, c5, Outcome.WITHDRAWN, date(2026, 5, 30), 200_000, 200_000).id  # 90 days
    c6 = new_case(store, insurer=B, seq=6, opened=date(2026, 3, 15), claimed=4_000_000)
    ids["6"] = decide(store, c6, Outcome.ESCALATED, date(2026, 4, 14), 0, None).id  # 30 days, no final amount
    c7 = new_case(store, insurer=B, seq=7, opened=date(2026, 8, 1))
    ids["7"] = cases.change_stage(store, c7.id, cases.StageMove(Stage.EVIDENCE)).id  # open 117 days
    c8 = new_case(store, insurer=B, seq=8, opened=date(2026, 9, 20), claimed=1_000_000)
    c8 = decide(store, c8, Outcome.OVERTURNED, date(2026, 10, 1), 0, 1_000_000)
    ids["8"] = cases.change_stage(store, c8.id, cases.StageMove(Stage.NEGOTIATION, reason="保险公司撤回改判")).id
    c9 = new_case(store, insurer=B, seq=9, opened=date(2026, 4, 1))
    decide(store, c9, Outcome.OVERTURNED, date(2026, 4, 2), 0, 100)
    cases.delete_case(store, c9.id, "重复录入")  # deleted: counted nowhere
    return ids


def test_by_insurer(store: Store, crafted: dict[str, int]) -> None:
    report = outcome_report(store, SliceBy.INSURER, today=TODAY)
    a, b = (next(r for r in report.rows if r.label == name) for name in (A, B))
    assert (a.opened, a.decided, a.open) == (4, 3, 1)
    assert a.outcomes == {Outcome.OVERTURNED: 1, Outcome.PARTLY_CHANGED: 1, Outcome.UPHELD: 1,
                          Outcome.WITHDRAWN: 0, Outcome.ESCALATED: 0}
    assert a.change_rate == pytest.approx(2 / 3)
    assert (a.claimed_cents, a.offered_cents, a.paid_cents) == (17_000_000, 1_500_000, 13_500_000)
    assert a.recovered_cents == 12_000_000 and a.with_final_amount == 3
    assert a.median_days == 30 and a.p90_days == pytest.approx(54)
    assert a.ageing == {"0-30": 1, "31-60": 0, "61-90": 0, "90+": 0}

    assert (b.opened, b.decided, b.open) == (4, 2, 2)  # the reopened case is open, counted once
    assert b.outcomes[Outcome.WITHDRAWN] == 1 and b.outcomes[Outcome.ESCALATED] == 1
    assert b.outcomes[Outcome.OVERTURNED] == 0  # case 8's earlier outcome no longer counts
    assert b.change_rate == 0.0
    assert (b.claimed_cents, b.offered_cents, b.paid_cents, b.recovered_cents) == (4_800_000, 200_000, 200_000, 0)
    assert b.with_final_amount == 1
    assert b.median_days == 60 and b.p90_days == pytest.approx(84)
    assert b.ageing == {"0-30": 0, "31-60": 0, "61-90": 1, "90+": 1}

    t = report.total
    assert (t.opened, t.decided, t.open, t.changed) == (8, 5, 3, 2)
    assert t.change_rate == pytest.approx(0.4)
    assert t.median_days == 30


def test_by_period(store: Store, crafted: dict[str, int]) -> None:
    months = {r.key: r for r in outcome_report(store, SliceBy.MONTH, today=TODAY).rows}
    assert sorted(months) == ["2026-01", "2026-02", "2026-03", "2026-08", "2026-09", "2026-11"]
    assert (months["2026-01"].opened, months["2026-01"].change_rate) == (2, 1.0)
    quarters = {r.key: r for r in outcome_report(store, SliceBy.QUARTER, today=TODAY).rows}
    assert (quarters["2026-Q1"].opened, quarters["2026-Q1"].decided, quarters["2026-Q1"].changed) == (5, 5, 2)
    assert (quarters["2026-Q3"].open, quarters["2026-Q4"].open) == (2, 1)
    years = outcome_report(store, SliceBy.YEAR, today=TODAY).rows
    assert [(r.key, r.opened) for r in years] == [("2026", 8)]
    assert period_range("2026-H2") == (date(2026, 7, 1), date(2026, 12, 31))
    assert period_range("2026-Q1") == (date(2026, 1, 1), date(2026, 3, 31))
    assert period_range("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))


def test_filters_narrow_the_cohort(store: Store, crafted: dict[str, int]) -> None:
    first_half = outcome_report(store, SliceBy.NONE, CaseQuery(opened_from=date(2026, 1, 1),
                                                                opened_to=date(2026, 6, 30)), today=TODAY)
    assert (first_half.total.opened, first_half.total.decided) == (5, 5)
    assert first_half.total.change_rate == pytest.approx(0.4)


def _ids(store: Store, query: CaseQuery) -> set[int]:
    return set(case_list.case_ids(store, query))


def test_every_number_drills_to_its_cases(store: Store, crafted: dict[str, int]) -> None:
    report = outcome_report(store, SliceBy.INSURER, today=TODAY)
    a = next(r for r in report.rows if r.label == A)
    b = next(r for r in report.rows if r.label == B)
    base = CaseQuery()
    assert _ids(store, drill_down(base, SliceBy.INSURER, a.key, "changed", TODAY)) == {crafted["1"], crafted["2"]}
    assert _ids(store, drill_down(base, SliceBy.INSURER, a.key, "opened", TODAY)) == {crafted[k] for k in "1234"}
    assert _ids(store, drill_down(base, SliceBy.INSURER, b.key, "ageing:90+", TODAY)) == {crafted["7"]}
    assert _ids(store, drill_down(base, SliceBy.INSURER, b.key, "ageing:61-90", TODAY)) == {crafted["8"]}
    assert _ids(store, drill_down(base, SliceBy.INSURER, "total", "decided", TODAY)) == {crafted[k] for k in "12356"}
    assert _ids(store, drill_down(base, SliceBy.INSURER, b.key, "escalated", TODAY)) == {crafted["6"]}
    month = drill_down(base, SliceBy.MONTH, "2026-01", "opened", TODAY)
    assert _ids(store, month) == {crafted["1"], crafted["2"]}
    for row in report.rows:  # the counts always equal the cases listed
        for measure, expected in (("opened", row.opened), ("decided", row.decided), ("open", row.open),
                                  ("changed", row.changed)):
            assert len(_ids(store, drill_down(base, SliceBy.INSURER, row.key, measure, TODAY))) == expected


def test_dashboard_series_agree_with_single_reports(store: Store, crafted: dict[str, int]) -> None:
    d = dashboard(store, SliceBy.QUARTER, today=TODAY)
    assert [r.key for r in d.table.rows] == ["2026-Q1", "2026-Q3", "2026-Q4"]
    single = outcome_report(store, SliceBy.INSURER, today=TODAY)
    assert [(r.key, r.opened, r.changed) for r in d.by_insurer.rows] == [(r.key, r.opened, r.changed) for r in single.rows]
    assert d.by_month.total.opened == 8


def test_percentile_matches_spreadsheets() -> None:
    assert percentile({10: 1, 30: 1, 60: 1}, 50) == 30
    assert percentile({10: 1, 30: 1, 60: 1}, 90) == pytest.approx(54)
    assert percentile({5: 4}, 90) == 5
    assert percentile({}, 50) is None


def test_the_excel_sheet_is_named_in_the_reader_language(store: Store, crafted: dict[str, int], tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from workbench.domain.report import SliceBy
    from workbench.i18n import Translator
    from workbench.services import report_export
    from workbench.services.report import outcome_report

    report = outcome_report(store, SliceBy.INSURER, today=date(2026, 11, 26))
    path = tmp_path / "r.xlsx"
    report_export.write_xlsx(path, report, lambda r: r.label, "复议结果", "", Translator("zh_CN").translate)
    assert load_workbook(path).sheetnames == ["复议结果统计"]
