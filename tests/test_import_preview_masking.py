"""Attack: import a bundle to read, in the preview, what the case view masks."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import new_case
from tests.sync_helpers import exchange
from workbench.domain.access import Role
from workbench.domain.models import PersonDraft
from workbench.services import accounts, cases, parties, sync, team
from workbench.services.store import Store


def _rephone(store: Store, case_id: int, phone: str) -> None:
    p = cases.get_case(store, case_id).client
    parties.update_person(store, p.id, PersonDraft(p.name, p.id_type, p.id_number, phone, p.address), p.meta.revision)


def test_the_preview_masks_a_colleagues_client_on_both_sides(tmp_path: Path) -> None:
    a, b = Store.open(tmp_path / "a.sqlite3"), Store.open(tmp_path / "b.sqlite3")
    try:
        accounts.add_user(a, "admin", "admin-pass-2026", Role.ADMINISTRATOR, "管理员")
        accounts.sign_in(a, "admin", "admin-pass-2026")
        accounts.add_user(a, "wang", "wang-pass-2026", Role.SPECIALIST, "王芳", "王芳")
        zhao = team.add_staff(a, "赵雅琴")
        a.principal = None
        theirs = new_case(a, client="孟玉瑶", seq=1, policy="P1")
        mine = new_case(a, client="李娜", seq=2, policy="P2")
        for case, staff in ((theirs, zhao.id), (mine, team.staff_by_name(a, "王芳").id)):
            cases.update_case(a, case.id, {"assignee_id": staff}, cases.get_case(a, case.id).meta.revision)
        exchange(a, b, tmp_path, "out")
        for case_id, (ours, other) in ((theirs.id, ("13900001111", "13900002222")),
                                       (mine.id, ("13600001111", "13600002222"))):
            _rephone(a, case_id, ours)
            _rephone(b, cases.find_case_id(b, cases.get_case(a, case_id).case_number), other)
        path = tmp_path / "back.wbundle"
        sync.export_bundle(b, path)
        accounts.sign_in(a, "wang", "wang-pass-2026")
        prepared = sync.prepare_import(a, path)
        phones = {str(c.mine) + "|" + str(c.theirs) for c in prepared.conflicts if c.field == "phone"}
        assert "13600001111|13600002222" in phones  # her own client: in full, to decide
        assert not any("13900001111" in p or "13900002222" in p for p in phones), phones  # the colleague's: masked
        assert "139****1111|139****2222" in phones
        report = sync.apply_import(a, prepared, {c.key: sync.Choice.THEIRS for c in prepared.conflicts}, backup=False)
        said = str([(f.before, f.after) for c in report.changes for f in c.fields])
        assert "13900001111" not in said and "13900002222" not in said
        a.principal = None
        assert cases.get_case(a, theirs.id).client.phone == "13900002222"  # applied in full all the same
    finally:
        a.close()
        b.close()
