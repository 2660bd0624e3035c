"""Reading a bundle: everything is checked before anything is used.

The zip's own headers are not trusted: entries, bytes per entry, total bytes and the
compression ratio are counted while the data streams through; every member must be
listed in the manifest with the size and SHA-256 it turns out to have; member names
must be ones the format uses, and are only ever looked up, never turned into paths.
Evidence files are staged in the evidence store's temporary folder while they are
hashed, so applying the import later only renames them.
"""

from __future__ import annotations

import errno
import hashlib
import io
import mmap
import os
import re
import stat
import struct
import sys
import threading
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from workbench.bundle import strict_json
from workbench.bundle.format import (
    AGE_MAGIC, BAD_MEMBER, FILES_PREFIX, FORMAT_NAME, FORMAT_VERSION, MANIFEST, MEMBER_NAME, MISMATCH, NEWER_FORMAT,
    NOT_A_BUNDLE, RECORDS, SHA256, TOO_BIG, BundleError, Limits, PassphraseNeeded,
)
from workbench.bundle.records import BAD_RECORD, Incoming, decode
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.workstation import clean_workstation_name
from workbench.errors import Cancelled, Phrase, os_reason
from workbench.storage.blobs import BlobStore, Staged

CHUNK = 1024 * 1024
DEFAULT_LIMITS = Limits()
UNPACK_THREADS = 2
GIL_SWITCH_WHILE_UNPACKING = 0.0002  # seconds; Python's default is 0.005

WHY_DOTS = QT_TRANSLATE_NOOP("Errors", "it climbs out of its folder with “..”")
WHY_ABSOLUTE = QT_TRANSLATE_NOOP("Errors", "it is an absolute path")
WHY_DRIVE = QT_TRANSLATE_NOOP("Errors", "it names a drive")
WHY_NUL = QT_TRANSLATE_NOOP("Errors", "it contains a NUL character")
WHY_LINK = QT_TRANSLATE_NOOP("Errors", "it is a symbolic link")
WHY_TWICE = QT_TRANSLATE_NOOP("Errors", "the name appears twice")
WHY_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "the format has no such member")
WHY_METHOD = QT_TRANSLATE_NOOP("Errors", "it is stored in a way the format does not use")
WHY_MISSING = QT_TRANSLATE_NOOP("Errors", "is missing")
WHY_UNLISTED = QT_TRANSLATE_NOOP("Errors", "is not listed in the manifest")
WHY_SIZE = QT_TRANSLATE_NOOP("Errors", "does not have the size the manifest gives")
WHY_HASH = QT_TRANSLATE_NOOP("Errors", "does not have the SHA-256 the manifest gives")
WHY_CRC = QT_TRANSLATE_NOOP("Errors", "fails its checksum")
WHY_MANIFEST = QT_TRANSLATE_NOOP("Errors", "is not a manifest of this format")
WHY_NOT_ZIP = QT_TRANSLATE_NOOP("Errors", "it is not a zip archive")
WHY_UUID_TWICE = QT_TRANSLATE_NOOP("Errors", "the same UUID is used for two records")
WHY_NO_FILE = QT_TRANSLATE_NOOP("Errors", "the file it needs is not in the bundle")
WHY_ENTRIES = QT_TRANSLATE_NOOP("Errors", "it has more members than any bundle needs")
WHY_ENTRY_BYTES = QT_TRANSLATE_NOOP("Errors", "a member unpacks to more than the largest file allowed")
WHY_TOTAL = QT_TRANSLATE_NOOP("Errors", "it unpacks to more than the total allowed")
WHY_RATIO = QT_TRANSLATE_NOOP("Errors", "a member unpacks to far more than it takes in the file (a “zip bomb”)")
DEIDENTIFIED = QT_TRANSLATE_NOOP(
    "Errors", "This is a de-identified bundle, made for sharing outside the team: its people are masked, so it cannot be imported. Nothing was imported.")
DISK_FULL_READING = QT_TRANSLATE_NOOP(
    "Errors", "The disk is full: the files of bundle “{name}” could not be unpacked. Nothing was imported; free some space and try again.")
