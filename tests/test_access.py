"""Sign-in, roles, masking and the audit trail, through the real services."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import new_case
from workbench.domain.access import Role, mask_address, mask_card, mask_id_number, mask_name, mask_phone
from workbench.errors import AuthError, PermissionDenied, ValidationError
from workbench.services import accounts, audit, case_list, cases, parties
from workbench.services.store import Store
from workbench.storage.base import utcnow


def test_masks() -> None:
    assert mask_id_number("110105198503041234") == "1" + "*" * 15 + "34"
    assert "19850304" not in mask_id_number("110105198503041234")
    assert mask_phone("13812341234") == "138****1234"
    assert mask_card("6222 0212 3456 7890") == "************7890"
    assert mask_name("张伟") == "张*" and mask_name("欧阳娜娜") == "欧阳**"
    assert mask_address("北京市朝阳区建国路1号") == "北京市…"
    assert mask_address("广东省深圳市南山区科技园") == "广东省深圳市…"
    # No city named: nothing of the street is shown (it was, in full).
    assert mask_address("浦东新区世纪大道100号2201室") == "…" and mask_address("北京朝阳区建国路1号") == "北京…"
    assert mask_address("Room 2201, 88 Century Avenue") == "…" and mask_address("12 Baker St, London") == "…, London"


@pytest.fixture
def team(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A database with one case assigned to 陈思远 and one unassigned, and one account per role."""
    store = Store.open(tmp_path / "t.sqlite3")
    staff = parties.create_staff(store, "陈思远")
    mine = new_case(store, client="张伟", seq=1)
    cases.update_case(store, mine.id, {"assignee_id": staff.id}, cases.get_case(store, mine.id).meta.revision)
    other = new_case(store, client="李娜", seq=2)
    accounts.add_user(store, "admin", "admin-pass-1", Role.ADMINISTRATOR)
    store.principal = accounts.sign_in(store, "admin", "admin-pass-1")
    accounts.add_user(store, "chen", "chen-pass-1", Role.SPECIALIST, "陈思远", staff_name="陈思远")
    accounts.add_user(store, "lead", "lead-pass-1", Role.TEAM_LEAD, "林慧敏")
    accounts.add_user(store, "audit", "audit-pass-1", Role.AUDITOR, "审计")
    store.principal = None
    yield store, mine.id, other.id
    store.close()


def test_first_account_is_the_administrator_and_others_need_one(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "x.sqlite3")
    with pytest.raises(ValidationError):
        accounts.add_user(store, "someone", "long enough", Role.SPECIALIST)
    accounts.add_user(store, "root", "long enough", Role.ADMINISTRATOR)
    accounts.add_user(store, "lead", "long enough", Role.TEAM_LEAD) if store.principal else None
    accounts.sign_in(store, "root", "long enough")
    accounts.add_user(store, "lead", "long enough", Role.TEAM_LEAD)
    accounts.sign_in(store, "lead", "long enough")
    with pytest.raises(PermissionDenied):
        accounts.add_user(store, "other", "long enough", Role.SPECIALIST)
    with sqlite3.connect(store.path) as conn:
        digest = conn.execute("SELECT password_hash FROM user_account WHERE username='root'").fetchone()[0]
    assert digest.startswith("$argon2id$") and "long enough" not in digest


def test_wrong_passwords_back_off(team) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = team
    now = utcnow()
    for _ in range(3):
        with pytest.raises(AuthError, match="Wrong"):
            accounts.sign_in(store, "chen", "nope", now=now)
    with pytest.raises(AuthError, match="Try again in 1 seconds"):
        accounts.sign_in(store, "chen", "chen-pass-1", now=now)  # even the right one must wait
    later = now + timedelta(seconds=2)
    with pytest.raises(AuthError, match="Wrong"):
        accounts.sign_in(store, "chen", "nope", now=later)
    with pytest.raises(AuthError, match="Try again in 2 seconds"):
        accounts.sign_in(store, "chen", "chen-pass-1", now=later)
    assert [accounts.wait_after(n) for n in range(1, 8)] == [0, 0, 1, 2, 4, 8, 16]
    assert accounts.sign_in(store, "chen", "chen-pass-1", now=later + timedelta(seconds=3)).role is Role.SPECIALIST


def _names(store: Store) -> dict[str, str]:
    return {r.case_number: r.client_name for r in case_list.list_cases(store, case_list.CaseQuery())}


