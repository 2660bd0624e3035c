"""Writing a bundle: a zip (members stored, not compressed: evidence is mostly PDFs and
images that do not shrink) under a temporary name, renamed into place only when whole."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import uuid as uuid_mod
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from workbench import __version__
from workbench.bundle.collect import Collected, Scope
from workbench.bundle.format import FILES_PREFIX, FORMAT_NAME, FORMAT_VERSION, MANIFEST, RECORDS, BundleError
from workbench.bundle.records import encode
from workbench.domain import version_vector as vvec
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import Cancelled, os_reason
from workbench.storage.blobs import BlobStore
from workbench.storage.sync_columns import FILE_COLUMNS

CHUNK = 1024 * 1024
DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The disk is full: the bundle could not be written to {path}. Nothing was left behind and nothing was changed; free some space and try again.")
WRITE_FAILED = QT_TRANSLATE_NOOP("Errors", "The bundle could not be written to {path}: {detail}. Nothing was changed.")
FILE_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "Evidence file “{name}” of case {case} is missing or altered in this workstation's evidence store, so it cannot be exported. Run “Check evidence files” to see which files are affected.")


@dataclass(frozen=True, slots=True)
class FileSource:
    """A bundle file: from the evidence store (`sha256` names it) or bytes held in memory."""

    sha256: str
    size: int
    data: bytes | None = None
    label: str = ""
    case: str = ""


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    records: int
    files: int
    bytes: int


def bundle_records(collected: Collected) -> tuple[list[dict[str, Any]], list[FileSource]]:
    records: list[dict[str, Any]] = []
    files: dict[str, FileSource] = {}
    case_numbers = {r["id"]: r["case_number"] for r in collected.rows.get("dispute_case", [])}
    for kind, rows in collected.rows.items():
        for row in rows:
            vv = vvec.loads(row["vv"], row["workstation_id"], row["revision"])
            records.append(encode(kind, row, collected.uuid_of, vv))
            if kind == "evidence" and row["purged_at"] is None:
                files.setdefault(row["sha256"], FileSource(row["sha256"], row["size"], label=row["original_name"],
                                                           case=case_numbers.get(row["case_id"], "")))
            elif kind in FILE_COLUMNS:
                data_col, sha_col = FILE_COLUMNS[kind]
                files.setdefault(row[sha_col], FileSource(row[sha_col], len(row[data_col]), data=row[data_col],
                                                          label=row.get("title", ""),
                                                          case=case_numbers.get(row["case_id"], "")))
    order = {k: i for i, k in enumerate(collected.rows)}
    records.sort(key=lambda r: (order[r["kind"]], r["uuid"]))
    return records, sorted(files.values(), key=lambda f: f.sha256)


def write_bundle(out: Path, blobs: BlobStore, records: list[dict[str, Any]], files: list[FileSource],
                 workstation_id: str, scope: Scope, on_bytes: Callable[[int, int], bool] | None = None,
                 passphrase: str | None = None, manifest_extra: dict[str, Any] | None = None) -> Written:
    """Write the bundle to `out`; `on_bytes(done, total)` returning False cancels.
    With a passphrase the finished zip is sealed (age format) before it takes its name."""
    body = json.dumps({"records": records}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    total = len(body) + sum(f.size for f in files)
    tmp = out.with_name(f".{out.name}.{uuid_mod.uuid4().hex[:8]}.part")
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if on_bytes is not None and on_bytes(done, total) is False:
            raise Cancelled()

    try:
        members: list[dict[str, Any]] = []
        with open(tmp, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
            members.append(_add_bytes(zf, RECORDS, body))
            advance(len(body))
            for f in files:
                members.append(_add_file(zf, blobs, f, advance))
            manifest = {
                "format": FORMAT_NAME, "format_version": FORMAT_VERSION, "app_version": __version__,
                "workstation_id": workstation_id, "created_at": datetime.now(timezone.utc).isoformat(),
                "scope": {"kind": scope.kind, "cases": list(scope.case_uuids),
                          "since": scope.since.isoformat() if scope.since else None, "peer": scope.peer},
                "counts": _counts(records), "members": members, **(manifest_extra or {}),
            }
            _add_bytes(zf, MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
            zf.close()
            if passphrase:
                from workbench.bundle.protect import encrypt

                raw.flush()
                sealed = encrypt(tmp.read_bytes(), passphrase)
                raw.seek(0)
                raw.truncate()
                raw.write(sealed)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise BundleError(DISK_FULL, path=str(out)) from exc
        raise BundleError(WRITE_FAILED, path=str(out), detail=os_reason(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return Written(out, len(records), len(files), total)


def _counts(records: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in records:
        counts[r["kind"]] = counts.get(r["kind"], 0) + 1
    return counts


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=datetime.now().timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    return info


def _add_bytes(zf: zipfile.ZipFile, name: str, data: bytes) -> dict[str, Any]:
    zf.writestr(_info(name), data)
    return {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def _add_file(zf: zipfile.ZipFile, blobs: BlobStore, f: FileSource, advance: Callable[[int], None]) -> dict[str, Any]:
    name = FILES_PREFIX + f.sha256
    if f.data is not None:
        if hashlib.sha256(f.data).hexdigest() != f.sha256:
            raise BundleError(FILE_MISSING, name=f.label, case=f.case)
        entry = _add_bytes(zf, name, f.data)
        advance(f.size)
        return entry
    digest, size = hashlib.sha256(), 0
    try:
        src = open(blobs.path_of(f.sha256), "rb")
    except FileNotFoundError:
        raise BundleError(FILE_MISSING, name=f.label, case=f.case) from None
    with src, zf.open(_info(name), "w", force_zip64=f.size > 2**31) as dst:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
            dst.write(chunk)
            size += len(chunk)
            advance(len(chunk))
    # The store is write-once, but a disk can still rot: never ship bytes that do not match their name.
    if digest.hexdigest() != f.sha256 or size != f.size:
        raise BundleError(FILE_MISSING, name=f.label, case=f.case)
    return {"name": name, "sha256": f.sha256, "size": size}