WHY_ENCRYPTED_SIZE = QT_TRANSLATE_NOOP("Errors", "a passphrase-protected bundle is larger than can be opened")


@dataclass(slots=True)
class Verified:
    """A bundle that passed every check; its new evidence files wait in `staged`."""

    name: str
    manifest: dict[str, Any]
    records: list[Incoming]
    staged: dict[str, Staged] = field(default_factory=dict)
    file_bytes: int = 0

    @property
    def source_workstation(self) -> str:
        return str(self.manifest["workstation_id"])

    @property
    def source_name(self) -> str:
        """The name the sending workstation goes by ("" from bundles of before names)."""
        return str(self.manifest.get("workstation_name") or "")


def _member_problem(info: zipfile.ZipInfo) -> str | None:
    name = info.orig_filename  # before zipfile cut it at a NUL
    if "\x00" in name:
        return WHY_NUL
    if name.startswith(("/", "\\")):
        return WHY_ABSOLUTE
    if re.match(r"[A-Za-z]:", name):
        return WHY_DRIVE
    if ".." in name.replace("\\", "/").split("/"):
        return WHY_DOTS
    if stat.S_ISLNK(info.external_attr >> 16):
        return WHY_LINK
    if not MEMBER_NAME.fullmatch(name):
        return WHY_UNKNOWN
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 0x1:
        return WHY_METHOD
    return None


class _Budget:
    """Bytes read so far, against the total limit; reports progress.  Shared by the threads
    that unpack files."""

    def __init__(self, limits: Limits, total: int, on_bytes: Callable[[int, int], bool] | None) -> None:
        self.limits, self.total, self.on_bytes, self.done = limits, total, on_bytes, 0
        self.lock = threading.Lock()
        self.cancelled = False

    def take(self, n: int) -> None:
        with self.lock:
            self.done += n
            done = self.done
        if done > self.limits.max_total_bytes:
            raise BundleError(TOO_BIG, why=Phrase(WHY_TOTAL))
        if self.cancelled or (self.on_bytes is not None and self.on_bytes(done, self.total) is False):
            self.cancelled = True
            raise Cancelled()


def _stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo, expected_size: int, cap: int, budget: _Budget,
            sink: Callable[[bytes], Any] | None) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    limits = budget.limits
    try:
        with zf.open(info) as src:
            while chunk := src.read(CHUNK):
                size += len(chunk)
                if size > cap:
                    raise BundleError(TOO_BIG, why=Phrase(WHY_ENTRY_BYTES))
                if size > expected_size:
                    raise BundleError(MISMATCH, member=info.filename, why=Phrase(WHY_SIZE))
                if (info.compress_type != zipfile.ZIP_STORED and size > limits.ratio_grace_bytes
                        and size > limits.max_ratio * max(info.compress_size, 1)):
                    raise BundleError(TOO_BIG, why=Phrase(WHY_RATIO))
                budget.take(len(chunk))
                digest.update(chunk)
                if sink is not None:
                    sink(chunk)
    except zipfile.BadZipFile:
        raise BundleError(MISMATCH, member=info.filename, why=Phrase(WHY_CRC)) from None
    except (EOFError, ValueError, OSError) as exc:
        if isinstance(exc, OSError) and exc.errno is not None:
            raise
        raise BundleError(MISMATCH, member=info.filename, why=Phrase(WHY_CRC)) from None
    return digest.hexdigest(), size


def _open_zip(path: Path, passphrase: str | None, limits: Limits) -> tuple[zipfile.ZipFile, IO[bytes]]:
    name = path.name
    fh: IO[bytes] = open(path, "rb")
    try:
        head = fh.read(len(AGE_MAGIC))
        if head == AGE_MAGIC:
            fh.seek(0, io.SEEK_END)
            if fh.tell() > limits.max_encrypted_bytes:
                raise BundleError(TOO_BIG, why=Phrase(WHY_ENCRYPTED_SIZE))
            if not passphrase:
                raise PassphraseNeeded()
            fh.seek(0)
            from workbench.bundle.protect import decrypt

            plain = decrypt(fh.read(), passphrase)
            fh.close()
            fh = io.BytesIO(plain)
        fh.seek(0)
        return zipfile.ZipFile(fh), fh
    except zipfile.BadZipFile:
        fh.close()
        raise BundleError(NOT_A_BUNDLE, name=name, detail=Phrase(WHY_NOT_ZIP)) from None
    except BaseException:
        fh.close()
        raise