def test_each_role_sees_what_the_policy_says(team) -> None:  # type: ignore[no-untyped-def]
    store, mine, other = team
    full = cases.get_case(store, other)
    seen = {}
    for user, password in (("chen", "chen-pass-1"), ("lead", "lead-pass-1"), ("audit", "audit-pass-1"),
                           ("admin", "admin-pass-1")):
        accounts.sign_in(store, user, password)
        seen[user] = (_names(store), cases.get_case(store, mine), cases.get_case(store, other))
    chen_list, chen_mine, chen_other = seen["chen"]
    assert chen_mine.client.name == "张伟" and not chen_mine.masked
    assert chen_other.masked and chen_other.client.name == "李*" and chen_other.client.phone == "138****1234"
    assert full.client.id_number[6:14] not in chen_other.client.id_number  # never the birth date
    assert set(chen_list.values()) == {"张伟", "李*"}
    lead_list, lead_mine, lead_other = seen["lead"]
    assert set(lead_list.values()) == {"张伟", "李娜"} and not lead_other.masked
    audit_list, audit_mine, audit_other = seen["audit"]
    assert set(audit_list.values()) == {"张*", "李*"} and audit_mine.masked
    assert audit_mine.summary == "(health information hidden)"
    assert seen["admin"][1].masked


def test_roles_that_may_not_write_are_refused_and_nothing_changes(team) -> None:  # type: ignore[no-untyped-def]
    store, mine, _ = team
    for user, password in (("audit", "audit-pass-1"), ("admin", "admin-pass-1")):
        accounts.sign_in(store, user, password)
        case = cases.get_case(store, mine)
        with pytest.raises(PermissionDenied):
            cases.update_case(store, mine, {"summary": "改了"}, case.meta.revision)
    store.principal = None
    assert cases.get_case(store, mine).summary == ""


def test_a_specialist_cannot_overwrite_a_person_they_only_see_masked(team) -> None:  # type: ignore[no-untyped-def]
    store, mine, other = team
    accounts.sign_in(store, "chen", "chen-pass-1")
    other_case = cases.get_case(store, other)
    with pytest.raises(PermissionDenied):
        parties.update_person(store, other_case.client.id, _draft(other_case.client), other_case.client.meta.revision)
    mine_case = cases.get_case(store, mine)
    parties.update_person(store, mine_case.client.id, _draft(mine_case.client, phone="13900001111"),
                          mine_case.client.meta.revision)


def _draft(p, phone: str | None = None):  # type: ignore[no-untyped-def]
    from workbench.domain.models import PersonDraft

    return PersonDraft(p.name, p.id_type, p.id_number, phone or p.phone, p.address)


def test_audit_trail_records_and_verify_catches_tampering(team) -> None:  # type: ignore[no-untyped-def]
    store, mine, _ = team
    accounts.sign_in(store, "lead", "lead-pass-1")
    case = cases.get_case(store, mine)
    cases.update_case(store, mine, {"summary": "补充材料"}, case.meta.revision)
    items = audit.entries(store)
    actions = [e.action for e in items]
    assert {"account_added", "sign_in", "view_personal", "change", "create"} <= set(actions)
    change = next(e for e in items if e.action == "change" and "dispute_case" in e.subject)
    assert change.actor == "lead" and change.details["fields"]["summary"] == ["", "补充材料"]
    assert audit.verify(store) == []
    seq, digest = audit.head(store)
    with sqlite3.connect(store.path) as conn:
        conn.execute("DROP TRIGGER audit_entry_no_update")
        conn.execute("DROP TRIGGER audit_entry_no_delete")
        conn.execute("UPDATE audit_entry SET actor='someone' WHERE seq=3")
        conn.execute("DELETE FROM audit_entry WHERE seq=5")
        conn.execute("INSERT INTO audit_entry SELECT seq + 1000, at, workstation_id, actor, action, subject, details, "
                     "prev_hash, hash FROM audit_entry WHERE seq=7")
    kinds = {(p.kind, p.seq) for p in audit.verify(store)}
    assert ("edited", 3) in kinds and ("missing", 5) in kinds and ("inserted", 1007) in kinds
    with sqlite3.connect(store.path) as conn:
        conn.execute(f"DELETE FROM audit_entry WHERE seq >= {seq - 1}")
    assert any(p.kind == "truncated" for p in audit.verify(store, (seq, digest)))


def test_audit_trail_is_append_only_inside_the_app(team) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = team
    with sqlite3.connect(store.path) as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_entry SET actor='x' WHERE seq=1")


