"""A killed import, a full disk: the database stays exactly as it was."""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, new_case
from tests.sync_helpers import contents
from workbench.bundle import reader, writer
from workbench.bundle.format import BundleError
from workbench.services import sync
from workbench.services.store import Store


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


@pytest.mark.slow
def test_import_killed_mid_transaction_leaves_the_database_as_it_was(demo_store: Store, tmp_path: Path) -> None:
    bundle = tmp_path / "all.wbundle"
    sync.export_bundle(demo_store, bundle)
    target_path = tmp_path / "target.sqlite3"
    target = Store.open(target_path)
    new_case(target, client="本地客户")
    before = contents(target)
    target.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "workbench", "import", "--db", str(target_path), str(bundle),
                             "--progress"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith(b"apply "):  # printed from inside the open transaction
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the import finished before it could be killed"
    assert _integrity(target_path) == "ok"
    target = Store.open(target_path)
    assert contents(target) == before
    # and the next attempt works
    report = sync.apply_import(target, sync.prepare_import(target, bundle), backup=False)
    assert report.counts["new"] > 0
    target.close()


def test_full_disk_during_export_leaves_no_bundle_and_changes_nothing(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "a.sqlite3")
    case = new_case(store)
    from workbench.domain.evidence import EvidenceMeta
    from workbench.services import evidence

    evidence.attach_bytes(store, case.id, "a.txt", b"A" * 5000, EvidenceMeta())
    before = contents(store)
    with sqlite3.connect(store.path) as conn:
        logged = conn.execute("SELECT count(*) FROM sync_version").fetchone()

    def full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(writer, "_add_file", full)
    out = tmp_path / "out" / "x.wbundle"
    out.parent.mkdir()
    with pytest.raises(BundleError) as caught:
        sync.export_bundle(store, out)
    assert "disk is full" in caught.value.english()
    assert list(out.parent.iterdir()) == []
    assert contents(store) == before
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT count(*) FROM sync_version").fetchone() == logged


def test_cancelled_export_leaves_no_bundle(tmp_path: Path) -> None:
    from workbench.errors import Cancelled

    store = Store.open(tmp_path / "a.sqlite3")
    new_case(store)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        sync.export_bundle(store, out / "x.wbundle", progress=lambda done, total: False)
    assert list(out.iterdir()) == []


class _FillsUp:
    """A file that takes a few bytes and then reports a full disk."""

    def __init__(self, path: Path, mode: str) -> None:
        self._f = open(path, mode)  # noqa: SIM115
        self._left = 100

    def write(self, data: bytes) -> int:
        if len(data) > self._left:
            raise OSError(errno.ENOSPC, "No space left on device")
        self._left -= len(data)
        return self._f.write(data)

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self

    def __exit__(self, *exc: object) -> None:
        self._f.close()


def _bundle_with_a_file(tmp_path: Path) -> Path:
    src = Store.open(tmp_path / "src.sqlite3")
    case = new_case(src)
    from workbench.domain.evidence import EvidenceMeta
    from workbench.services import evidence

    evidence.attach_bytes(src, case.id, "scan.txt", b"S" * 10_000, EvidenceMeta())
    path = tmp_path / "b.wbundle"
    sync.export_bundle(src, path)
    return path


def test_full_disk_while_unpacking_an_import(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bundle = _bundle_with_a_file(tmp_path)
    target = Store.open(tmp_path / "t.sqlite3")
    new_case(target, client="本地", seq=4)
    before = contents(target)
    real_open, real_copy = open, reader._copy_span

    def copy_then_fill(src: int, dst: int, start: int, size: int) -> None:
        real_copy(src, dst, start, min(size, 100))
        raise OSError(errno.ENOSPC, "No space left on device")
    # both ways files are unpacked: the kernel copy of stored members, the streamed copy of the rest
    monkeypatch.setattr(reader, "_copy_span", copy_then_fill)
    monkeypatch.setattr(reader, "open", lambda path, mode="r": _FillsUp(path, mode) if "w" in mode
                        else real_open(path, mode), raising=False)
    with pytest.raises(BundleError) as caught:
        sync.prepare_import(target, bundle)
    assert "disk is full" in caught.value.english()
    assert contents(target) == before
    assert list((target.blobs.root / "tmp").iterdir()) == []


def test_full_disk_while_publishing_files_rolls_the_import_back(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bundle = _bundle_with_a_file(tmp_path)
    target = Store.open(tmp_path / "t.sqlite3")
    new_case(target, client="本地", seq=4)
    before = contents(target)
    prepared = sync.prepare_import(target, bundle)

    def full(_self, _staged):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(type(target.blobs), "publish", full)
    with pytest.raises(BundleError) as caught:
        sync.apply_import(target, prepared, backup=False)
    assert "disk is full" in caught.value.english()
    assert contents(target) == before
    assert _integrity(target.path) == "ok"


def test_cancelling_an_import_keeps_nothing(tmp_path: Path) -> None:
    from workbench.errors import Cancelled

    bundle = _bundle_with_a_file(tmp_path)
    target = Store.open(tmp_path / "t.sqlite3")
    new_case(target, client="本地", seq=4)
    before = contents(target)
    tmp = target.blobs.root / "tmp"
    with pytest.raises(Cancelled):
        sync.prepare_import(target, bundle, progress=lambda done, total: False)
    assert not tmp.exists() or list(tmp.iterdir()) == []
    prepared = sync.prepare_import(target, bundle)
    with pytest.raises(Cancelled):
        sync.apply_import(target, prepared, progress=lambda done, total: False, backup=False)
    assert contents(target) == before
    assert not tmp.exists() or list(tmp.iterdir()) == []
