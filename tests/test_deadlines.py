"""Deadline arithmetic on crafted cases, and the due list across cases."""

from __future__ import annotations

from datetime import date, datetime, timezone

from tests.conftest import new_case
from workbench.domain.rounds import Channel, Direction, RoundDraft
from workbench.services import analysis, cases, deadlines, rounds
from workbench.services.deadlines import CaseFacts, add_days, case_deadlines, load_rules, paused_days
from workbench.services.store import Store

TODAY = date(2026, 11, 26)
RULES = load_rules()


def facts(**dates) -> CaseFacts:  # type: ignore[no-untyped-def]
    requests = dates.pop("requests", ())
    kind = dates.pop("decision_kind", "claim_refused")
    coverage = dates.pop("coverage", "medical")
    complex_ = dates.pop("complex", False)
    return CaseFacts(1, "FY-2026-0001", "周婧", "claim", kind, coverage, dates, tuple(requests), (), complex_)


def by_rule(items):  # type: ignore[no-untyped-def]
    return {d.rule: d for d in items}


def test_thirty_days_paused_while_the_insurer_waits_for_documents() -> None:
    f = facts(documents_complete_on=date(2026, 9, 1), requests=[(date(2026, 9, 10), date(2026, 9, 20))])
    d = by_rule(case_deadlines(f, RULES, TODAY))["art23_decision"]
    assert d.paused_days == 10 and d.due == date(2026, 10, 11)  # 1 Oct + 10 days of waiting
    assert d.status == "overdue" and d.days_left == (date(2026, 10, 11) - TODAY).days
    assert d.flags == ()
    twice = facts(documents_complete_on=date(2026, 9, 1), requests=[(date(2026, 9, 5), date(2026, 9, 6)),
                                                                     (date(2026, 9, 15), date(2026, 9, 16))])
    assert by_rule(case_deadlines(twice, RULES, TODAY))["art23_decision"].flags == ("repeated_document_requests",)


def test_kept_and_missed() -> None:
    f = facts(decision_date=date(2026, 10, 1), notice_issued_on=date(2026, 10, 3))
    assert by_rule(case_deadlines(f, RULES, TODAY))["art24_refusal_notice"].status == "kept"
    late = facts(decision_date=date(2026, 10, 1), notice_issued_on=date(2026, 10, 9))
    d = by_rule(case_deadlines(late, RULES, TODAY))["art24_refusal_notice"]
    assert d.due == date(2026, 10, 4) and d.status == "missed"


def test_years_life_and_leap_days() -> None:
    medical = by_rule(case_deadlines(facts(event_date=date(2024, 2, 29)), RULES, TODAY))["art26_limitation"]
    assert medical.due == date(2026, 2, 28)
    life = by_rule(case_deadlines(facts(event_date=date(2024, 3, 1), coverage="life"), RULES, TODAY))
    assert life["art26_limitation"].due == date(2029, 3, 1) and life["art26_limitation"].status == "open"
    rescind = by_rule(case_deadlines(facts(decision_kind="contract_rescinded",
                                           policy_effective_date=date(2023, 5, 1), decision_date=date(2026, 9, 1)),
                                     RULES, TODAY))
    assert rescind["art16_two_years"].due == date(2025, 5, 1) and rescind["art16_two_years"].status == "missed"


def test_complaint_ladder_and_due_soon() -> None:
    plain = by_rule(case_deadlines(facts(complaint_filed_on=date(2026, 11, 12)), RULES, TODAY))
    assert plain["complaint_reply"].due == date(2026, 11, 27) and plain["complaint_reply"].status == "due_soon"
    assert plain["complaint_longest"].due == date(2027, 1, 11)
    complex_ = by_rule(case_deadlines(facts(complaint_filed_on=date(2026, 11, 12), complex=True), RULES, TODAY))
    assert complex_["complaint_reply"].due == date(2026, 12, 12)


def test_working_days_only_when_the_rule_says_so() -> None:
    assert add_days(date(2026, 11, 27), 3, "calendar") == date(2026, 11, 30)
    assert add_days(date(2026, 11, 27), 3, "working") == date(2026, 12, 2)  # Fri + 3 working days = Wed
    assert paused_days(date(2026, 1, 1), date(2026, 2, 1), ((date(2026, 1, 5), None),), date(2026, 1, 10)) == 5


def test_rules_that_do_not_apply_stay_quiet() -> None:
    f = facts(decision_kind="uw_declined", documents_complete_on=date(2026, 9, 1), event_date=date(2026, 1, 1))
    f = CaseFacts(1, "x", "", "underwriting", "uw_declined", None, f.dates)
    assert case_deadlines(f, RULES, TODAY) == []


def test_due_list_across_cases_with_follow_ups(store: Store) -> None:
    a = new_case(store, seq=1)
    cases.update_case(store, a.id, {"complaint_filed_on": date(2026, 11, 20)}, a.meta.revision, today=TODAY)
    b = new_case(store, seq=2, client="李娜")
    rounds.log_round(store, b.id, RoundDraft(datetime(2026, 11, 2, tzinfo=timezone.utc), Channel.PHONE,
                                             Direction.TO_INSURER, summary="询问", next_step="等待回电",
                                             follow_up_on=date(2026, 11, 10)))
    deadlines.add_document_request(store, b.id, date(2026, 10, 1), "补充病历")
    for case in (a, b):  # the refusals were notified in time (decision 8 Oct, notice 10 Oct)
        analysis.set_notice(store, case.id, "经审核不予赔付。理由：未如实告知。", date(2026, 10, 10))
    everything = deadlines.open_deadlines(store, TODAY)
    due = deadlines.due_list(everything, 10, TODAY)  # the complaint reply is due on 5 December
    assert [(d.case_number, d.rule, d.status) for d in due] == [
        (b.case_number, "follow_up", "overdue"), (a.case_number, "complaint_reply", "open")]
    assert deadlines.due_list(everything, 3, TODAY)[0].rule == "follow_up"
    # the same numbers for one case, from the case itself
    assert {d.rule for d in deadlines.deadlines_of_case(store, a.id, TODAY)} == {
        "art24_refusal_notice", "complaint_reply", "complaint_longest"}
    # a later round answers the follow-up
    rounds.log_round(store, b.id, RoundDraft(datetime(2026, 11, 12, tzinfo=timezone.utc), Channel.PHONE,
                                             Direction.FROM_INSURER, summary="对方回电"))
    assert all(d.rule != "follow_up" for d in deadlines.open_deadlines(store, TODAY))
    kept = {d.rule: d.status for d in deadlines.deadlines_of_case(store, b.id, TODAY)}
    assert kept["art24_refusal_notice"] == "kept"


def test_a_notice_received_in_time_keeps_the_three_days() -> None:
    f = facts(decision_date=date(2026, 10, 1), received_date=date(2026, 10, 3))
    assert by_rule(case_deadlines(f, RULES, TODAY))["art24_refusal_notice"].status == "kept"
