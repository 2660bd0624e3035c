"""The command line end to end: real processes, real files."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, lang: str = "en", check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": ""}
    proc = subprocess.run([sys.executable, "-m", "workbench", "--lang", lang, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_demo_then_list_as_json(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    out = run("demo", "--db", str(db), "--cases", "60").stdout
    assert "60 cases" in out and db.exists()
    rows = json.loads(run("cases", "--db", str(db), "--format", "json").stdout)
    assert len(rows) == 60
    first = rows[0]
    assert first["case_number"].startswith("FY-") and first["stage"] in {
        "intake", "evidence", "analysis", "negotiation", "decided", "closed"}
    claimed = [r["amount_claimed"] for r in rows if r["amount_claimed"] is not None]
    assert claimed and all(c.count(".") == 1 and len(c.split(".")[1]) == 2 for c in claimed)


def test_filters_and_sort(demo_path: Path) -> None:
    rows = json.loads(run("cases", "--db", str(demo_path), "--stage", "negotiation", "--kind", "claim",
                          "--sort", "opened_on", "--desc", "--format", "json").stdout)
    assert rows and all(r["stage"] == "negotiation" and r["dispute_kind"] == "claim" for r in rows)
    dates = [r["opened_on"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    some_insurer = rows[0]["insurer_name"]
    by_insurer = json.loads(run("cases", "--db", str(demo_path), "--insurer", some_insurer[:4],
                                "--format", "json").stdout)
    assert by_insurer and all(r["insurer_name"].startswith(some_insurer[:4]) for r in by_insurer)


def test_csv_and_table_in_chinese(demo_path: Path) -> None:
    text = run("cases", "--db", str(demo_path), "--limit", "5", "--format", "csv", lang="zh_CN").stdout
    table = list(csv.reader(io.StringIO(text)))
    assert table[0][:3] == ["案件编号", "投保人", "被保险人"]
    assert len(table) == 6
    out = run("cases", "--db", str(demo_path), "--limit", "3", lang="zh_CN").stdout
    assert "案件编号" in out and "共 3 个案件" in out


def test_check_reports_ok_and_counts(demo_path: Path) -> None:
    data = json.loads(run("check", "--db", str(demo_path), "--format", "json").stdout)
    assert data["ok"] is True and data["integrity"] == ["ok"]
    assert data["counts"]["dispute_case"] == 300
    assert data["schema_revision"] == data["expected_revision"]
    assert "完整性" in run("check", "--db", str(demo_path), lang="zh_CN").stdout


def test_check_fails_on_a_damaged_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\x00garbage" * 512)
    proc = run("check", "--db", str(bad), check=False)
    assert proc.returncode != 0
    assert "damaged" in proc.stderr and "Traceback" not in proc.stderr


def test_show_and_move(demo_path: Path) -> None:
    rows = json.loads(run("cases", "--db", str(demo_path), "--stage", "negotiation", "--format", "json").stdout)
    number = rows[0]["case_number"]
    proc = run("move", number, "--db", str(demo_path), "--to", "decided", "--outcome", "overturned",
               "--paid", "88,000.50", lang="zh_CN")
    assert "已有结论" in proc.stdout
    data = json.loads(run("show", number, "--db", str(demo_path), "--format", "json").stdout)
    assert data["stage"] == "decided" and data["outcome"] == "overturned"
    assert data["amount_paid_cents"] == "88000.50"
    assert data["stage_history"][-1]["actor"] == "林慧敏"  # the signed-in team lead, nobody else
    forged = run("move", number, "--db", str(demo_path), "--to", "closed", "--actor", "周婧", check=False)
    assert forged.returncode != 0 and "--actor" in forged.stderr  # nobody acts under a name of their choosing
    shown = run("show", number, "--db", str(demo_path), lang="zh_CN").stdout
    assert "改变结论" in shown and "最终赔付金额" in shown


@pytest.mark.parametrize(("args", "message"), [
    (("move", "FY-2026-0001", "--to", "closed"), "cannot move"),
    (("move", "FY-1999-0001", "--to", "evidence"), "no case"),
    (("cases", "--insurer", "不存在的保险公司"), "No insurer"),
])
def test_errors_are_clear_and_non_zero(demo_path: Path, args: tuple, message: str) -> None:
    proc = run(args[0], "--db", str(demo_path), *args[1:], check=False)
    assert proc.returncode == 2
    assert message.lower() in proc.stderr.lower() and "Traceback" not in proc.stderr


def test_error_in_chinese(tmp_path: Path) -> None:
    proc = run("cases", "--db", str(tmp_path / "missing.sqlite3"), check=False, lang="zh_CN")
    assert proc.returncode == 2 and "没有数据库" in proc.stderr
    assert not (tmp_path / "missing.sqlite3").exists()


def test_demo_refuses_to_overwrite(demo_path: Path) -> None:
    before = demo_path.stat().st_size
    proc = run("demo", "--db", str(demo_path), "--cases", "5", check=False)
    assert proc.returncode == 2 and "--replace" in proc.stderr
    assert demo_path.stat().st_size == before


def test_db_from_environment(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite3"
    run("demo", "--db", str(db), "--cases", "3")
    env = {**os.environ, "WORKBENCH_DB": str(db)}
    out = subprocess.run([sys.executable, "-m", "workbench", "--lang", "en", "cases", "--format", "json"],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    assert len(json.loads(out)) == 3


def test_new_update_delete(demo_path: Path) -> None:
    from workbench.domain.resident_id import make_resident_id
    from datetime import date

    id_number = make_resident_id("330106", date(1988, 8, 8), 42)
    created = json.loads(run("new", "--db", str(demo_path), "--decision", "contract_rescinded", "--client", "沈佳宜",
                             "--client-id", id_number, "--insurer", "华康人寿保险股份有限公司", "--policy", "HK900",
                             "--coverage", "critical_illness", "--claimed", "300,000", "--assignee", "周婧",
                             "--decision-date", "2026-10-01", "--format", "json").stdout)
    number = created["case_number"]
    assert created["insurer"]["name"] == "华康人寿保险股份有限公司" and created["amount_claimed_cents"] == "300000.00"
    assert created["assignee"]["name"] == "周婧" and created["stage"] == "intake"
    insurers = json.loads(run("check", "--db", str(demo_path), "--format", "json").stdout)["counts"]["insurer"]
    assert insurers == 12  # the existing insurer was reused

    out = run("update", number, "--db", str(demo_path), "--set", "amount_offered_cents=1,234.50",
              "--set", "priority=urgent", "--set", "decision_date=", "--lang", "zh_CN").stdout
    assert "已保存" in out
    shown = json.loads(run("show", number, "--db", str(demo_path), "--format", "json").stdout)
    assert shown["amount_offered_cents"] == "1234.50" and shown["priority"] == "urgent"
    assert shown["decision_date"] is None and shown["meta"]["revision"] == 2

    bad = run("update", number, "--db", str(demo_path), "--set", "priority=bogus", check=False)
    assert bad.returncode == 2 and "bogus" in bad.stderr

    assert "deleted" in run("delete", number, "--db", str(demo_path), "--reason", "重复录入的案件").stdout
    gone = run("show", number, "--db", str(demo_path), check=False)
    assert gone.returncode == 2
    counts = json.loads(run("check", "--db", str(demo_path), "--format", "json").stdout)["counts"]
    assert counts["deleted_cases"] == 2 and counts["dispute_case"] == 300  # the demo's practice case, and this one


def test_new_refuses_a_bad_id_and_writes_nothing(demo_path: Path) -> None:
    proc = run("new", "--db", str(demo_path), "--decision", "claim_refused", "--client", "李雷",
               "--client-id", "110105194912310021", "--insurer", "新保险公司", check=False, lang="zh_CN")
    assert proc.returncode == 2 and "校验码" in proc.stderr
    counts = json.loads(run("check", "--db", str(demo_path), "--format", "json").stdout)["counts"]
    assert counts["dispute_case"] == 300 and counts["insurer"] == 12


def test_person_show_and_correct(demo_path: Path) -> None:
    rows = json.loads(run("cases", "--db", str(demo_path), "--limit", "1", "--format", "json").stdout)
    shown = json.loads(run("show", rows[0]["case_number"], "--db", str(demo_path), "--format", "json").stdout)
    id_number = shown["client"]["id_number"]
    out = json.loads(run("person", id_number, "--db", str(demo_path), "--phone", "13900000000",
                         "--format", "json").stdout)
    assert out["phone"] == "13900000000" and out["meta"]["revision"] == 2
    assert "13900000000" in run("person", id_number, "--db", str(demo_path), lang="zh_CN").stdout
    missing = run("person", "11010519491231002X", "--db", str(demo_path), check=False)
    assert missing.returncode == 2 and "Nobody" in missing.stderr


def test_attach_list_and_verify(demo_path: Path, tmp_path: Path) -> None:
    scans = tmp_path / "scanner"
    scans.mkdir()
    (scans / "体检报告.txt").write_text("2019年体检：甲状腺结节，建议随访。", encoding="utf-8")
    (scans / "病历.txt").write_text("门诊病历：咳嗽三天。", encoding="utf-8")
    number = json.loads(run("cases", "--db", str(demo_path), "--limit", "1", "--sort", "opened_on", "--stage",
                            "evidence", "--format", "json").stdout)[0]["case_number"]
    out = json.loads(run("attach", number, str(scans), "--db", str(demo_path), "--type", "test_report",
                         "--source", "hospital", "--tag", "体检", "--format", "json").stdout)
    assert [a["original_name"] for a in out["added"]] == ["体检报告.txt", "病历.txt"]
    again = run("attach", number, str(scans / "病历.txt"), "--db", str(demo_path), lang="zh_CN").stdout
    assert "已作为附件" in again
    listed = json.loads(run("evidence", number, "--db", str(demo_path), "--find", "甲状腺", "--format", "json").stdout)
    # the CLI reads the text right after attaching
    assert [e["original_name"] for e in listed["evidence"]] == ["体检报告.txt"]
    assert listed["checklist"] and all(set(line) == {"evidence_type", "present"} for line in listed["checklist"])
    assert all(line["present"] for line in listed["checklist"] if line["evidence_type"] == "test_report")
    assert "体检报告.txt" in run("evidence", number, "--db", str(demo_path), lang="zh_CN").stdout
    assert run("verify", "--db", str(demo_path)).returncode == 0

    from workbench.storage.blobs import store_root_for
    stored = next(p for p in store_root_for(demo_path).rglob("*") if p.is_file() and p.stat().st_size < 200)
    stored.chmod(0o644)
    stored.write_bytes(b"tampered")
    bad = run("verify", "--db", str(demo_path), check=False)
    assert bad.returncode == 1 and "ALTERED" in bad.stdout


def test_attach_refuses_an_empty_file(demo_path: Path, tmp_path: Path) -> None:
    empty = tmp_path / "空文件.pdf"
    empty.write_bytes(b"")
    number = json.loads(run("cases", "--db", str(demo_path), "--limit", "1", "--format", "json").stdout)[0]["case_number"]
    proc = run("attach", number, str(empty), "--db", str(demo_path), check=False, lang="zh_CN")
    assert proc.returncode == 2 and "空文件.pdf" in proc.stderr


def test_settings_limit_applies_to_attach(demo_path: Path, tmp_path: Path) -> None:
    out = run("settings", "--db", str(demo_path), "--max-file-mb", "1").stdout
    assert "1" in out
    big = tmp_path / "大文件.bin"
    big.write_bytes(b"\x01" * (1024 * 1024 + 1))
    number = json.loads(run("cases", "--db", str(demo_path), "--limit", "1", "--format", "json").stdout)[0]["case_number"]
    proc = run("attach", number, str(big), "--db", str(demo_path), check=False)
    assert proc.returncode == 2 and "limit of 1 MB" in proc.stderr


def test_provisions_library_and_adding_an_entry(demo_path: Path) -> None:
    out = run("provisions", "--db", str(demo_path), "--lang", "zh_CN").stdout
    assert "保险法第十六条" in out and "保险法司法解释（二）第十三条" in out
    run("provisions", "--db", str(demo_path), "--add", "--source", "泰和人寿理赔指引", "--article", "3.2",
        "--title", "甲状腺结节核赔标准", "--text", "……")
    items = json.loads(run("provisions", "--db", str(demo_path), "--format", "json").stdout)
    own = [p for p in items if not p["builtin"]]
    assert [p["title_zh"] for p in own] == ["甲状腺结节核赔标准"]


def test_export_import_and_conflicts_from_the_command_line(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    run("demo", "--db", str(a), "--cases", "12")
    # A case still being worked on (a closed one is read-only until reopened).
    number = next(c["case_number"] for c in json.loads(run("cases", "--db", str(a), "--format", "json").stdout)
                  if c["stage"] != "closed")
    other = next(c["case_number"] for c in json.loads(run("cases", "--db", str(a), "--format", "json").stdout)
                 if c["case_number"] != number)
    bundle = tmp_path / "two.wbundle"
    out = run("export", "--db", str(a), "--out", str(bundle), "--cases", number, other).stdout
    assert "2 cases" in out
    preview = json.loads(run("import", "--db", str(b), str(bundle), "--dry-run", "--format", "json").stdout)
    assert preview["counts"]["new"] > 0 and preview["conflicts"] == []
    assert [p for p in b.with_suffix(".files").rglob("*") if p.is_file()] == []  # nothing kept from a dry run
    assert {c["case"] for c in preview["cases"]} >= {number, other}
    report = json.loads(run("import", "--db", str(b), str(bundle), "--format", "json").stdout)["report"]
    assert report["counts"]["new"] == preview["counts"]["new"] and Path(report["backup"]).exists()
    # Both sides change the same field: the import stops, says why, and changes nothing.
    run("update", number, "--db", str(a), "--set", "summary=甲方看法")
    run("update", number, "--db", str(b), "--set", "summary=乙方看法")
    back = tmp_path / "back.wbundle"
    run("export", "--db", str(b), "--out", str(back))
    stopped = run("import", "--db", str(a), str(back), check=False)
    assert stopped.returncode == 3 and "1 conflicts need a choice" in stopped.stderr
    key = json.loads(run("import", "--db", str(a), str(back), "--dry-run", "--format", "json").stdout)["conflicts"][0]["key"]
    assert key.endswith("/summary")
    wrong = run("import", "--db", str(a), str(back), "--choose", "nonsense=mine", check=False)
    assert wrong.returncode == 2 and "does not name a conflict" in wrong.stderr
    done = run("import", "--db", str(a), str(back), "--choose", f"{key}=both", lang="zh_CN").stdout
    assert "已导入" in done and "甲方看法" in done
    shown = run("show", number, "--db", str(a)).stdout
    assert "甲方看法" in shown and "乙方看法" in shown
    peers = json.loads(run("peers", "--db", str(a), "--format", "json").stdout)
    b_id = json.loads(run("peers", "--db", str(b), "--format", "json").stdout)["this_workstation"]
    assert b_id in [p["workstation_id"] for p in peers["peers"]]


def test_protected_bundle_from_the_command_line(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    run("demo", "--db", str(a), "--cases", "5")
    sealed = tmp_path / "sealed.wbundle"
    env_run = lambda *args, phrase: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "workbench", "--lang", "en", *args], cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "WORKBENCH_BUNDLE_PASSPHRASE": phrase}, stdin=subprocess.DEVNULL, timeout=120)
    assert env_run("export", "--db", str(a), "--out", str(sealed), "--passphrase", phrase="长口令 long enough").returncode == 0
    no = run("import", "--db", str(b), str(sealed), check=False)
    assert no.returncode == 2 and "passphrase is needed" in no.stderr
    bad = env_run("import", "--db", str(b), str(sealed), phrase="wrong")
    assert bad.returncode == 2 and "passphrase is wrong" in bad.stderr
    assert env_run("import", "--db", str(b), str(sealed), phrase="长口令 long enough").returncode == 0