def test_audit_reading_is_for_leads_auditors_and_admins_and_masks_for_them(team) -> None:  # type: ignore[no-untyped-def]
    store, _, other = team
    store.principal = None
    case = cases.get_case(store, other)
    parties.update_person(store, case.client.id, _draft(case.client, phone="13700007777"), case.client.meta.revision)
    accounts.sign_in(store, "chen", "chen-pass-1")
    with pytest.raises(PermissionDenied):
        audit.entries(store)
    accounts.sign_in(store, "audit", "audit-pass-1")
    change = next(e for e in audit.entries(store) if e.action == "change" and e.subject.startswith("person"))
    assert change.details["fields"]["phone"] == ["138****1234", "137****7777"]
    accounts.sign_in(store, "lead", "lead-pass-1")
    change = next(e for e in audit.entries(store) if e.action == "change" and e.subject.startswith("person"))
    assert change.details["fields"]["phone"] == ["13800001234", "13700007777"]


def test_markup_and_sql_like_text_is_harmless(team) -> None:  # type: ignore[no-untyped-def]
    store, mine, _ = team
    accounts.sign_in(store, "lead", "lead-pass-1")
    nasty = "'); DROP TABLE dispute_case; -- <b onmouseover=alert(1)>&amp;"
    case = cases.get_case(store, mine)
    cases.update_case(store, mine, {"summary": nasty}, case.meta.revision)
    assert cases.get_case(store, mine).summary == nasty
    assert audit.entries(store, text="DROP TABLE")
    with pytest.raises(AuthError):
        accounts.sign_in(store, "' OR '1'='1", "' OR '1'='1")
    assert audit.verify(store) == []


def test_reveal_needs_a_reason_and_is_recorded(team) -> None:  # type: ignore[no-untyped-def]
    from workbench.services import visibility

    store, _, other = team
    accounts.sign_in(store, "chen", "chen-pass-1")
    with pytest.raises(ValidationError):
        visibility.reveal(store, other, "client.id_number", "")
    value = visibility.reveal(store, other, "client.id_number", "客户来电核对身份，承办人休假")
    assert value.isdigit() or value.endswith("X")
    assert cases.get_case(store, other).masked  # still masked everywhere else
    accounts.sign_in(store, "audit", "audit-pass-1")
    with pytest.raises(PermissionDenied):
        visibility.reveal(store, other, "client.phone", "just curious, really")
    entry = next(e for e in audit.entries(store, action="reveal"))
    assert entry.actor == "chen" and entry.details == {"field": "client.id_number", "reason": "客户来电核对身份，承办人休假"}


def test_letters_show_what_the_composing_role_may_see_and_carry_the_chain_head(team) -> None:  # type: ignore[no-untyped-def]
    import io

    from pypdf import PdfReader

    from workbench.services import letters
    from workbench.services.letter_pdf import render_letter

    store, mine, other = team
    accounts.sign_in(store, "chen", "chen-pass-1")
    theirs = letters.compose(store, other, "zh")
    own = letters.compose(store, mine, "zh")
    text_theirs = " ".join(v for _, v in theirs.reference) + " ".join(theirs.sections.values())
    text_own = " ".join(v for _, v in own.reference) + " ".join(own.sections.values())
    assert "李娜" not in text_theirs and "李*" in text_theirs
    assert "张伟" in text_own
    seq, digest = audit.head(store)
    assert own.audit_head.startswith(f"{seq}:") or int(own.audit_head.split(":")[0]) <= seq
    pdf = render_letter(own, draft=True)
    assert f"audit-head {own.audit_head}" in (PdfReader(io.BytesIO(pdf)).metadata.get("/Keywords") or "")


def test_reports_carry_no_personal_data_for_any_role(team) -> None:  # type: ignore[no-untyped-def]
    from workbench.domain.report import SliceBy
    from workbench.services import report

    store, _, _ = team
    for user, password in (("chen", "chen-pass-1"), ("audit", "audit-pass-1"), ("lead", "lead-pass-1")):
        accounts.sign_in(store, user, password)
        rows = report.outcome_report(store, SliceBy.SPECIALIST, case_list.CaseQuery())
        text = repr(rows)
        assert "张伟" not in text and "李娜" not in text and "110105" not in text


def test_auditors_see_no_health_information_in_the_analysis(team) -> None:  # type: ignore[no-untyped-def]
    from workbench.services import analysis

    store, mine, _ = team
    analysis.set_notice(store, mine, "经查，被保险人投保前已患甲状腺结节，未如实告知。")
    analysis.add_point(store, mine, "投保前已患甲状腺结节")
    accounts.sign_in(store, "audit", "audit-pass-1")
    assert analysis.get_notice(store, mine).text == "(health information hidden)"
    assert all(p.quote == "(health information hidden)" for p in analysis.list_points(store, mine))
    accounts.sign_in(store, "chen", "chen-pass-1")
    assert "甲状腺" in analysis.get_notice(store, mine).text


