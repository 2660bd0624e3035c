"""Attacks on looking people up: a specialist must not learn, one query at a time, who a
colleague's client is (ID number, name), nor whether someone is on record at all."""

from __future__ import annotations

import pytest

from workbench.domain.models import CaseQuery
from workbench.errors import NotFoundError, PermissionDenied
from workbench.services import accounts, audit, case_list, cases, parties
from workbench.services.store import Store


def _colleagues_client(store: Store):  # type: ignore[no-untyped-def]
    """A client on a case not assigned to 陈思远 and on none of his."""
    own = {c.client.id for c in (cases.get_case(store, i) for i in case_list.case_ids(store, CaseQuery()))
           if c.assignee and c.assignee.name == "陈思远"}
    for i in case_list.case_ids(store, CaseQuery()):
        c = cases.get_case(store, i)
        if c.assignee and c.assignee.name != "陈思远" and c.client.id not in own:
            return c.client
    raise AssertionError("the demo has no such client")


def test_a_specialist_cannot_spell_out_a_colleagues_client(demo_store: Store) -> None:
    target = _colleagues_client(demo_store)  # read before signing in: trusted code sees all
    accounts.sign_in(demo_store, "chen", "demo-chen-2026")
    # Prefix by prefix, as the ~165-query attack did: no partial ID ever finds the person.
    for n in range(1, len(target.id_number)):
        found = parties.find_persons(demo_store, target.id_number[:n], limit=50)
        assert target.id not in {p.id for p in found}, n
    for part in (target.name, target.name[:2], target.phone, target.phone[-4:], "%", "_"):
        assert target.id not in {p.id for p in parties.find_persons(demo_store, part, limit=200)}, part
    # The whole ID (the client's card in hand) links the record for a new case, masked.
    [whole] = [p for p in parties.find_persons(demo_store, target.id_number) if p.id == target.id]
    assert whole.name != target.name and "*" in whole.name and whole.phone != target.phone


def test_workbench_person_tells_a_specialist_nothing_about_others(demo_store: Store) -> None:
    target = _colleagues_client(demo_store)
    accounts.sign_in(demo_store, "chen", "demo-chen-2026")
    with pytest.raises(NotFoundError) as theirs:
        parties.look_up_person(demo_store, target.id_number)
    with pytest.raises(NotFoundError) as nobody:
        parties.look_up_person(demo_store, "11010519491231002X")
    # The same words whether the person exists or not (only the number typed differs).
    assert theirs.value.english().replace(target.id_number, "N") == nobody.value.english().replace("11010519491231002X", "N")
    mine = next(cases.get_case(demo_store, i).client for i in case_list.case_ids(demo_store, CaseQuery())
                if not cases.get_case(demo_store, i).masked)
    assert parties.look_up_person(demo_store, mine.id_number).name == mine.name


def test_other_roles_do_not_look_people_up_and_a_lead_is_recorded(demo_store: Store) -> None:
    target = _colleagues_client(demo_store)
    accounts.sign_in(demo_store, "audit", "demo-audit-2026")
    with pytest.raises(PermissionDenied):
        parties.look_up_person(demo_store, target.id_number)
    assert parties.find_persons(demo_store, target.name) == []
    accounts.sign_in(demo_store, "lead", "demo-lead-2026")
    before = len(audit.entries(demo_store, action="view_personal"))
    assert parties.look_up_person(demo_store, target.id_number).name == target.name
    assert len(audit.entries(demo_store, action="view_personal")) == before + 1
    assert parties.find_persons(demo_store, "%") == [] or all("%" in p.name or "%" in p.id_number
                                                              for p in parties.find_persons(demo_store, "%"))


def test_quick_find_and_sort_do_not_reach_behind_the_masks(demo_store: Store) -> None:
    """Typing a colleague's client's name finds nothing; sorting by name orders masked rows by
    what they show (the surname), so the order says nothing about the hidden given name."""
    from workbench.domain.collation import name_sort_key

    target = _colleagues_client(demo_store)
    own_numbers = {cases.get_case(demo_store, i).case_number for i in case_list.case_ids(demo_store, CaseQuery())
                   if cases.get_case(demo_store, i).assignee and cases.get_case(demo_store, i).assignee.name == "陈思远"}
    accounts.sign_in(demo_store, "chen", "demo-chen-2026")
    for typed in (target.name, target.name[1:], target.name[:2]):
        found = case_list.list_cases(demo_store, CaseQuery(text=typed))
        assert all(r.case_number in own_numbers for r in found), typed  # only his own cases answer to names
    rows = case_list.list_cases(demo_store, CaseQuery(sort_key="client_name"))
    keys = [name_sort_key(r.client_name).split(" ")[0] if r.masked else name_sort_key(r.client_name) for r in rows]
    surnames = [k.split(" ")[0] for k in keys]
    assert surnames == sorted(surnames)  # in order by what is shown
    masked = [r for r in rows if r.masked]
    by_surname: dict[str, list[int]] = {}
    for r in masked:
        by_surname.setdefault(name_sort_key(r.client_name).split(" ")[0], []).append(r.id)
    # Within one shown surname, masked rows come in id order, not in the order of the hidden names.
    assert all(ids == sorted(ids) for ids in by_surname.values() if len(ids) > 1)
    assert any(len(ids) > 2 for ids in by_surname.values())