def _manifest(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], budget: _Budget) -> dict[str, Any]:
    info = infos.get(MANIFEST)
    if info is None:
        raise BundleError(MISMATCH, member=MANIFEST, why=Phrase(WHY_MISSING))
    data = bytearray()
    _stream(zf, info, budget.limits.max_json_bytes, budget.limits.max_json_bytes, budget, data.extend)
    manifest = strict_json.loads(bytes(data), MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise BundleError(MISMATCH, member=MANIFEST, why=Phrase(WHY_MANIFEST))
    version = manifest.get("format_version")
    if type(version) is not int or version < 1:
        raise BundleError(MISMATCH, member=MANIFEST, why=Phrase(WHY_MANIFEST))
    if version > FORMAT_VERSION:
        raise BundleError(NEWER_FORMAT, version=version, known=FORMAT_VERSION)
    if manifest.get("deidentified") is True:
        raise BundleError(DEIDENTIFIED)
    members = manifest.get("members")
    ws = manifest.get("workstation_id")
    name = manifest.get("workstation_name", "")
    if (not isinstance(members, list) or not isinstance(ws, str) or not ws or len(ws) > 36
            or not isinstance(name, str) or name != clean_workstation_name(name)
            or not all(isinstance(m, dict) and set(m) == {"name", "sha256", "size"} and isinstance(m["name"], str)
                       and isinstance(m["sha256"], str) and SHA256.fullmatch(m["sha256"])
                       and type(m["size"]) is int and m["size"] >= 0 for m in members)):
        raise BundleError(MISMATCH, member=MANIFEST, why=Phrase(WHY_MANIFEST))
    return manifest


def read_bundle(path: Path, blobs: BlobStore, passphrase: str | None = None, limits: Limits = DEFAULT_LIMITS,
                on_bytes: Callable[[int, int], bool] | None = None) -> Verified:
    """Check the whole bundle; raise BundleError (nothing kept) or return it verified."""
    zf, fh = _open_zip(path, passphrase, limits)
    staged: dict[str, Staged] = {}
    try:
        with zf, fh:
            infos = _checked_members(zf, limits)
            budget = _Budget(limits, 0, on_bytes)
            manifest = _manifest(zf, infos, budget)
            listed = {m["name"]: m for m in manifest["members"]}
            if len(listed) != len(manifest["members"]):
                raise BundleError(BAD_MEMBER, member=MANIFEST, why=Phrase(WHY_TWICE))
            for name in infos:
                if name != MANIFEST and name not in listed:
                    raise BundleError(MISMATCH, member=name, why=Phrase(WHY_UNLISTED))
            for name in listed:
                if name not in infos:
                    raise BundleError(MISMATCH, member=name, why=Phrase(WHY_MISSING))
            budget.total = sum(m["size"] for m in listed.values())
            files = [(infos[n], e) for n, e in listed.items() if n.startswith(FILES_PREFIX)]
            direct = _Direct(fh, staged) if _on_disk(fh) else None
            fast = [f for f in files if direct is not None and f[0].compress_type == zipfile.ZIP_STORED]
            fast_names = {info.filename for info, _ in fast}
            switch = sys.getswitchinterval()
            try:
                # Stored files are hashed and copied by worker threads (hashlib and the kernel
                # copy leave the GIL) while this thread parses the records.  A short GIL switch
                # interval keeps the parsing from starving the workers of their brief Python steps.
                sys.setswitchinterval(GIL_SWITCH_WHILE_UNPACKING)
                with ThreadPoolExecutor(max_workers=UNPACK_THREADS) as pool:
                    futures = [pool.submit(direct.file, info, entry, blobs, budget) for info, entry in fast] \
                        if direct is not None else []
                    try:
                        records = _records(zf, infos, listed, budget)
                        file_bytes = sum(_file(zf, info, entry, blobs, budget, staged)
                                         for info, entry in files if info.filename not in fast_names)
                        file_bytes += sum(f.result() for f in futures)
                    except BaseException:
                        budget.cancelled = True
                        for f in futures:
                            f.cancel()
                        raise
            finally:
                sys.setswitchinterval(switch)
                if direct is not None:
                    direct.close()
            _check_records(records, listed)
            return Verified(path.name, manifest, records, staged, file_bytes)
    except OSError as exc:
        blobs.discard(list(staged.values()))
        if exc.errno == errno.ENOSPC:
            raise BundleError(DISK_FULL_READING, name=path.name) from exc
        raise BundleError(NOT_A_BUNDLE, name=path.name, detail=os_reason(exc)) from exc
    except BaseException:
        blobs.discard(list(staged.values()))
        raise


def _on_disk(fh: IO[bytes]) -> bool:
    try:
        fh.fileno()
    except (OSError, io.UnsupportedOperation):
        return False
    return True


def _checked_members(zf: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise BundleError(TOO_BIG, why=Phrase(WHY_ENTRIES))
    out: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        problem = _member_problem(info)
        if problem is not None:
            raise BundleError(BAD_MEMBER, member=info.orig_filename.replace("\x00", "\\0")[:200], why=Phrase(problem))
        if info.filename in out:
            raise BundleError(BAD_MEMBER, member=info.filename, why=Phrase(WHY_TWICE))
        out[info.filename] = info
    return out


def _check_entry(name: str, entry: dict[str, Any], sha: str, size: int) -> None:
    if size != entry["size"]:
        raise BundleError(MISMATCH, member=name, why=Phrase(WHY_SIZE))
    if sha != entry["sha256"] or (name.startswith(FILES_PREFIX) and sha != name[len(FILES_PREFIX):]):
        raise BundleError(MISMATCH, member=name, why=Phrase(WHY_HASH))


def _records(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], listed: dict[str, Any],
             budget: _Budget) -> list[Incoming]:
    if RECORDS not in listed:
        raise BundleError(MISMATCH, member=RECORDS, why=Phrase(WHY_MISSING))
    data = bytearray()
    cap = min(budget.limits.max_json_bytes, listed[RECORDS]["size"])
    sha, size = _stream(zf, infos[RECORDS], listed[RECORDS]["size"], max(cap, 0), budget, data.extend)
    _check_entry(RECORDS, listed[RECORDS], sha, size)
    # Depth needs no separate walk here: a record's values must be scalars, so decode refuses nesting.
    body = strict_json.loads(bytes(data), RECORDS, max_depth=None)
    if not isinstance(body, dict) or set(body) != {"records"} or not isinstance(body["records"], list):
        raise BundleError(MISMATCH, member=RECORDS, why=Phrase(WHY_MANIFEST))
    return [decode(raw) for raw in body["records"]]


LOCAL_HEADER = struct.Struct("<4s5H3L2H")  # the 30 bytes before a member's name and data
LOCAL_MAGIC = b"PK\x03\x04"


def _stored_span(data: mmap.mmap, info: zipfile.ZipInfo, file_size: int) -> tuple[int, int]:
    """Where an uncompressed member's bytes lie in the bundle file, checked against its local header."""
    at = info.header_offset
    if at + LOCAL_HEADER.size > file_size:
        raise BundleError(MISMATCH, member=info.filename, why=Phrase(WHY_CRC))
    magic, *_rest, name_len, extra_len = LOCAL_HEADER.unpack_from(data, at)
    name_at = at + LOCAL_HEADER.size
    if magic != LOCAL_MAGIC or data[name_at:name_at + name_len] != info.orig_filename.encode("utf-8"):
        raise BundleError(MISMATCH, member=info.filename, why=Phrase(WHY_CRC))
    start = info.header_offset + LOCAL_HEADER.size + name_len + extra_len
    if start + info.compress_size > file_size:
        raise BundleError(MISMATCH, member=info.filename, why=Phrase(WHY_SIZE))
    return start, info.compress_size


def _copy_span(src_fd: int, dst_fd: int, start: int, size: int) -> None:
    """The kernel copies (no bytes through Python); a plain loop where it cannot."""
    done = 0
    while done < size:
        try:
            n = os.copy_file_range(src_fd, dst_fd, size - done, start + done)
        except (AttributeError, OSError) as exc:
            if isinstance(exc, OSError) and exc.errno not in (errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
                raise
            os.lseek(dst_fd, done, os.SEEK_SET)
            while done < size:
                chunk = os.pread(src_fd, min(CHUNK, size - done), start + done)
                if not chunk:
                    raise EOFError from None
                os.write(dst_fd, chunk)
                done += len(chunk)
            return
        if n == 0:
            raise EOFError
        done += n


class _Direct:
    """Uncompressed members of a bundle on disk, read without zipfile's per-chunk Python loop:
    hashed straight from a memory map, copied by the kernel."""

    def __init__(self, fh: IO[bytes], staged: dict[str, Staged]) -> None:
        self.fd = fh.fileno()
        self.size = os.fstat(self.fd).st_size
        self.map = mmap.mmap(self.fd, 0, access=mmap.ACCESS_READ) if self.size else None
        self.staged = staged
        self.lock = threading.Lock()

    def close(self) -> None:
        if self.map is not None:
            self.map.close()

    def file(self, info: zipfile.ZipInfo, entry: dict[str, Any], blobs: BlobStore, budget: _Budget) -> int:
        if budget.cancelled:
            raise Cancelled()
        name = info.filename
        assert self.map is not None
        start, size = _stored_span(self.map, info, self.size)
        if size != entry["size"]:
            raise BundleError(MISMATCH, member=name, why=Phrase(WHY_SIZE))
        if size > budget.limits.max_entry_bytes:
            raise BundleError(TOO_BIG, why=Phrase(WHY_ENTRY_BYTES))
        view = memoryview(self.map)[start:start + size]
        try:
            sha = hashlib.sha256(view).hexdigest()
            head = bytes(view[:8192])
        finally:
            view.release()
        _check_entry(name, entry, sha, size)
        budget.take(size)
        if blobs.exists(sha):
            return size
        tmp = blobs.new_tmp_path()
        with self.lock:  # registered before writing, so a failure anywhere removes it
            self.staged[sha] = Staged(name, tmp, sha, size, head)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            _copy_span(self.fd, fd, start, size)
        finally:
            os.close(fd)
        return size


def _file(zf: zipfile.ZipFile, info: zipfile.ZipInfo, entry: dict[str, Any], blobs: BlobStore, budget: _Budget,
          staged: dict[str, Staged]) -> int:
    name = info.filename
    sha_named = name[len(FILES_PREFIX):]
    cap = min(budget.limits.max_entry_bytes, entry["size"])
    if blobs.exists(sha_named):  # already here: only prove the bundle's copy is whole
        sha, size = _stream(zf, info, entry["size"], max(cap, 0), budget, None)
        _check_entry(name, entry, sha, size)
        return size
    tmp = blobs.new_tmp_path()
    head = bytearray()
    try:
        with open(tmp, "wb") as out:
            def sink(chunk: bytes) -> None:
                if len(head) < 8192:
                    head.extend(chunk[:8192 - len(head)])
                out.write(chunk)
            sha, size = _stream(zf, info, entry["size"], max(cap, 0), budget, sink)
        _check_entry(name, entry, sha, size)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    staged[sha] = Staged(name, tmp, sha, size, bytes(head))
    return size


def _check_records(records: list[Incoming], listed: dict[str, Any]) -> None:
    kinds: dict[str, str] = {}
    for rec in records:
        if rec.uuid in kinds:
            raise BundleError(BAD_RECORD, kind=rec.kind, uuid=rec.uuid, why=Phrase(WHY_UUID_TWICE))
        kinds[rec.uuid] = rec.kind
        sha = rec.file_sha()
        if sha is not None and FILES_PREFIX + sha not in listed:
            raise BundleError(BAD_RECORD, kind=rec.kind, uuid=rec.uuid, why=Phrase(WHY_NO_FILE))
