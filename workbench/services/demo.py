"""`workbench demo`: a realistic database for newcomers, screenshots and benchmarks.

Cases follow the brokerage's figures: about half of decided claim disputes end
with the insurer changing its conclusion.  The file is built under a temporary
name and renamed at the end, so a cancelled or failed run leaves nothing behind.
"""

from __future__ import annotations

import os
import random
import shutil
from dataclasses import dataclass
from dataclasses import replace as with_changes
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from workbench.domain.collation import name_sort_key
from workbench.domain.enums import (
    DecisionKind, DisputeKind, IdType, Outcome, Priority, Relationship, Stage,
)
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.letter import Letterhead
from workbench.domain.models import Case
from workbench.domain.resident_id import make_resident_id
from workbench.errors import ValidationError
from workbench.services import demo_data as W
from workbench.services import letters, sync
from workbench.services.progress import Progress, report
from workbench.services.store import Store
from workbench.storage.base import new_uuid
from workbench.storage.bulk import bulk_load_cache
from workbench.storage.blobs import store_root_for
from workbench.storage.rows import (
    CaseCounterRow, CaseRow, InsurerRow, PersonRow, PolicyRow, StaffRow, StageChangeRow,
)

CHUNK = 5000
CLAIM_KINDS = ((DecisionKind.CLAIM_REFUSED, 50), (DecisionKind.PARTLY_PAID, 30),
               (DecisionKind.CONTRACT_RESCINDED, 15), (DecisionKind.PREMIUM_REFUNDED, 5))
UW_KINDS = ((DecisionKind.UW_DECLINED, 30), (DecisionKind.UW_POSTPONED, 20),
            (DecisionKind.UW_EXCLUSION, 30), (DecisionKind.UW_LOADING, 20))
# Decided claim disputes: overturned + partly changed ≈ 53%, as the brokerage reports.
OUTCOMES = ((Outcome.OVERTURNED, 33), (Outcome.PARTLY_CHANGED, 20), (Outcome.UPHELD, 30),
            (Outcome.WITHDRAWN, 12), (Outcome.ESCALATED, 5))
ACTIVE = (Stage.INTAKE, Stage.EVIDENCE, Stage.ANALYSIS, Stage.NEGOTIATION)


@dataclass(frozen=True, slots=True)
class DemoResult:
    path: Path
    cases: int
    persons: int
    insurers: int
    staff: int
    colleague_bundle: Path | None = None  # a bundle from a second workstation, waiting to be imported
    accounts: tuple[tuple[str, str, str], ...] = ()  # (user, role, password): one per role, to try each


# One account per role, so a newcomer can see what each may see (passwords also in the README).
DEMO_ACCOUNTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("admin", "administrator", "demo-admin-2026", "系统管理员", ""),
    ("lead", "team_lead", "demo-lead-2026", "林慧敏", "林慧敏"),
    ("chen", "specialist", "demo-chen-2026", "陈思远", "陈思远"),
    ("audit", "auditor", "demo-audit-2026", "内审 周敏", ""),
)


