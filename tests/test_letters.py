"""Reconsideration letters composed from a real case, rendered, and parsed back."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import new_case
from tests.test_evidence import make_pdf
from workbench import cli
from workbench.domain.analysis import Assessment, PointStatus
from workbench.domain.evidence import EvidenceMeta
from workbench.domain.letter import Letterhead
from workbench.domain.letter_markup import paragraphs
from workbench.errors import ValidationError
from workbench.services import analysis, evidence, letters
from workbench.services import letter_pdf as lp
from workbench.services.store import Store

HOSTILE = '<font color="red">红字</font> & <b>粗</b> \u202e倒置\u202c 㐀'
LONG = "被保险人于投保前已如实回答问卷全部询问事项，问卷未就甲状腺结节作出询问，" * 12


def _case_with_points(store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    case = new_case(store)
    letters.set_letterhead(store, Letterhead("安衡保险经纪有限公司", "上海市静安区南京西路1266号", "021-62881234"))
    form = make_pdf(tmp_path / "投保单.pdf", ["健康告知问卷", "第二页"])
    terms = make_pdf(tmp_path / "条款.pdf", ["保险条款"])
    unused = make_pdf(tmp_path / "其他.pdf", ["无关材料"])
    items = [evidence.attach_files(store, case.id, [p], EvidenceMeta("other", description=d)).added[0]
             for p, d in ((form, "健康告知问卷"), (terms, "保险条款（投保时版本）"), (unused, "无关材料"))]
    cite_form = evidence.add_citation(store, items[0].id, 2, "未询问")
    cite_terms = evidence.add_citation(store, items[1].id, 1)
    a = analysis.add_point(store, case.id, "未如实告知甲状腺结节")
    analysis.update_point(store, a.id, {"rebuttal_html": f"<p>{LONG}</p><ul><li>问卷<b>未询问</b>该事项</li></ul>",
                                        "provisions": ["ins_law_16"], "citation_ids": [cite_form.id],
                                        "assessment": Assessment.STRONG, "status": PointStatus.OPEN}, a.meta.revision)
    b = analysis.add_point(store, case.id, "责任免除条款适用")
    analysis.update_point(store, b.id, {"rebuttal_html": HOSTILE, "citation_ids": [cite_terms.id]}, b.meta.revision)
    c = analysis.add_point(store, case.id, "等待期内出险")  # no evidence at all
    analysis.update_point(store, c.id, {"rebuttal_html": "等待期已届满。"}, c.meta.revision)
    return case, (a, b, c), items


def _text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(BytesIO(data)).pages]


def test_letter_carries_the_case_points_and_only_cited_enclosures(store: Store, tmp_path: Path) -> None:
    case, (a, b, c), items = _case_with_points(store, tmp_path)
    letter = letters.compose(store, case.id, "zh", today=date(2026, 11, 26))
    data = lp.render_letter(letter)
    pages = _text(data)
    whole = "".join(pages).replace("\n", "")
    for expected in (case.case_number, "张伟", "TH100200300", "LP2026001", "泰和人寿保险股份有限公司理赔部",
                     "理赔复议申请书", "2026年11月26日", "盖章处", "安衡保险经纪有限公司",
                     "人民币壹拾贰万叁仟肆佰伍拾陆元整", "¥123,456.00", "未如实告知甲状腺结节", "责任免除条款适用",
                     "等待期内出险", "附件1 第2页", "附件2 第1页", "健康告知问卷", "保险条款（投保时版本）"):
        assert expected in whole, expected
    assert "无关材料" not in whole  # attached but cited by no point: not enclosed
    assert [e.number for e in letter.enclosures] == [items[0].enclosure_no, items[1].enclosure_no]
    for n, page in enumerate(pages, start=1):
        assert f"第 {n} 页 / 共 {len(pages)} 页" in page and case.case_number in page
    # Leaving the terms point out takes its enclosure with it.
    fewer = letter.with_point(b.id, False)
    text = "".join(_text(lp.render_letter(fewer)))
    assert "责任免除条款适用" not in text and "保险条款（投保时版本）" not in text
    assert [e.number for e in fewer.enclosures] == [items[0].enclosure_no]


def test_hostile_text_comes_out_as_text(store: Store, tmp_path: Path) -> None:
    case, _points, _items = _case_with_points(store, tmp_path)
    letter = letters.compose(store, case.id, "zh")
    whole = "".join(_text(lp.render_letter(letter)))
    assert '<font color="red">红字</font> & <b>粗</b>' in whole
    assert "倒置" in whole and "\u202e" not in whole and "㐀" in whole
    assert paragraphs("<p>a<b>b</b></p><script>x</script><p><img src=x>c</p>") == ["a<b>b</b>", "c"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_no_line_starts_with_closing_punctuation(store: Store, tmp_path: Path) -> None:
    case, _points, _items = _case_with_points(store, tmp_path)
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(lp.render_letter(letters.compose(store, case.id, "zh")))
    lines = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    wrapped = [line.strip() for line in lines if line.strip()]
    assert sum("问卷未就甲状腺结节" in line for line in wrapped) >= 5  # the long paragraph really wraps
    assert not [line for line in wrapped if line[0] in "，。；：、）」』》！？"]


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler's pdffonts")
def test_the_chinese_font_is_embedded(store: Store, tmp_path: Path) -> None:
    case, _points, _items = _case_with_points(store, tmp_path)
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(lp.render_letter(letters.compose(store, case.id, "zh")))
    table = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    cjk = [line for line in table.splitlines() if "WenQuanYi" in line or "Hei" in line or "Song" in line]
    assert cjk and all(re.search(r"\byes\s+yes\s+yes\b", line) for line in cjk)


def test_without_an_embeddable_font_only_a_draft(store: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case, _points, _items = _case_with_points(store, tmp_path)
    letter = letters.compose(store, case.id, "en")

    def cid_only() -> tuple[str, bool]:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        return "STSong-Light", False

    monkeypatch.setattr(lp, "register_cjk_font", cid_only)
    with pytest.raises(ValidationError) as err:
        lp.render_letter(letter)
    assert "embedded" in err.value.template
    text = "".join(_text(lp.render_letter(letter, draft=True)))
    assert "DRAFT" in text and "Page 1 of" in text and "Request for Reconsideration" in text


def test_cli_writes_the_letter(store: Store, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    case, _points, _items = _case_with_points(store, tmp_path)
    out = tmp_path / "复议申请书.pdf"
    code = cli.main(["letter", "--db", str(store.path), case.case_number, "--out", str(out), "--lang", "en"])
    assert code == 0 and "3 points, 2 enclosures" in capsys.readouterr().out
    text = "".join(_text(out.read_bytes()))
    assert "Request for Reconsideration of a Claim Decision" in text and "Encl. 1, p. 2" in text


def test_issued_versions_are_frozen(store: Store, tmp_path: Path) -> None:
    import hashlib
    import sqlite3

    from workbench.domain.rounds import EventKind
    from workbench.errors import DatabaseError
    from workbench.services import cases, letter_issue, rounds, timeline

    case, _points, _items = _case_with_points(store, tmp_path)
    letter = letters.compose(store, case.id, "zh")
    first = letter_issue.issue_letter(store, letter, lp.render_letter(letter))
    kept = letter_issue.issued_pdf(store, first.id)
    assert first.version == 1 and hashlib.sha256(kept).hexdigest() == first.sha256
    # The case changes afterwards; version 1 stays byte for byte, version 2 shows the change.
    cases.update_case(store, case.id, {"claim_number": "LP2026999"}, cases.get_case(store, case.id).meta.revision)
    again = letters.compose(store, case.id, "zh")
    second = letter_issue.issue_letter(store, again, lp.render_letter(again))
    assert letter_issue.issued_pdf(store, first.id) == kept
    assert second.version == 2 and "LP2026999" in "".join(_text(letter_issue.issued_pdf(store, second.id)))
    assert "LP2026999" not in "".join(_text(kept))
    assert [x.version for x in letter_issue.list_issued(store, case.id)] == [1, 2]
    logged = rounds.list_rounds(store, case.id)
    assert len(logged) == 2 and logged[0].summary == "理赔复议申请书（第1版）" and logged[0].follow_up_on
    assert sum(e.kind is EventKind.LETTER for e in timeline.timeline(store, case.id)) == 2
    # Bytes altered behind the workbench's back are refused, not handed out as "issued".
    store.close()
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE letter_version SET pdf = ? WHERE id = ?", (kept[:-10] + b"0000000000", first.id))
    reopened = Store.open(store.path)
    with pytest.raises(DatabaseError):
        letter_issue.issued_pdf(reopened, first.id)
    reopened.close()


def test_cli_issues_lists_and_gives_back_a_version(store: Store, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    case, _points, _items = _case_with_points(store, tmp_path)
    db = str(store.path)
    from workbench.domain.access import Role
    from workbench.services import accounts

    accounts.add_user(store, "admin", "admin-pass-1", Role.ADMINISTRATOR)
    accounts.add_user(store, "lead", "demo-lead-2026", Role.TEAM_LEAD, "王芳")  # the suite signs in as "lead"
    assert cli.main(["letter", "--db", db, case.case_number, "--out", str(tmp_path / "v1.pdf"), "--issue"]) == 0
    capsys.readouterr()
    assert cli.main(["letter", "--db", db, case.case_number, "--list", "--format", "json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["version"] == 1 and listed["issued_by"] == "王芳"
    assert cli.main(["letter", "--db", db, case.case_number, "--version", "1", "--out", str(tmp_path / "back.pdf")]) == 0
    assert (tmp_path / "back.pdf").read_bytes() == (tmp_path / "v1.pdf").read_bytes()
    assert cli.main(["letter", "--db", db, case.case_number, "--version", "7", "--out", str(tmp_path / "x.pdf")]) != 0


def test_enclosures_appended_and_labelled(store: Store, tmp_path: Path) -> None:
    from workbench.services.letter_enclosures import letter_with_enclosures

    case, _points, items = _case_with_points(store, tmp_path)
    png = tmp_path / "发票.png"
    from PIL import Image

    Image.new("RGB", (400, 300), "white").save(png)
    (photo,) = evidence.attach_files(store, case.id, [png], EvidenceMeta("other", description="发票照片")).added
    cite = evidence.add_citation(store, photo.id, 1)
    point = analysis.add_point(store, case.id, "发票不合规")
    analysis.update_point(store, point.id, {"citation_ids": [cite.id]}, point.meta.revision)
    letter = letters.compose(store, case.id, "zh")
    plain_pdf = lp.render_letter(letter)
    seen: list[tuple[int, int]] = []
    combined = letter_with_enclosures(store, letter, plain_pdf, lambda d, t: seen.append((d, t)) is None)
    letter_pages = len(PdfReader(BytesIO(plain_pdf)).pages)
    pages = _text(combined)
    # 2 pages of the questionnaire, 1 of the terms, 1 for the photo — the unused file is not there.
    assert len(pages) == letter_pages + 4 and seen[-1] == (4, 4)
    assert "附件1（第1页，共2页）" in pages[letter_pages] and "健康告知问卷" in pages[letter_pages]
    assert "附件1（第2页，共2页）" in pages[letter_pages + 1]
    assert f"附件{photo.enclosure_no}（第1页，共1页）" in pages[-1]
    assert not any("无关材料" in p for p in pages)


def test_issuing_can_require_a_team_leads_approval(store: Store, tmp_path: Path) -> None:
    from workbench.services import letter_issue, parties

    case, _points, _items = _case_with_points(store, tmp_path)
    parties.create_staff(store, "陈组长", title="组长")
    letter_issue.set_approval_required(store, True)
    letter = letters.compose(store, case.id, "zh")
    pdf = lp.render_letter(letter)
    for approver in ("", "王芳", "不存在的人"):
        with pytest.raises(ValidationError):
            letter_issue.issue_letter(store, letter, pdf, approved_by=approver)
    assert letter_issue.list_issued(store, case.id) == []
    issued = letter_issue.issue_letter(store, letter, pdf, approved_by="陈组长")
    assert issued.approved_by == "陈组长"
    letter_issue.set_approval_required(store, False)
    assert letter_issue.issue_letter(store, letter, pdf).version == 2


def test_the_teams_own_templates(store: Store, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from workbench.paths import app_paths

    case, _points, _items = _case_with_points(store, tmp_path)
    config = app_paths().config_dir
    copy = letters.user_templates_copy(config)
    data = json.loads(copy.read_text(encoding="utf-8"))
    data["claim_zh"]["closing"] = "请于十五日内答复本所，案号{case_number}。"
    data["claim_zh"]["opening"] = "我司受{client}委托（见附件{0}、{未知字段}）提出复议。{"
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "own.pdf"
    assert cli.main(["letter", "--db", str(store.path), case.case_number, "--out", str(out)]) == 0
    text = "".join(_text(out.read_bytes())).replace("\n", "")
    assert f"请于十五日内答复本所，案号{case.case_number}。" in text
    assert "我司受{client}委托（见附件{0}、{未知字段}）提出复议。{" in text  # a broken placeholder prints as written
    del data["underwriting_en"]["remedy"]
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        letters.load_templates(letters.templates_path(config))
    assert "underwriting_en" in str(err.value.params["detail"]) and "remedy" in str(err.value.params["detail"])
    copy.write_text("{ not json", encoding="utf-8")
    assert cli.main(["letter", "--db", str(store.path), case.case_number, "--out", str(tmp_path / "x.pdf")]) != 0
    assert "letter_templates.json" in capsys.readouterr().err


def test_letterhead_logo(store: Store, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    case, _points, _items = _case_with_points(store, tmp_path)
    db = str(store.path)
    (tmp_path / "not-an-image.png").write_text("hello", encoding="utf-8")
    assert cli.main(["settings", "--db", db, "--logo", str(tmp_path / "not-an-image.png")]) != 0
    assert "PNG or JPEG" in capsys.readouterr().err
    Image.new("RGB", (300, 100), (31, 78, 140)).save(tmp_path / "logo.png")
    assert cli.main(["settings", "--db", db, "--logo", str(tmp_path / "logo.png")]) == 0
    assert letters.letterhead(store).organisation == "安衡保险经纪有限公司"  # the rest of the letterhead is kept

    def images_on_first_page() -> int:
        page = PdfReader(BytesIO(lp.render_letter(letters.compose(store, case.id, "zh")))).pages[0]
        return len(page.images)

    assert images_on_first_page() == 1
    assert cli.main(["settings", "--db", db, "--logo", ""]) == 0
    assert images_on_first_page() == 0