def test_a_deidentified_bundle_masks_people_and_leaves_out_health_letters_and_files(team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json
    import zipfile

    from workbench.domain.evidence import EvidenceMeta
    from workbench.services import evidence, sync

    store, mine, _ = team
    evidence.attach_bytes(store, mine, "病历.txt", "门诊病历：甲状腺结节".encode(), EvidenceMeta())
    case = cases.get_case(store, mine)
    cases.update_case(store, mine, {"summary": "被保险人患甲状腺结节"}, case.meta.revision)
    accounts.sign_in(store, "audit", "audit-pass-1")
    with pytest.raises(PermissionDenied):
        sync.export_bundle(store, tmp_path / "full.wbundle")
    out = tmp_path / "shared.wbundle"
    sync.export_bundle(store, out, deidentified=True)
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        records = json.loads(zf.read("records.json"))["records"]
        names = zf.namelist()
    assert manifest["deidentified"] is True and manifest["audit_head"]["seq"] > 0
    people = [r["fields"] for r in records if r["kind"] == "person"]
    assert people and all("*" in p["name"] and "19850304" not in p["id_number"] for p in people)
    assert all(r["fields"]["summary"] == "" for r in records if r["kind"] == "dispute_case")
    assert not [n for n in names if n.startswith("files/")]
    assert not [r for r in records if r["kind"] == "letter_version"]
    assert "甲状腺" not in json.dumps(records, ensure_ascii=False)
    assert any(e.action == "export" and e.details["deidentified"] for e in audit.entries(store))


def test_passwords_are_changed_by_their_owner_or_an_administrator(team) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = team
    accounts.sign_in(store, "chen", "chen-pass-1")
    with pytest.raises(ValidationError, match="current password"):
        accounts.set_password(store, "chen", "new-chen-pass", "not it")
    with pytest.raises(PermissionDenied):
        accounts.set_password(store, "lead", "hijacked-pass")
    accounts.set_password(store, "chen", "new-chen-pass", "chen-pass-1")
    with pytest.raises(AuthError):
        accounts.sign_in(store, "chen", "chen-pass-1")
    accounts.sign_in(store, "admin", "admin-pass-1")
    accounts.set_password(store, "chen", "reset-by-admin")  # no current password needed
    assert accounts.sign_in(store, "chen", "reset-by-admin").username == "chen"
    accounts.sign_in(store, "lead", "lead-pass-1")
    assert [e.subject for e in audit.entries(store, action="password_changed")] == ["chen", "chen"]


def test_a_deidentified_demo_bundle_holds_no_personal_or_health_byte(demo_store: Store, tmp_path: Path) -> None:
    """Every member of the bundle, byte by byte, against every person, staff member, policy and
    free text of the demo (read before exporting, by trusted code)."""
    import zipfile

    from workbench.services import sync

    conn = sqlite3.connect(demo_store.path)
    secrets: set[str] = set()
    for name, id_number, phone, address in conn.execute("SELECT name, id_number, phone, address FROM person"):
        secrets |= {name, id_number, phone, address.split("区")[-1]}
    secrets |= {n for (n,) in conn.execute("SELECT name FROM staff")} | {p for (p,) in conn.execute("SELECT phone FROM staff")}
    secrets |= {n for (n,) in conn.execute("SELECT number FROM policy")}
    texts = [t for (t,) in conn.execute(
        "SELECT summary FROM dispute_case UNION SELECT quote FROM reasoning_point UNION SELECT rebuttal_html "
        "FROM reasoning_point UNION SELECT text FROM decision_notice UNION SELECT summary FROM negotiation_round "
        "UNION SELECT description FROM evidence UNION SELECT original_name FROM evidence UNION SELECT note FROM citation")]
    conn.close()
    secrets |= {t for t in texts if t and len(t) >= 6}
    secrets = {s for s in secrets if s and len(s) >= 2}
    out = tmp_path / "shared.wbundle"
    sync.export_bundle(demo_store, out, deidentified=True)
    with zipfile.ZipFile(out) as zf:
        members = {n: zf.read(n).decode("utf-8") for n in zf.namelist()}
    assert set(members) == {"manifest.json", "records.json"}  # no document, no letter
    leaked = sorted(s for s in secrets for text in members.values() if s in text)
    assert leaked == [], leaked[:10]
