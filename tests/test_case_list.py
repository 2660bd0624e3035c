"""The case list's filters and sorts, against the demo database."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import new_case
from workbench.domain.enums import DisputeKind, Outcome, Stage
from workbench.domain.models import CaseQuery
from workbench.services import case_list
from workbench.services.store import Store


def all_rows(store: Store, **kw) -> list:
    return case_list.list_cases(store, CaseQuery(**kw))


NAME_KEYS = {"client_name", "insured_name", "insurer_name", "assignee_name"}


@pytest.mark.parametrize("key", case_list.SORT_KEYS)
def test_every_sort_key_orders_the_rows(demo_store: Store, key: str) -> None:
    from workbench.domain.collation import name_sort_key
    from workbench.domain.columns import CASE_COLUMNS

    column = next(c for c in CASE_COLUMNS if c.sort_key == key)
    ranks = {"stage": list(Stage), "priority": ["low", "normal", "high", "urgent"]}

    def rank(v):  # type: ignore[no-untyped-def]
        if key in ranks:
            return ranks[key].index(v if key == "stage" else v.value)
        return name_sort_key(v) if key in NAME_KEYS else v

    values = [getattr(r, column.key) for r in all_rows(demo_store, sort_key=key)]
    present = [rank(v) for v in values if v is not None]
    assert present == sorted(present)
    desc = [getattr(r, column.key) for r in all_rows(demo_store, sort_key=key, descending=True)]
    assert len(desc) == len(values)
    assert rank([v for v in desc if v is not None][0]) == max(present)


def test_chinese_names_sort_by_pinyin_not_by_code_point(store: Store) -> None:
    # Code-point order would give 安 < 张 < 李 < 王 (U+5B89, U+5F20, U+674E, U+738B).
    for seq, name in enumerate(("王芳", "张伟", "安心", "李娜", "Li Ming"), start=1):
        new_case(store, client=name, seq=seq, policy=f"P{seq}")
    clients = [r.client_name for r in all_rows(store, sort_key="client_name")]
    assert clients == ["安心", "Li Ming", "李娜", "王芳", "张伟"]
    assert [r.client_name for r in all_rows(store, sort_key="client_name", descending=True)] == clients[::-1]


def test_filters_match_a_manual_count(demo_store: Store) -> None:
    rows = all_rows(demo_store)
    assert len(rows) == 300
    expected = [r for r in rows if r.stage is Stage.NEGOTIATION and r.dispute_kind is DisputeKind.CLAIM]
    got = all_rows(demo_store, stages=[Stage.NEGOTIATION], dispute_kind=DisputeKind.CLAIM)
    assert {r.id for r in got} == {r.id for r in expected} and expected
    upheld = all_rows(demo_store, outcomes=[Outcome.UPHELD])
    assert upheld and all(r.outcome is Outcome.UPHELD for r in upheld)


def test_insurer_and_assignee_filters(demo_store: Store) -> None:
    insurer_id, insurer_name = case_list.insurer_choices(demo_store)[0]
    rows = all_rows(demo_store, insurer_ids=[insurer_id])
    assert rows and all(r.insurer_name == insurer_name for r in rows)
    counts = {name: sum(r.assignee_name == name for r in all_rows(demo_store))
              for _, name in case_list.staff_choices(demo_store)}
    for staff_id, staff_name in case_list.staff_choices(demo_store):
        rows = all_rows(demo_store, assignee_ids=[staff_id])
        assert len(rows) == counts[staff_name]
        assert all(r.assignee_name == staff_name for r in rows)
    assert sum(counts.values()) > 250


def test_date_range_is_inclusive(demo_store: Store) -> None:
    rows = all_rows(demo_store, opened_from=date(2026, 1, 1), opened_to=date(2026, 6, 30))
    assert rows and all(date(2026, 1, 1) <= r.opened_on <= date(2026, 6, 30) for r in rows)


def test_quick_find_over_numbers_and_names(demo_store: Store) -> None:
    sample = all_rows(demo_store)[17]
    for text in (sample.case_number, sample.client_name, sample.insured_name, sample.claim_number or sample.case_number):
        assert sample.id in {r.id for r in all_rows(demo_store, text=text)}
    if sample.policy_number:
        assert sample.id in {r.id for r in all_rows(demo_store, text=sample.policy_number[-6:])}


def test_quick_find_treats_wildcards_literally(store: Store) -> None:
    new_case(store, client="张伟", seq=1)
    assert all_rows(store, text="%") == []
    assert all_rows(store, text="_") == []
    assert len(all_rows(store, text="张")) == 1


def test_summaries_load_only_what_is_asked(demo_store: Store) -> None:
    ids = case_list.case_ids(demo_store, CaseQuery())
    page = case_list.summaries(demo_store, ids[10:20])
    assert set(page) == set(ids[10:20])
    assert case_list.summaries(demo_store, []) == {}


def test_name_sorts_follow_renames_reassignments_and_imports(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The sort keys kept beside each case (for speed) follow every change that moves a case."""
    from tests.sync_helpers import edit_case, exchange
    from workbench.domain.models import PersonDraft
    from workbench.services import cases, parties, team

    a = new_case(store, client="王芳", seq=1, policy="P2")
    b = new_case(store, client="张伟", seq=2, policy="P1")
    order = lambda key, **kw: [r.case_number for r in all_rows(store, sort_key=key, **kw)]  # noqa: E731
    assert order("client_name") == [a.case_number, b.case_number]
    zhang = cases.get_case(store, b.id).client
    parties.update_person(store, zhang.id, PersonDraft("艾伟", zhang.id_type, zhang.id_number, zhang.phone,
                                                       zhang.address), zhang.meta.revision)
    assert order("client_name") == [b.case_number, a.case_number]  # 艾 (ai) before 王 (wang)
    assert order("insured_name") == [b.case_number, a.case_number]  # the same person insured
    zhao, qian = team.add_staff(store, "赵雅琴"), team.add_staff(store, "钱多多")
    edit_case(store, a.case_number, assignee_id=qian.id)
    edit_case(store, b.case_number, assignee_id=zhao.id)
    assert order("assignee_name") == [a.case_number, b.case_number]  # qian before zhao
    team.edit_staff(store, qian.id, {"name": "周婧"})
    assert order("assignee_name") == [b.case_number, a.case_number]  # zhao before zhou
    assert order("policy_number") == [b.case_number, a.case_number]
    other = Store.open(tmp_path / "other.sqlite3")
    try:
        exchange(store, other, tmp_path, "all")
        names = [r.client_name for r in case_list.list_cases(other, CaseQuery(sort_key="client_name"))]
        assert names == ["艾伟", "王芳"]  # an imported case is sorted like a local one
        assert [r.assignee_name for r in case_list.list_cases(other, CaseQuery(sort_key="assignee_name"))] == \
            ["赵雅琴", "周婧"]
    finally:
        other.close()
