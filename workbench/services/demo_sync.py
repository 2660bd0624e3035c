"""The demo's second workstation: a colleague who took three cases, worked on them, sent
one bundle back (already imported) and has a second one waiting, with a conflict, for the
newcomer to import with File → Import bundle…"""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from workbench.domain.enums import Priority, Stage
from workbench.domain.evidence import EvidenceMeta, EvidenceSource
from workbench.domain.models import CaseQuery
from workbench.domain.rounds import Channel, Direction, RoundDraft
from workbench.services import case_list, cases, evidence, rounds, sync
from workbench.services.store import Store

COLLEAGUE = "陈思远"
COLLEAGUE_WORKSTATION = "陈思远的笔记本"


def colleague_bundle_path(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.stem}.colleague.wbundle")


def _edit(store: Store, case_id: int, **changes: object) -> None:
    case = cases.get_case(store, case_id)
    cases.update_case(store, case_id, dict(changes), case.meta.revision)


def exchange_with_colleague(store: Store, out: Path) -> Path | None:
    """Play both sides of two exchanges; leave the colleague's second bundle at `out`."""
    chosen = case_list.case_ids(store, CaseQuery(stages=[Stage.NEGOTIATION], sort_key="opened_on", descending=True))[:3]
    if len(chosen) < 3:
        return None
    folder = Path(tempfile.mkdtemp(prefix="wb-demo-colleague-"))
    try:
        colleague = Store.open(folder / "colleague.sqlite3")
        try:
            sync.set_workstation_name(colleague, COLLEAGUE_WORKSTATION)
            with colleague.acting_as(COLLEAGUE):
                handed = folder / "handover.wbundle"
                sync.export_bundle(store, handed, sync.Scope(case_uuids=sync.case_uuids(store, chosen),
                                                             peer=colleague.workstation_id))
                sync.apply_import(colleague, sync.prepare_import(colleague, handed), backup=False)
                theirs = [cases.find_case_id(colleague, cases.get_case(store, c).case_number) for c in chosen]
                first, second, third = (c for c in theirs if c is not None)
                # First bundle back (already imported here): a call logged, a priority raised.
                rounds.log_round(colleague, second, RoundDraft(
                    datetime.now(timezone.utc) - timedelta(days=2), Channel.PHONE, Direction.FROM_INSURER,
                    contact_person="理赔部 王经理", summary="保险公司回电：同意调取住院病历后重新审核。",
                    next_step="三个工作日内提交病历复印件"))
                _edit(colleague, third, priority=Priority.HIGH.value)
                back = folder / "back.wbundle"
                sync.export_bundle(colleague, back, sync.Scope(peer=store.workstation_id))
                sync.apply_import(store, sync.prepare_import(store, back), backup=False)
                # Second bundle, waiting: the colleague's view of the first case clashes with ours.
                # Two offers heard on the phone, both below what was claimed (an offer above it is refused).
                claimed = cases.get_case(store, chosen[0]).amount_claimed_cents or 10_000_000
                _edit(colleague, first, summary="客户补充说明：投保时已口头告知既往甲状腺结节，业务员称无需书面告知。",
                      amount_offered_cents=claimed * 8 // 1000 * 100)
                evidence.attach_bytes(colleague, third, "客户补充说明.txt",
                                      "本人于2023年体检发现甲状腺结节，投保时已向业务员说明。\n签名：客户本人".encode(),
                                      EvidenceMeta("other", EvidenceSource.CLIENT, description="客户手写说明（扫描转录）"))
                _edit(store, chosen[0], summary="待确认：客户是否在投保时告知结节病史。",
                      amount_offered_cents=claimed * 65 // 10000 * 100)
                sync.export_bundle(colleague, out, sync.Scope(peer=store.workstation_id))
                return out
        finally:
            colleague.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
