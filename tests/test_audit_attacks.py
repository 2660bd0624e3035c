"""Attacks on the audit trail viewer and `audit list --find`: the trail holds every value before
and after, so it must show each reader only what the case view would, and its search must not
answer questions about what is hidden."""

from __future__ import annotations

from tests.conftest import new_case
from tests.sync_helpers import edit_case
from workbench.domain.access import HIDDEN_HEALTH, Role
from workbench.domain.models import PersonDraft
from workbench.services import accounts, audit, cases, parties
from workbench.services.store import Store


def _trail(store: Store) -> tuple[str, str]:
    """A lead changes a client's phone and a case summary with a diagnosis in it."""
    accounts.add_user(store, "admin", "admin-pass-2026", Role.ADMINISTRATOR, "管理员")
    accounts.sign_in(store, "admin", "admin-pass-2026")
    accounts.add_user(store, "lead", "lead-pass-2026", Role.TEAM_LEAD, "林慧敏")
    accounts.add_user(store, "audit", "audit-pass-2026", Role.AUDITOR, "周敏")
    accounts.sign_in(store, "lead", "lead-pass-2026")
    case = new_case(store)
    client = cases.get_case(store, case.id).client
    parties.update_person(store, client.id, PersonDraft(client.name, client.id_type, client.id_number, "13912345678",
                                                        client.address), client.meta.revision)
    edit_case(store, case.case_number, summary="客户确诊甲状腺乳头状癌，投保前未见病史")
    return "13912345678", "甲状腺乳头状癌"


def test_an_auditor_cannot_spell_out_a_masked_phone(store: Store) -> None:
    phone, _ = _trail(store)
    accounts.sign_in(store, "audit", "audit-pass-2026")
    shown = [e for e in audit.entries(store) if "phone" in e.details.get("fields", {})]
    assert shown and all(phone not in str(e.details) for e in shown)  # 139****5678
    for k in range(4, len(phone) + 1):  # 1391, 13912, …: never confirmed by a match
        hits = [e for e in audit.entries(store, text=phone[:k]) if "phone" in e.details.get("fields", {})]
        assert hits == [], (k, hits)
    assert audit.entries(store, text="%") == []  # a character, not a wildcard


def test_an_auditor_reads_no_health_text_in_the_trail_nor_finds_it(store: Store) -> None:
    _, diagnosis = _trail(store)
    accounts.sign_in(store, "audit", "audit-pass-2026")
    changes = [e for e in audit.entries(store) if "summary" in e.details.get("fields", {})]
    assert changes and all(diagnosis not in str(e.details) for e in changes)
    assert changes[0].details["fields"]["summary"][1] == HIDDEN_HEALTH
    assert audit.entries(store, text="甲状腺") == []  # is this diagnosis in a case? no answer
    csv_text = audit.as_csv(audit.entries(store))
    assert diagnosis not in csv_text and "13912345678" not in csv_text


def test_a_lead_reads_and_finds_everything_literally(store: Store) -> None:
    phone, diagnosis = _trail(store)
    assert audit.entries(store, text=diagnosis) and audit.entries(store, text=phone)
    assert audit.entries(store, text="%") == []  # % is a character, not "anything"