def _pick(rng: random.Random, weighted: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


class _Maker:
    """Builds row dictionaries; one instance per demo run, seeded for repeatability."""

    def __init__(self, rng: random.Random, ws: str, today: date) -> None:
        self.rng, self.ws, self.today = rng, ws, today
        self.now = datetime.now(timezone.utc)
        self.person_seq = 0
        self.person_rows: list[dict[str, Any]] = []
        self.name_keys: dict[int, str] = {}  # person id → sort key, for the cases' own copies

    def meta(self, when: datetime | None = None) -> dict[str, Any]:
        stamp = when or self.now
        return {"uuid": new_uuid(), "created_at": stamp, "updated_at": stamp, "revision": 1,
                "workstation_id": self.ws, "deleted_at": None}

    def person(self, surname: str | None = None, age: tuple[int, int] = (22, 65)) -> int:
        rng = self.rng
        self.person_seq += 1
        region, city, district = rng.choice(W.REGIONS)
        birth = self.today - timedelta(days=rng.randint(age[0] * 365, age[1] * 365))
        name = (surname or rng.choice(W.SURNAMES)) + "".join(rng.choices(W.GIVEN, k=rng.choice((1, 2, 2))))
        phone = f"1{rng.choice('3456789')}{rng.randint(0, 9)}{rng.randint(0, 99999999):08d}"
        address = f"{city}{district}{rng.choice(W.ROADS)}{rng.randint(1, 999)}号{rng.randint(1, 30)}栋{rng.randint(101, 2806)}室"
        self.name_keys[self.person_seq] = key = name_sort_key(name)
        self.person_rows.append({"id": self.person_seq, "name": name, "name_key": key, "id_type": IdType.RESIDENT_ID.value,
                                 "id_number": make_resident_id(region, birth, rng.randint(0, 999)),
                                 "phone": phone, "address": address, **self.meta()})
        return self.person_seq


def _insurer_rows(m: _Maker) -> list[dict[str, Any]]:
    rows = []
    for i, (name, _) in enumerate(W.INSURERS, start=1):
        _, city, district = W.REGIONS[i % len(W.REGIONS)]
        road = W.ROADS[i % len(W.ROADS)]
        rows.append({"id": i, "name": name,
                     "claims_address": f"{city}{district}{road}{100 + i}号 {name}理赔部（邮编{100000 + i * 1111}）",
                     "underwriting_address": f"{city}{district}{road}{100 + i}号 {name}核保部",
                     "contacts": f"理赔复议专线 400-{800 + i}-{1000 + i * 37:04d}", **m.meta()})
    return rows


def _stage_path(rng: random.Random, m: _Maker, opened: date, kind: DisputeKind) -> tuple[list[tuple[Stage, Outcome | None, date]], Stage, Outcome | None]:
    """A plausible history: older cases are further along."""
    age = (m.today - opened).days
    far = min(1.0, age / 240)
    if rng.random() < 0.15 + 0.8 * far:
        final = Stage.CLOSED if rng.random() < 0.4 + 0.5 * far else Stage.DECIDED
    else:
        final = rng.choice(ACTIVE[: 1 + min(3, age // 20)])
    outcome = _pick(rng, OUTCOMES) if final in (Stage.DECIDED, Stage.CLOSED) else None
    if outcome is not None and kind is DisputeKind.UNDERWRITING and outcome is Outcome.ESCALATED:
        outcome = Outcome.UPHELD
    steps: list[Stage] = [Stage.INTAKE]
    if final in ACTIVE:
        steps += list(ACTIVE[1: ACTIVE.index(final) + 1])
    else:
        steps += list(ACTIVE[1: rng.randint(2, 4)]) + [Stage.DECIDED]
        if final is Stage.CLOSED:
            steps.append(Stage.CLOSED)
    span = max(1, min(age, rng.randint(20, 200)))
    days = sorted(rng.sample(range(span + 1), k=min(len(steps), span + 1)))
    while len(days) < len(steps):
        days.append(days[-1])
    days[0] = 0  # intake is the day the case was opened
    history = [(st, outcome if st is Stage.DECIDED else None, opened + timedelta(days=d)) for st, d in zip(steps, days, strict=True)]
    return history, final, outcome


def _paid(rng: random.Random, outcome: Outcome | None, claimed: int, offered: int) -> int | None:
    if outcome in (Outcome.OVERTURNED,):
        return claimed
    if outcome is Outcome.PARTLY_CHANGED:
        return offered + (claimed - offered) * rng.randint(30, 85) // 100 // 100 * 100
    if outcome in (Outcome.UPHELD, Outcome.WITHDRAWN):
        return offered
    return None


DEMO_LETTERHEAD = Letterhead("安衡保险经纪有限公司 两核服务部", "上海市静安区南京西路1266号恒隆广场35楼", "021-6288 1234")
DEMO_WORKSTATION = "两核服务部 理赔组-01"
PRACTICE_CASE_FROM = 20  # demos this size and larger show a deleted case too


def _demo_logo() -> str:
    """A plain mark for the demo letterhead: a blue shield with a white check."""
    import base64
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (240, 240), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.polygon([(120, 8), (226, 44), (210, 150), (120, 232), (30, 150), (14, 44)], fill=(31, 78, 140))
    draw.line([(70, 120), (108, 160), (176, 82)], fill="white", width=22)
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def generate_demo(path: Path, cases: int, seed: int = 2026, replace: bool = False,
                  progress: Progress | None = None, today: date | None = None) -> DemoResult:
    if cases < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The number of cases must be at least 1."), field="cases")
    if path.exists() and not replace:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{path} already exists. Choose another file or use --replace to overwrite it."), path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    _remove_db_files(tmp)
    try:
        store = Store.open(tmp)
        try:
            # One case more than asked for (a demo of any size worth browsing): the practice case
            # deleted below, so `cases` stay in the lists.
            practice = 1 if cases >= PRACTICE_CASE_FROM else 0
            counted = None if progress is None else (lambda done, _total: progress(min(done, cases), cases))
            made, *rest = _fill(store, cases + practice, random.Random(seed), today or date.today(), counted)
            result = (made - practice, *rest)
            _add_evidence(store, random.Random(seed + 1))
            letters.set_letterhead(store, with_changes(DEMO_LETTERHEAD, logo=_demo_logo()))
            sync.set_workstation_name(store, DEMO_WORKSTATION)
            _issue_letters(store)
            if practice:
                _delete_a_practice_case(store)
            from workbench.services.demo_sync import colleague_bundle_path, exchange_with_colleague

            bundle = exchange_with_colleague(store, colleague_bundle_path(path))
            _add_accounts(store)
        finally:
            store.close()
        _remove_db_files(path)
        shutil.rmtree(store_root_for(path), ignore_errors=True)
        os.replace(tmp, path)
        os.replace(store_root_for(tmp), store_root_for(path))
    finally:
        _remove_db_files(tmp)
        shutil.rmtree(store_root_for(tmp), ignore_errors=True)
    return DemoResult(path, *result, colleague_bundle=bundle,
                      accounts=tuple((user, role, password) for user, role, password, _, _ in DEMO_ACCOUNTS))


def _delete_a_practice_case(store: Store) -> None:
    """A practice case opened while training a newcomer, deleted by the team lead (Case → Deleted
    cases shows it, and who deleted it, why and when)."""
    from workbench.services import cases

    with store.unit_of_work() as s:
        # The newest case still at intake, as a practice case would be (any case in a tiny demo).
        newest = s.scalar(select(CaseRow.id).where(CaseRow.stage != Stage.CLOSED.value)
                          .order_by(CaseRow.stage != Stage.INTAKE.value, CaseRow.id.desc()))
    if newest is not None:
        with store.acting_as(W.STAFF[-2][0]):
            cases.delete_case(store, newest, "新同事培训时误建的练习案件，并非客户委托。")


def _add_accounts(store: Store) -> None:
    from workbench.domain.access import Role
    from workbench.services import accounts

    for user, role, password, name, staff in DEMO_ACCOUNTS:
        accounts.add_user(store, user, password, Role(role), name, staff)
    from workbench.services.sign_in import DEMO_HINT_KEY
    from workbench.storage.rows import SettingRow

    with store.unit_of_work() as s:
        s.merge(SettingRow(key=DEMO_HINT_KEY, value="\n".join(f"{u} / {p}" for u, _r, p, _n, _s in DEMO_ACCOUNTS)))


_CLOCKS_EMPTY = {"event_date": None, "claim_submitted_on": None, "documents_complete_on": None,
                 "insurer_learned_on": None, "complaint_filed_on": None, "complaint_complex": False}


def _clock_dates(rng: random.Random, kind: DisputeKind, decision: date, final: Stage, today: date) -> dict[str, Any]:
    """When the event happened, the claim was filed and the documents were complete; a few complaints."""
    event = decision - timedelta(days=rng.randint(45, 150))
    submitted = event + timedelta(days=rng.randint(5, 30))
    out: dict[str, Any] = {"event_date": event, "claim_submitted_on": submitted,
                           "documents_complete_on": submitted + timedelta(days=rng.randint(0, 20))}
    if final in ACTIVE and rng.random() < 0.12:
        out["complaint_filed_on"] = today - timedelta(days=rng.randint(1, 40))
        out["complaint_complex"] = rng.random() < 0.3
    return out


LETTER_CASES = 6  # cases in negotiation whose first letter has gone out


def _issue_letters(store: Store) -> None:
    from workbench.domain.enums import Stage
    from workbench.domain.models import CaseQuery
    from workbench.services import case_list, cases, letter_issue
    from workbench.services.letter_pdf import render_letter

    done = 0
    for case_id in case_list.case_ids(store, CaseQuery(sort_key="opened_on", descending=True))[:EVIDENCE_CASES]:
        case = cases.get_case(store, case_id)
        if case.stage is not Stage.NEGOTIATION or done >= LETTER_CASES:
            continue
        letter = letters.compose(store, case_id, "zh")
        if not letter.enclosures:
            continue
        try:
            pdf = render_letter(letter)
        except ValidationError:
            return  # no embeddable font on this machine: the demo goes without issued letters
        with store.acting_as(_assignee_name(case)):
            letter_issue.issue_letter(store, letter, pdf)
        done += 1


EVIDENCE_CASES = 40  # the newest cases get documents; enough to show the viewer, cheap for 100,000 cases


def _add_evidence(store: Store, rng: random.Random) -> None:
    from workbench.domain.models import CaseQuery
    from workbench.services import case_list, cases

    for case_id in case_list.case_ids(store, CaseQuery(sort_key="opened_on", descending=True))[:EVIDENCE_CASES]:
        case = cases.get_case(store, case_id)
        if case.stage.value == "intake":
            continue  # nothing gathered yet
        with store.acting_as(_assignee_name(case)):
            _work_on(store, case, rng)


def _assignee_name(case: Case) -> str:
    return case.assignee.name if case.assignee else "林慧敏"


def _work_on(store: Store, case: Case, rng: random.Random) -> None:
    """What the assignee of `case` did on it: documents, citations, analysis, rounds."""
    from workbench.services import cases, evidence
    from workbench.services.demo_analysis import add_rounds_and_dates, analyse
    from workbench.services.demo_documents import documents_for

    for name, data, meta in documents_for(case, rng):
        evidence.attach_bytes(store, case.id, name, data, meta)
    evidence.index_text(store)
    for item in evidence.list_evidence(store, case.id):
        if item.evidence_type == "policy_terms":
            evidence.add_citation(store, item.id, 2, "第十条 责任免除：须经明确提示说明方生效")
        elif item.evidence_type == "health_questionnaire":
            evidence.add_citation(store, item.id, 1, "健康告知未询问体检结节")
    analyse(store, case)
    add_rounds_and_dates(store, cases.get_case(store, case.id), rng)


def _remove_db_files(p: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{p}{suffix}").unlink(missing_ok=True)


def _fill(store: Store, n: int, rng: random.Random, today: date, progress: Progress | None) -> tuple[int, int, int, int]:
    m = _Maker(rng, store.workstation_id, today)
    insurers = _insurer_rows(m)
    # Office lines as letters sign off with them: 021-6288 1200 + the member's extension.
    staff = [{"id": i, "name": nm, "title": t, "email": f"staff{i:02d}@example-broker.cn",
              "phone": f"021-6288 12{i:02d}", "active": True, **m.meta()}
             for i, (nm, t) in enumerate(W.STAFF, start=1)]
    specialists = [s["id"] for s in staff if "主管" not in s["title"]]
    insurer_keys = {r["id"]: name_sort_key(r["name"]) for r in insurers}
    staff_keys = {r["id"]: name_sort_key(r["name"]) for r in staff}
    coverages = tuple(W.COVERAGE_WEIGHTS.items())
    counters: dict[int, int] = {}
    cases_out: list[dict[str, Any]] = []
    policies: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    with store.unit_of_work() as s, bulk_load_cache(s):
        s.execute(insert(InsurerRow.__table__), insurers)
        s.execute(insert(StaffRow.__table__), staff)
        change_id = policy_id_seq = 0
        for i in range(1, n + 1):
            opened = today - timedelta(days=int(rng.triangular(0, 1000, 60)))
            counters[opened.year] = counters.get(opened.year, 0) + 1
            kind = DisputeKind.CLAIM if rng.random() < 0.8 else DisputeKind.UNDERWRITING
            decision_kind = _pick(rng, CLAIM_KINDS if kind is DisputeKind.CLAIM else UW_KINDS)
            coverage = _pick(rng, coverages)
            product, low, high = rng.choice(W.PRODUCTS[coverage])
            client = m.person()
            if rng.random() < 0.65:
                insured, relation = client, Relationship.SELF
            else:
                relation = rng.choice((Relationship.SPOUSE, Relationship.CHILD, Relationship.PARENT))
                age = {Relationship.CHILD: (1, 20), Relationship.PARENT: (50, 80)}.get(relation, (22, 65))
                surname = m.person_rows[-1]["name"][0] if relation is Relationship.CHILD else None
                insured = m.person(surname, age)
            ins = rng.randrange(len(insurers))
            claimed = rng.randint(low, high) * 100 + rng.choice((0, 0, 0, rng.randint(0, 99)))
            offered = {DecisionKind.PARTLY_PAID: claimed * rng.randint(20, 70) // 100}.get(decision_kind, 0)
            if kind is DisputeKind.UNDERWRITING:
                claimed = offered = None
            history, final, outcome = _stage_path(rng, m, opened, kind)
            decision = opened - timedelta(days=rng.randint(3, 40))
            policy_id = None
            if kind is DisputeKind.CLAIM or rng.random() < 0.3:
                policy_id_seq += 1
                sum_insured = max(claimed or 0, rng.randint(low, high) * 100) // 10_000 * 10_000 + 10_000_00
                policies.append({"id": policy_id_seq, "insurer_id": ins + 1, "holder_id": client,
                                 "number": f"{W.INSURERS[ins][1]}{rng.randint(10**11, 10**12 - 1)}",
                                 "product": product, "coverage_type": coverage.value,
                                 "effective_date": decision - timedelta(days=rng.randint(60, 2400)),
                                 "sum_insured_cents": sum_insured,
                                 "premium_cents": rng.randint(300, 30_000) * 100, **m.meta()})
                policy_id = policy_id_seq
            stamp = datetime.combine(opened, time(9), tzinfo=timezone.utc)
            closed = history[-1][2] if final is Stage.CLOSED else None
            decided_on = next((d for st, _, d in history if st is Stage.DECIDED), None)
            clocks = _clock_dates(rng, kind, decision, final, today) if kind is DisputeKind.CLAIM else {}
            cases_out.append({
                "id": i, "case_number": f"FY-{opened.year}-{counters[opened.year]:04d}", "client_id": client,
                "insured_id": insured, "relationship": relation.value, "insurer_id": ins + 1,
                "policy_id": policy_id,
                "claim_number": f"LP{opened:%Y%m}{rng.randint(0, 999999):06d}" if kind is DisputeKind.CLAIM else "",
                "dispute_kind": kind.value, "decision_kind": decision_kind.value, "decision_date": decision,
                "received_date": decision + timedelta(days=rng.randint(1, 7)), "amount_claimed_cents": claimed,
                "amount_offered_cents": offered,
                "amount_paid_cents": _paid(rng, outcome, claimed, offered) if claimed is not None else None,
                "stage": final.value, "outcome": outcome.value if outcome else None,
                "assignee_id": rng.choice(specialists) if rng.random() < 0.95 else None,
                "priority": _pick(rng, ((Priority.LOW, 10), (Priority.NORMAL, 60), (Priority.HIGH, 22), (Priority.URGENT, 8))).value,
                "opened_on": opened, "closed_on": closed, "decided_on": decided_on, **_CLOCKS_EMPTY, **clocks,
                "summary": rng.choice(W.SUMMARIES[decision_kind.value]), **m.meta(stamp),
            })
            # The list's sort keys come along, so the database's per-case trigger has nothing to do.
            row = cases_out[-1]
            row.update(client_key=m.name_keys[client], insured_key=m.name_keys[insured],
                       insurer_key=insurer_keys[row["insurer_id"]], assignee_key=staff_keys.get(row["assignee_id"]),
                       policy_key=policies[-1]["number"] if policy_id else None)
            prev: Stage | None = None
            for st, oc, day in history:
                change_id += 1
                at = datetime.combine(day, time(rng.randint(1, 10), rng.randint(0, 59)), tzinfo=timezone.utc)
                changes.append({"id": change_id, "case_id": i, "from_stage": prev.value if prev else None,
                                "to_stage": st.value, "outcome": oc.value if oc else None, "reason": "",
                                "actor": staff[cases_out[-1]["assignee_id"] - 1]["name"] if cases_out[-1]["assignee_id"] else "林慧敏",
                                "changed_at": at, **m.meta(at)})
                prev = st
            if i % CHUNK == 0 or i == n:
                _flush(s, m, policies, cases_out, changes)
            if i % 100 == 0 or i == n:
                report(progress, i, n)
        s.execute(insert(CaseCounterRow.__table__), [{"year": y, "last": c} for y, c in counters.items()])
    return n, m.person_seq, len(insurers), len(staff)


def _flush(s: Any, m: _Maker, policies: list, cases_out: list, changes: list) -> None:
    for row_type, rows in ((PersonRow, m.person_rows), (PolicyRow, policies), (CaseRow, cases_out),
                           (StageChangeRow, changes)):
        if rows:
            # Core inserts (not ORM bulk): the demo is I/O of plain dictionaries.
            s.execute(insert(row_type.__table__), rows)
            rows.clear()
