"""The evidence store: files kept write-once under their SHA-256, beside the database.

`<database stem>.files/ab/cd/abcd…` — a database copied elsewhere takes its
`.files` folder along.  A file is written to `tmp/` first, flushed to disk and
renamed to its final name, so a final name never holds a partial file; the same
bytes are stored once however often they are attached.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import stat
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import Cancelled, WorkbenchError, os_reason

STALE_TMP_SECONDS = 24 * 3600
CHUNK = 4 * 1024 * 1024
HEAD_BYTES = 8192


class StoreError(WorkbenchError):
    """A file could not be taken in or read back."""


@dataclass(frozen=True, slots=True)
class Staged:
    """Copied and hashed under a temporary name, not yet in the store."""

    name: str
    tmp: Path
    sha256: str
    size: int
    head: bytes


@dataclass(frozen=True, slots=True)
class Ingested:
    sha256: str
    size: int
    head: bytes      # the first bytes, for content-type detection
    created: bool    # False when the same bytes were already stored


def store_root_for(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.stem}.files")


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._tmp_ready = False

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def ingest_file(self, src: Path, max_bytes: int, on_bytes: Callable[[int], bool] | None = None) -> Ingested:
        """Take one file in (stage, then publish)."""
        staged = self.stage_file(src, max_bytes, on_bytes)
        return self.publish([staged])[0]

    def ingest_bytes(self, name: str, data: bytes, max_bytes: int) -> Ingested:
        _check_size(name, len(data), max_bytes)
        tmp = self.new_tmp_path()
        try:
            tmp.write_bytes(data)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise _store_error(name, exc) from exc
        staged = Staged(name, tmp, hashlib.sha256(data).hexdigest(), len(data), data[:HEAD_BYTES])
        return self.publish([staged])[0]

    def stage_file(self, src: Path, max_bytes: int, on_bytes: Callable[[int], bool] | None = None) -> Staged:
        """Copy `src` under a temporary name while a second thread hashes it.

        The kernel copies (sendfile) while hashlib, which releases the GIL, hashes
        the same pages: together about as fast as `cp`.  `on_bytes(n)` returning
        False cancels; nothing is left behind.
        """
        name = src.name
        try:
            if not src.is_file():
                if src.exists():
                    raise StoreError(QT_TRANSLATE_NOOP("Errors", "“{name}” is not a file."), name=name)
                raise FileNotFoundError(str(src))
            _check_size(name, src.stat().st_size, max_bytes)
            with open(src, "rb") as fin:
                head = fin.read(HEAD_BYTES)
            return self._copy_and_hash(src, name, head, max_bytes, on_bytes)
        except FileNotFoundError:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Errors", "“{name}” could not be read: it is no longer there (moved or deleted?)."), name=name) from None
        except PermissionError:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Errors", "“{name}” could not be read: permission denied."), name=name) from None

    def _copy_and_hash(self, src: Path, name: str, head: bytes, max_bytes: int,
                       on_bytes: Callable[[int], bool] | None) -> Staged:
        tmp = self.new_tmp_path()
        stop = threading.Event()
        hashed: dict[str, object] = {}
        hasher = threading.Thread(target=_hash_file, args=(src, stop, hashed), daemon=True)
        hasher.start()
        copied = 0
        try:
            with open(src, "rb") as fin, open(tmp, "wb") as fout:
                while True:
                    n = _copy_chunk(fin, fout, copied)
                    if n == 0:
                        break
                    copied += n
                    if copied > max_bytes:
                        _check_size(name, copied, max_bytes)
                    if on_bytes is not None and on_bytes(n) is False:
                        raise Cancelled()
            hasher.join()
            if "error" in hashed:
                raise hashed["error"]  # type: ignore[misc]
            if hashed["size"] != copied:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "Errors", "“{name}” changed while it was being attached; nothing was attached. Try again."), name=name)
            if copied == 0:
                _check_size(name, 0, max_bytes)
            return Staged(name, tmp, str(hashed["sha256"]), copied, head)
        except OSError as exc:
            stop.set()
            hasher.join()
            tmp.unlink(missing_ok=True)
            if isinstance(exc, (FileNotFoundError, PermissionError)):
                raise
            raise _store_error(name, exc) from exc
        except BaseException:
            stop.set()
            hasher.join()
            tmp.unlink(missing_ok=True)
            raise

    def publish(self, staged: list[Staged]) -> list[Ingested]:
        """Give staged files their final names, after one flush to disk for the whole batch.

        One sync for the batch, not one per file: that is what lets a batch run
        at the speed of `cp` followed by `sync`.
        """
        _flush_to_disk()
        out = []
        folders: set[str] = set()
        root = str(self.root)
        for st in staged:
            # Plain strings, not Path objects: thousands of files per import make pathlib's cost show.
            folder = os.path.join(root, st.sha256[:2], st.sha256[2:4])
            final = os.path.join(folder, st.sha256)
            if os.path.isfile(final):
                st.tmp.unlink(missing_ok=True)
                out.append(Ingested(st.sha256, st.size, st.head, created=False))
                continue
            if folder not in folders:
                os.makedirs(folder, exist_ok=True)
                folders.add(folder)
            os.chmod(st.tmp, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # write-once: read-only from now on
            os.replace(st.tmp, final)
            out.append(Ingested(st.sha256, st.size, st.head, created=True))
        _flush_to_disk()  # the renames themselves
        return out

    def discard(self, staged: list[Staged]) -> None:
        for st in staged:
            st.tmp.unlink(missing_ok=True)

    def sweep_stale(self, older_than_seconds: float = STALE_TMP_SECONDS) -> int:
        """Remove what a killed import or attach left in tmp/ (files nobody has written to for a
        day: a running import writes continuously, and a wizard waiting on its conflicts is not
        left open that long). Returns how many went."""
        tmp_dir = self.root / "tmp"
        if not tmp_dir.is_dir():
            return 0
        cutoff = time.time() - older_than_seconds
        gone = 0
        for leftover in tmp_dir.glob("*.part"):
            try:
                if leftover.stat().st_mtime < cutoff:
                    leftover.unlink()
                    gone += 1
            except OSError:
                continue  # taken by another process meanwhile, or not ours to remove
        return gone

    def new_tmp_path(self) -> Path:
        tmp_dir = self.root / "tmp"
        if not self._tmp_ready:
            tmp_dir.mkdir(parents=True, exist_ok=True)
            self._tmp_ready = True
        return tmp_dir / f"{uuid.uuid4().hex}.part"

    def read_bytes(self, sha256: str) -> bytes:
        return self.path_of(sha256).read_bytes()

    def rehash(self, sha256: str) -> str | None:
        """The current SHA-256 of the stored file, or None if it is missing."""
        path = self.path_of(sha256)
        try:
            with open(path, "rb") as f:
                digest = hashlib.sha256()
                while chunk := f.read(CHUNK):
                    digest.update(chunk)
        except FileNotFoundError:
            return None
        return digest.hexdigest()

    def delete(self, sha256: str) -> None:
        path = self.path_of(sha256)
        if path.exists():
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
            path.unlink()

    def copy_out(self, sha256: str, dest: Path) -> Path:
        """A writable copy for an outside program; the stored file itself is never handed out."""
        shutil.copyfile(self.path_of(sha256), dest)
        return dest


def _hash_file(path: Path, stop: threading.Event, out: dict[str, object]) -> None:
    digest = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as f:
            while not stop.is_set() and (chunk := f.read(CHUNK)):
                digest.update(chunk)
                size += len(chunk)
    except OSError as exc:
        out["error"] = exc
        return
    out["sha256"], out["size"] = digest.hexdigest(), size


COPY_CHUNK = 64 * 1024 * 1024


def _copy_chunk(fin, fout, offset: int) -> int:  # type: ignore[no-untyped-def]
    """Copy the next chunk; the kernel does it where it can (no bytes through Python)."""
    if hasattr(os, "sendfile"):
        try:
            return os.sendfile(fout.fileno(), fin.fileno(), offset, COPY_CHUNK)
        except OSError as exc:
            if exc.errno not in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
                raise
    fin.seek(offset)
    data = fin.read(CHUNK)
    fout.write(data)
    return len(data)


def _flush_to_disk() -> None:
    if hasattr(os, "sync"):
        os.sync()


def _store_error(name: str, exc: OSError) -> StoreError:
    if exc.errno == errno.ENOSPC:
        return StoreError(QT_TRANSLATE_NOOP(
            "Errors", "The disk is full: “{name}” was not attached and nothing was changed. Free some space and try again."),
            name=name)
    return StoreError(QT_TRANSLATE_NOOP("Errors", "“{name}” could not be stored: {detail}"),
                      name=name, detail=os_reason(exc))


def _check_size(name: str, size: int, max_bytes: int) -> None:
    if size == 0:
        raise StoreError(QT_TRANSLATE_NOOP("Errors", "“{name}” is empty and was not attached."), name=name)
    if size > max_bytes:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Errors", "“{name}” is larger than the limit of {limit} MB and was not attached."),
            name=name, limit=max_bytes // (1024 * 1024))
