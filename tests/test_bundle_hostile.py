"""Damaged and hostile bundles are refused with a clear message, and nothing changes."""

from __future__ import annotations

import hashlib
import json
import re
import stat
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import new_case
from tests.sync_helpers import contents
from workbench.bundle.format import BundleError, Limits, PassphraseNeeded
from workbench.domain.evidence import EvidenceMeta
from workbench.i18n import Translator
from workbench.services import evidence, sync
from workbench.services.store import Store

Members = list[tuple[Any, bytes]]  # (name or ZipInfo, bytes)


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("good")
    src = Store.open(folder / "src.sqlite3")
    case = new_case(src, client="赵敏")
    evidence.attach_bytes(src, case.id, "病历.txt", "门诊病历 2026-03-01".encode(), EvidenceMeta())
    path = folder / "good.wbundle"
    sync.export_bundle(src, path)
    src.close()
    return path


@pytest.fixture
def target(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "target.sqlite3")
    new_case(store, client="本地客户", seq=5)
    yield store
    store.close()


def members_of(path: Path) -> Members:
    with zipfile.ZipFile(path) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def manifest_for(members: Members, base: dict[str, Any]) -> bytes:
    """A manifest that matches `members` exactly, so only the defect under test remains."""
    listed = [{"name": n if isinstance(n, str) else n.filename, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
              for n, d in members if (n if isinstance(n, str) else n.filename) != "manifest.json"]
    return json.dumps({**base, "members": listed}).encode()


def build(path: Path, members: Members, compress: int = zipfile.ZIP_STORED) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names: that is the point
        with zipfile.ZipFile(path, "w", compress) as zf:
            for name, data in members:
                zf.writestr(name, data)
    return path


def variant(good: Path, tmp: Path, change: Callable[[Members, dict[str, Any]], Members], fix_manifest: bool = True,
            compress: int = zipfile.ZIP_STORED) -> Path:
    members = members_of(good)
    base = json.loads(dict(members)["manifest.json"])
    members = change([m for m in members if m[0] != "manifest.json"], base)
    if fix_manifest:
        members.append(("manifest.json", manifest_for(members, base)))
    return build(tmp / "bad.wbundle", members, compress)


def with_records(edit: Callable[[list[dict[str, Any]]], Any]) -> Callable[[Members, dict[str, Any]], Members]:
    def change(members: Members, _base: dict[str, Any]) -> Members:
        out = []
        for name, data in members:
            if name == "records.json":
                body = json.loads(data)
                edit(body["records"])
                data = json.dumps(body).encode()
            out.append((name, data))
        return out
    return change


def raw_records(text: bytes) -> Callable[[Members, dict[str, Any]], Members]:
    return lambda members, _b: [(n, text if n == "records.json" else d) for n, d in members]


def add(name: Any, data: bytes) -> Callable[[Members, dict[str, Any]], Members]:
    return lambda members, _b: [*members, (name, data)]


def expect_refused(store: Store, path: Path, words: str, limits: Limits | None = None, passphrase: str | None = None) -> None:
    before = contents(store)
    with pytest.raises(BundleError) as caught:
        sync.prepare_import(store, path, passphrase=passphrase, limits=limits or Limits())
    english = caught.value.english()
    assert words in english, english
    assert "nothing was imported" in english.lower() or isinstance(caught.value, PassphraseNeeded)
    chinese = Translator("zh_CN").error(caught.value)
    assert chinese != english and "{" not in chinese  # the user reads it in their language
    assert contents(store) == before
    leftovers = list((store.blobs.root / "tmp").glob("*")) if (store.blobs.root / "tmp").exists() else []
    assert leftovers == []


def _evidence_sha(good: Path) -> str:
    return next(n for n, _ in members_of(good) if n.startswith("files/"))[len("files/"):]


def test_the_good_bundle_is_accepted(good: Path, target: Store) -> None:
    prepared = sync.prepare_import(target, good)
    assert prepared.plan.counts()["new"] > 0
    sync.discard_import(target, prepared)


def test_not_a_zip(target: Store, tmp_path: Path) -> None:
    path = tmp_path / "x.wbundle"
    path.write_bytes(b"this is not a bundle at all" * 100)
    expect_refused(target, path, "is not a workbench bundle")
    with pytest.raises(BundleError) as caught:
        sync.prepare_import(target, path)
    chinese = Translator("zh_CN").error(caught.value)
    assert "不是 zip" in chinese or "zip 压缩" in chinese, chinese
    assert not re.search(r"[A-Za-z]{4,}", chinese.replace(path.name, "")), chinese  # zipfile's English stays out


def test_truncated(good: Path, target: Store, tmp_path: Path) -> None:
    data = good.read_bytes()
    path = tmp_path / "cut.wbundle"
    path.write_bytes(data[: len(data) * 2 // 3])
    expect_refused(target, path, "cut off")


def test_missing_manifest(good: Path, target: Store, tmp_path: Path) -> None:
    expect_refused(target, variant(good, tmp_path, lambda m, b: m, fix_manifest=False), "is missing")


@pytest.mark.parametrize("change, words", [
    (lambda b: b.update(format="something-else"), "not a manifest"),
    (lambda b: b.update(format_version=99), "newer version"),
    (lambda b: b.update(format_version="1"), "not a manifest"),
    (lambda b: b.pop("workstation_id"), "not a manifest"),
    (lambda b: b.update(workstation_name=["陈静"]), "not a manifest"),
    (lambda b: b.update(workstation_name="陈静\x1b[2J的笔记本"), "not a manifest"),  # terminal control
    (lambda b: b.update(workstation_name="长" * 61), "not a manifest"),
])
def test_bad_manifest(good: Path, target: Store, tmp_path: Path, change, words: str) -> None:  # type: ignore[no-untyped-def]
    def edit(members: Members, base: dict[str, Any]) -> Members:
        change(base)
        return members
    expect_refused(target, variant(good, tmp_path, edit), words)


def test_file_bytes_that_do_not_match_their_hash(good: Path, target: Store, tmp_path: Path) -> None:
    sha = _evidence_sha(good)
    members = members_of(good)
    flipped = [(n, (bytes([d[0] ^ 1]) + d[1:]) if n == f"files/{sha}" else d) for n, d in members]
    expect_refused(target, build(tmp_path / "bad.wbundle", flipped), "SHA-256")


def test_size_differs_from_the_manifest(good: Path, target: Store, tmp_path: Path) -> None:
    members = members_of(good)
    manifest = json.loads(dict(members)["manifest.json"])
    for m in manifest["members"]:
        if m["name"].startswith("files/"):
            m["size"] += 1
    changed = [(n, json.dumps(manifest).encode() if n == "manifest.json" else d) for n, d in members]
    expect_refused(target, build(tmp_path / "bad.wbundle", changed), "size")


def test_records_altered_after_the_manifest_was_written(good: Path, target: Store, tmp_path: Path) -> None:
    members = members_of(good)
    changed = [(n, d.replace("赵敏".encode(), "钱敏".encode()) if n == "records.json" else d) for n, d in members]
    expect_refused(target, build(tmp_path / "bad.wbundle", changed), "SHA-256")


@pytest.mark.parametrize("name, words", [
    ("../../etc/cron.d/evil", "“..”"),
    ("files/../../evil", "“..”"),
    ("/etc/passwd", "absolute path"),
    ("\\windows\\evil", "absolute path"),
    ("C:/Windows/evil.dll", "names a drive"),
    ("notes.txt", "no such member"),
    ("files/not-a-hash", "no such member"),
])
def test_member_names_that_are_refused(good: Path, target: Store, tmp_path: Path, name: str, words: str) -> None:
    expect_refused(target, variant(good, tmp_path, add(name, b"x")), words)


def test_member_name_with_a_nul(good: Path, target: Store, tmp_path: Path) -> None:
    """zipfile cuts names at a NUL when writing, so the byte is put in afterwards."""
    path = variant(good, tmp_path, add("files/" + "a" * 64 + "\x01.exe", b"x"))
    path.write_bytes(path.read_bytes().replace(b"a\x01.exe", b"a\x00.exe"))
    expect_refused(target, path, "NUL")


def test_symlink_member(good: Path, target: Store, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("files/" + hashlib.sha256(b"/etc/passwd").hexdigest())
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    expect_refused(target, variant(good, tmp_path, add(link, b"/etc/passwd")), "symbolic link")


def test_duplicate_member_names(good: Path, target: Store, tmp_path: Path) -> None:
    def twice(members: Members, _b: dict[str, Any]) -> Members:
        return [*members, next(m for m in members if m[0] == "records.json")]
    expect_refused(target, variant(good, tmp_path, twice), "appears twice")


def test_zip_bomb_is_caught_while_streaming(good: Path, target: Store, tmp_path: Path) -> None:
    zeros = bytes(64 * 1024 * 1024)
    name = "files/" + hashlib.sha256(zeros).hexdigest()
    path = variant(good, tmp_path, add(name, zeros), compress=zipfile.ZIP_DEFLATED)
    assert path.stat().st_size < 1024 * 1024
    expect_refused(target, path, "zip bomb")


@pytest.mark.parametrize("limits, words", [
    (Limits(max_entries=2), "more members"),
    (Limits(max_total_bytes=1000), "more than the total"),
    (Limits(max_entry_bytes=10), "largest file"),
])
def test_limits_are_counted(good: Path, target: Store, limits: Limits, words: str) -> None:
    expect_refused(target, good, words, limits=limits)


@pytest.mark.parametrize("text, words", [
    (b'{"records": ["\xff\xfe"]}', "not UTF-8"),
    (b'{"records": [], "records": []}', "appears twice"),
    (b'{"records": [NaN]}', "NaN"),
    (b'{"records": [Infinity]}', "NaN"),
    (b'{"records": [1' + b"0" * 40 + b"]}", "too large"),
    (b'{"records": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
    (b'{"records": [', "syntax error"),
    (b'{"records": [{"kind": "dispute_case"}]}', "layout"),
])
def test_malformed_json(good: Path, target: Store, tmp_path: Path, text: bytes, words: str) -> None:
    expect_refused(target, variant(good, tmp_path, raw_records(text)), words)


def _first(records: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    return next(r for r in records if r["kind"] == kind)


@pytest.mark.parametrize("edit, words", [
    (lambda rs: rs.remove(_first(rs, "person")), "neither in the bundle nor here"),
    (lambda rs: _first(rs, "evidence").update(uuid=_first(rs, "dispute_case")["uuid"]), "same UUID"),
    (lambda rs: _first(rs, "dispute_case")["fields"].update(amount_claimed_cents="100"), "wrong type"),
    (lambda rs: _first(rs, "dispute_case")["fields"].update(amount_claimed_cents=2**63), "wrong type"),
    (lambda rs: _first(rs, "dispute_case")["fields"].update(amount_claimed_cents=True), "wrong type"),
    (lambda rs: _first(rs, "dispute_case")["fields"].update(stage="bogus"), "code"),
    (lambda rs: _first(rs, "dispute_case")["fields"].update(summary="x" + "\x00"), "wrong type"),
    (lambda rs: _first(rs, "dispute_case")["fields"].update(case_number="F" * 500), "wrong type"),
    (lambda rs: _first(rs, "dispute_case")["fields"].pop("summary"), "missing or unknown"),
    (lambda rs: _first(rs, "dispute_case")["fields"].update(extra=1), "missing or unknown"),
    (lambda rs: _first(rs, "dispute_case").update(kind="user_account"), "unknown kind"),
    (lambda rs: _first(rs, "dispute_case").update(vv={"ws": -1}), "version information"),
    (lambda rs: _first(rs, "dispute_case").update(created_at="yesterday"), "wrong type"),
    (lambda rs: _first(rs, "evidence")["fields"].update(sha256="0" * 64), "file it needs"),
])
def test_invalid_records(good: Path, target: Store, tmp_path: Path, edit, words: str) -> None:  # type: ignore[no-untyped-def]
    expect_refused(target, variant(good, tmp_path, with_records(edit)), words)


def test_a_uuid_that_belongs_to_another_kind_here(good: Path, target: Store, tmp_path: Path) -> None:
    with target.unit_of_work() as s:
        from sqlalchemy import select

        from workbench.storage.rows import PersonRow

        local_person = s.scalars(select(PersonRow.uuid)).first()
    path = variant(good, tmp_path, with_records(lambda rs: _first(rs, "evidence").update(uuid=local_person)))
    expect_refused(target, path, "different kind of record here")


def test_passphrase_round_trip_and_tampering(good: Path, target: Store, tmp_path: Path) -> None:
    src = Store.open(tmp_path / "src.sqlite3")
    new_case(src, client="孙丽")
    sealed = tmp_path / "sealed.wbundle"
    sync.export_bundle(src, sealed, passphrase="正确的口令 horse")
    assert sealed.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert "孙丽".encode() not in sealed.read_bytes()
    expect_refused(target, sealed, "protected by a passphrase")
    expect_refused(target, sealed, "passphrase is wrong", passphrase="错误的口令")
    data = bytearray(sealed.read_bytes())
    data[-100] ^= 0x01
    flipped = tmp_path / "flipped.wbundle"
    flipped.write_bytes(bytes(data))
    expect_refused(target, flipped, "altered or damaged", passphrase="正确的口令 horse")
    prepared = sync.prepare_import(target, sealed, passphrase="正确的口令 horse")
    sync.apply_import(target, prepared, backup=False)
    assert "孙丽" in json.dumps(contents(target), ensure_ascii=False)


def test_a_bundle_claiming_our_own_changes_is_refused(target: Store, tmp_path: Path) -> None:
    """A peer knows our changes only from our bundles: a version vector saying this workstation
    changed a record more often than it did is forged (or from another database) — it would win
    every comparison and overwrite our work silently."""
    from tests.sync_helpers import exchange

    new_case(target, client="王芳")
    other = Store.open(tmp_path / "other.sqlite3")
    try:
        exchange(target, other, tmp_path, "to-other")
        sync.export_bundle(other, tmp_path / "back.wbundle")
        ours = target.workstation_id

        def claim(records: list[dict[str, Any]]) -> None:
            for rec in records:
                if rec["kind"] == "dispute_case":
                    rec["vv"][ours] = rec["vv"].get(ours, 0) + 5
        forged = variant(tmp_path / "back.wbundle", tmp_path, with_records(claim))
        expect_refused(target, forged, "never made")
    finally:
        other.close()
