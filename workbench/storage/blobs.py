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
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import Cancelled, WorkbenchError

CHUNK = 4 * 1024 * 1024
HEAD_BYTES = 8192


class StoreError(WorkbenchError):
    """A file could not be taken in or read back."""


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

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def ingest_file(self, src: Path, max_bytes: int, on_bytes: Callable[[int], bool] | None = None) -> Ingested:
        """Copy `src` in while hashing it; `on_bytes(n)` returning False cancels (nothing is left behind)."""
        try:
            size = src.stat().st_size
            if not src.is_file():
                raise IsADirectoryError(errno.EISDIR, "not a file", str(src))
            _check_size(src.name, size, max_bytes)
            with open(src, "rb") as f:
                return self._ingest_stream(src.name, f, max_bytes, on_bytes)
        except FileNotFoundError:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Errors", "“{name}” could not be read: it is no longer there (moved or deleted?)."), name=src.name) from None
        except PermissionError:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Errors", "“{name}” could not be read: permission denied."), name=src.name) from None
        except IsADirectoryError:
            raise StoreError(QT_TRANSLATE_NOOP("Errors", "“{name}” is not a file."), name=src.name) from None

    def ingest_bytes(self, name: str, data: bytes, max_bytes: int) -> Ingested:
        import io

        _check_size(name, len(data), max_bytes)
        return self._ingest_stream(name, io.BytesIO(data), max_bytes, None)

    def _ingest_stream(self, name: str, f, max_bytes: int, on_bytes) -> Ingested:  # type: ignore[no-untyped-def]
        tmp_dir = self.root / "tmp"
        tmp_dir.mkdir(parents=True, exist_ok=True)
        tmp = tmp_dir / f"{uuid.uuid4().hex}.part"
        digest = hashlib.sha256()
        head = b""
        total = 0
        try:
            with open(tmp, "wb") as out:
                while chunk := f.read(CHUNK):
                    if not head:
                        head = chunk[:HEAD_BYTES]
                    digest.update(chunk)
                    out.write(chunk)
                    total += len(chunk)
                    if total > max_bytes:
                        _check_size(name, total, max_bytes)
                    if on_bytes is not None and on_bytes(len(chunk)) is False:
                        raise Cancelled()
                out.flush()
                os.fsync(out.fileno())
            if total == 0:
                _check_size(name, 0, max_bytes)
            sha = digest.hexdigest()
            final = self.path_of(sha)
            if final.exists():
                tmp.unlink()
                return Ingested(sha, total, head, created=False)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, final)
            os.chmod(final, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # write-once: read-only from now on
            return Ingested(sha, total, head, created=True)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            if exc.errno == errno.ENOSPC:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "Errors", "The disk is full: “{name}” was not attached and nothing was changed. Free some space and try again."),
                    name=name) from exc
            raise StoreError(QT_TRANSLATE_NOOP("Errors", "“{name}” could not be stored: {detail}"),
                             name=name, detail=exc.strerror or str(exc)) from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

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


def _check_size(name: str, size: int, max_bytes: int) -> None:
    if size == 0:
        raise StoreError(QT_TRANSLATE_NOOP("Errors", "“{name}” is empty and was not attached."), name=name)
    if size > max_bytes:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Errors", "“{name}” is larger than the limit of {limit} MB and was not attached."),
            name=name, limit=max_bytes // (1024 * 1024))
