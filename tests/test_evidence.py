"""The evidence locker: real files, a real store beside a real database."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import new_case
from workbench.domain.evidence import EvidenceMeta, EvidenceSource, Integrity
from workbench.errors import Cancelled, ValidationError
from workbench.services import evidence as ev
from workbench.services.store import Store
from workbench.storage.blobs import StoreError, store_root_for


def make_pdf(path: Path, pages: list[str]) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    for text in pages:
        c.setFont("STSong-Light", 14)
        c.drawString(72, 720, text)
        c.showPage()
    c.save()
    return path


def _small_png() -> bytes:
    import random

    from workbench.services.demo_documents import _png

    return _png(48, 32, random.Random(1))


PNG = _small_png()


@pytest.fixture
def case(store: Store):  # type: ignore[no-untyped-def]
    return new_case(store)


def test_attach_keeps_bytes_under_their_hash_beside_the_database(store: Store, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = make_pdf(tmp_path / "出院小结.pdf", ["出院小结 诊断：甲状腺结节", "第二页 术后随访正常"])
    with store.acting_as("陈思远"):
        report = ev.attach_files(store, case.id, [pdf], EvidenceMeta("discharge_summary", EvidenceSource.HOSPITAL,
                                                                      date(2026, 3, 1), "住院记录", ["住院", "甲状腺"]))
    (item,) = report.added
    assert item.page_count is None  # read after attaching, so attaching runs at copy speed
    assert ev.index_text(store) == 1
    item = ev.get_evidence(store, item.id)
    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert item.sha256 == digest and item.size == pdf.stat().st_size
    assert item.content_type == "application/pdf" and item.page_count == 2 and item.enclosure_no == 1
    assert item.original_name == "出院小结.pdf" and item.added_by == "陈思远" and item.tags == ("住院", "甲状腺")
    stored = store_root_for(store.path) / digest[:2] / digest[2:4] / digest
    assert stored.read_bytes() == pdf.read_bytes()
    assert not stored.stat().st_mode & stat.S_IWUSR, "stored files are read-only"
    assert ev.evidence_text(store, item.id).split("\f")[1].startswith("第二页")


def test_content_type_comes_from_the_bytes_not_the_name(store: Store, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    disguised = tmp_path / "截图.pdf"
    disguised.write_bytes(PNG)
    text = tmp_path / "通话记录"
    text.write_text("客服称：既往症不在保障范围内。", encoding="gb18030")
    report = ev.attach_files(store, case.id, [disguised, text], EvidenceMeta())
    assert [e.content_type for e in report.added] == ["image/png", "text/plain"]
    ev.index_text(store, [e.id for e in report.added])
    assert "既往症" in ev.evidence_text(store, report.added[1].id)


def test_same_bytes_are_stored_once_and_a_second_attach_is_reported(store: Store, tmp_path: Path) -> None:
    a, b = new_case(store, seq=1), new_case(store, seq=2, client="李娜")
    terms = make_pdf(tmp_path / "条款.pdf", ["第十条 责任免除"])
    copy = tmp_path / "条款副本.pdf"
    copy.write_bytes(terms.read_bytes())
    ev.attach_files(store, a.id, [terms], EvidenceMeta("policy_terms"))
    again = ev.attach_files(store, a.id, [copy], EvidenceMeta("policy_terms"))
    assert again.added == () and again.duplicates == (("条款副本.pdf", 1),)
    other = ev.attach_files(store, b.id, [copy], EvidenceMeta("policy_terms"))
    assert len(other.added) == 1
    root = store_root_for(store.path)
    files = [p for p in root.rglob("*") if p.is_file() and p.relative_to(root).parts[0] != "tmp"]
    assert len(files) == 1


def test_folders_are_walked(store: Store, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "扫描件"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("一", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("二", encoding="utf-8")
    (folder / ".hidden").write_text("skip", encoding="utf-8")
    report = ev.attach_files(store, case.id, [folder], EvidenceMeta())
    assert [e.original_name for e in report.added] == ["a.txt", "b.txt"]
    assert [e.enclosure_no for e in report.added] == [1, 2]


# An empty file among good ones is skipped instead (tests/ui/test_evidence_ui.py): nothing in it to lose.
@pytest.mark.parametrize("problem", ["missing", "too_big", "directory_entry"])
def test_bad_files_leave_nothing_behind(store: Store, case, tmp_path: Path, problem: str) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.txt"
    good.write_text("完好的文件", encoding="utf-8")
    bad = tmp_path / "bad.bin"
    if problem == "too_big":
        ev.set_max_file_bytes(store, 10)
        bad.write_bytes(b"x" * 11)
    elif problem == "directory_entry":
        bad = Path("/dev/null")
    with pytest.raises(StoreError) as err:
        ev.attach_files(store, case.id, [good, bad], EvidenceMeta())
    assert err.value.params["name"] in (bad.name, "good.txt", "null")
    assert ev.list_evidence(store, case.id) == []
    root = store_root_for(store.path)
    assert not [p for p in root.rglob("*") if p.is_file()], "no stored file and no partial file"


def test_full_disk_leaves_nothing_behind(store: Store, case, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno

    from workbench.storage import blobs

    first = tmp_path / "first.txt"
    first.write_text("第一份" * 1000, encoding="utf-8")
    src = tmp_path / "big.txt"
    src.write_text("病历" * 1000, encoding="utf-8")
    real_copy = blobs._copy_chunk
    calls = []

    def fills_up(fin, fout, offset):  # type: ignore[no-untyped-def]
        calls.append(offset)
        if len(calls) > 2:  # the disk fills while the second file is copied
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_copy(fin, fout, offset)
    monkeypatch.setattr(blobs, "_copy_chunk", fills_up)
    with pytest.raises(StoreError) as err:
        ev.attach_files(store, case.id, [first, src], EvidenceMeta())
    assert "disk is full" in err.value.english() and err.value.params["name"] == "big.txt"
    assert ev.list_evidence(store, case.id) == []
    assert not [p for p in store_root_for(store.path).rglob("*") if p.is_file()]


def test_cancel_mid_batch_leaves_nothing(store: Store, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = []
    for i in range(5):
        f = tmp_path / f"f{i}.txt"
        f.write_text(f"第{i}份材料" * 100, encoding="utf-8")
        files.append(f)
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 3
    with pytest.raises(Cancelled):
        ev.attach_files(store, case.id, files, EvidenceMeta(), progress=progress)
    assert ev.list_evidence(store, case.id) == []
    assert not [p for p in store_root_for(store.path).rglob("*") if p.is_file()]


def test_describe_filter_and_search(store: Store, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = make_pdf(tmp_path / "病历.pdf", ["2019年体检 甲状腺结节 建议随访"])
    inv = tmp_path / "发票.txt"
    inv.write_text("医疗费用发票 金额 12,000.00 元", encoding="utf-8")
    r1 = ev.attach_files(store, case.id, [pdf], EvidenceMeta("medical_record", EvidenceSource.HOSPITAL))
    r2 = ev.attach_files(store, case.id, [inv], EvidenceMeta("invoice", EvidenceSource.CLIENT, tags=["费用"]))
    ev.index_text(store)
    assert [e.id for e in ev.list_evidence(store, case.id, ev.EvidenceFilter(words="甲状腺"))] == [r1.added[0].id]
    assert [e.id for e in ev.list_evidence(store, case.id, ev.EvidenceFilter(evidence_type="invoice"))] == [r2.added[0].id]
    assert [e.id for e in ev.list_evidence(store, case.id, ev.EvidenceFilter(source=EvidenceSource.HOSPITAL))] == [r1.added[0].id]
    assert [e.id for e in ev.list_evidence(store, case.id, ev.EvidenceFilter(tag="费用"))] == [r2.added[0].id]
    item = r1.added[0]
    updated = ev.update_evidence(store, item.id, EvidenceMeta("test_report", EvidenceSource.HOSPITAL, date(2019, 5, 6),
                                                              "投保前体检", ["既往症"]), item.meta.revision)
    assert updated.evidence_type == "test_report" and updated.doc_date == date(2019, 5, 6)
    with pytest.raises(ValidationError):
        ev.update_evidence(store, item.id, EvidenceMeta("no_such_type"), updated.meta.revision)


def test_remove_restore_purge(store: Store, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "录音.txt"
    f.write_text("通话录音转写", encoding="utf-8")
    (item,) = ev.attach_files(store, case.id, [f], EvidenceMeta("call_recording")).added
    with pytest.raises(ValidationError):
        ev.purge_evidence(store, item.id, "误传", confirmed=True)  # not removed yet
    ev.remove_evidence(store, item.id)
    assert ev.list_evidence(store, case.id) == []
    assert ev.list_evidence(store, case.id, ev.EvidenceFilter(include_removed=True))[0].removed_at is not None
    ev.restore_evidence(store, item.id)
    assert len(ev.list_evidence(store, case.id)) == 1
    ev.remove_evidence(store, item.id)
    with pytest.raises(ValidationError):
        ev.purge_evidence(store, item.id, "误传", confirmed=False)
    purged = ev.purge_evidence(store, item.id, "客户要求删除无关录音", confirmed=True)
    assert purged.purged_at is not None and not store.blobs.exists(item.sha256)
    with pytest.raises(ValidationError):
        ev.restore_evidence(store, item.id)


def test_enclosure_numbers_are_stable_and_reorderable(store: Store, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = []
    for name in ("一", "二", "三"):
        f = tmp_path / f"{name}.txt"
        f.write_text(name, encoding="utf-8")
        files.append(f)
    a, b, c = ev.attach_files(store, case.id, files, EvidenceMeta()).added
    ev.remove_evidence(store, b.id)
    later = tmp_path / "四.txt"
    later.write_text("四", encoding="utf-8")
    (d,) = ev.attach_files(store, case.id, [later], EvidenceMeta()).added
    assert d.enclosure_no == 4  # numbers are never reused
    order = ev.move_enclosure(store, d.id, -2)
    assert [(e.original_name, e.enclosure_no) for e in order] == [("四.txt", 1), ("一.txt", 3), ("三.txt", 4)]


def test_citations(store: Store, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = make_pdf(tmp_path / "条款.pdf", ["第一页", "第二页 责任免除"])
    (item,) = ev.attach_files(store, case.id, [pdf], EvidenceMeta("policy_terms")).added
    cite = ev.add_citation(store, item.id, 2, "责任免除条款", region=(0.1, 0.2, 0.5, 0.1))
    assert cite.label() == "附件1 第2页" and cite.region == (0.1, 0.2, 0.5, 0.1)
    with pytest.raises(ValidationError):
        ev.add_citation(store, item.id, 3)
    assert [c.label() for c in ev.list_citations(store, case.id)] == ["附件1 第2页"]
    ev.delete_citation(store, cite.id)
    assert ev.list_citations(store, case.id) == []


def test_verify_finds_missing_and_altered_files(store: Store, tmp_path: Path) -> None:
    case = new_case(store)
    files = []
    for name in ("完好", "被改", "丢失"):
        f = tmp_path / f"{name}.txt"
        f.write_text(f"{name}的内容", encoding="utf-8")
        files.append(f)
    good, changed, lost = ev.attach_files(store, case.id, files, EvidenceMeta()).added
    target = store.blobs.path_of(changed.sha256)
    os.chmod(target, stat.S_IRUSR | stat.S_IWUSR)
    target.write_text("篡改后的内容!", encoding="utf-8")
    store.blobs.path_of(lost.sha256).unlink()
    quick = ev.quick_integrity(store, ev.list_evidence(store, case.id))
    assert quick[lost.id] is Integrity.MISSING and quick[good.id] is Integrity.OK
    result = ev.verify_store(store)
    assert result.checked == 3 and not result.ok
    assert result.missing == ((case.case_number, lost.enclosure_no, "丢失.txt"),)
    assert result.altered == ((case.case_number, changed.enclosure_no, "被改.txt"),)
    states = {e.id: e.integrity for e in ev.list_evidence(store, case.id)}
    assert states == {good.id: Integrity.OK, changed.id: Integrity.ALTERED, lost.id: Integrity.MISSING}


def test_user_evidence_types(store: Store, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    t = ev.add_evidence_type(store, "司法鉴定意见书")
    assert t in ev.evidence_types(store)
    with pytest.raises(ValidationError):
        ev.add_evidence_type(store, "司法鉴定意见书")
    f = tmp_path / "鉴定.txt"
    f.write_text("鉴定意见", encoding="utf-8")
    (item,) = ev.attach_files(store, case.id, [f], EvidenceMeta(t.code)).added
    assert item.evidence_type == t.code


def test_pasted_image(store: Store, case) -> None:  # type: ignore[no-untyped-def]
    report = ev.attach_bytes(store, case.id, "粘贴的图片.png", PNG, EvidenceMeta("chat_screenshot"))
    assert report.added[0].content_type == "image/png" and report.added[0].is_image


def test_viewer_copy_is_not_the_stored_file(store: Store, case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "doc.txt"
    f.write_text("原件", encoding="utf-8")
    (item,) = ev.attach_files(store, case.id, [f], EvidenceMeta()).added
    copy = ev.copy_for_viewing(store, item.id, tmp_path / "view")
    copy.write_text("被外部程序改写", encoding="utf-8")
    assert store.blobs.rehash(item.sha256) == item.sha256


def test_checklist_shows_present_and_missing(store: Store, tmp_path: Path) -> None:
    from workbench.services import checklist as cl

    data = cl.load_checklist(cl.DEFAULT_CHECKLIST)
    assert cl.unknown_types(data, set()) == set()
    case = new_case(store)  # critical illness, claim refused
    needed = cl.required_types(data, "claim_refused", "critical_illness")
    assert {"application_form", "health_questionnaire", "decision_letter", "policy_terms"} <= set(needed)
    f = tmp_path / "拒赔通知书.txt"
    f.write_text("经审核，您的理赔申请不予赔付。", encoding="utf-8")
    ev.attach_files(store, case.id, [f], EvidenceMeta("decision_letter", EvidenceSource.INSURER))
    lines = {line.evidence_type: line for line in cl.case_checklist(store, case.id, data)}
    assert lines["decision_letter"].present == (1,) and not lines["decision_letter"].missing
    assert lines["application_form"].missing
    assert [line.evidence_type for line in cl.case_checklist(store, case.id, data)] == needed


def test_a_broken_checklist_file_is_reported(tmp_path: Path) -> None:
    from workbench.services import checklist as cl

    bad = tmp_path / "evidence_checklist.json"
    bad.write_text("{not json", encoding="utf-8")
    assert cl.checklist_path(tmp_path) == bad
    with pytest.raises(ValidationError, match="cannot be read"):
        cl.load_checklist(bad)
