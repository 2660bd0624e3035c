"""Where an export, a report, a letter or a bundle may be written: never over a database (ours
or any other), its journal, lock or evidence files, and over an existing file only when asked
(`--force`; the window's save dialog asks itself).  A one-word slip (`--out demo.sqlite3`) must
not replace a team's cases with a PDF."""

from __future__ import annotations

from pathlib import Path

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import ValidationError

SQLITE_HEADER = b"SQLite format 3\x00"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")

IS_DATABASE = QT_TRANSLATE_NOOP(
    "Errors", "{path} is a database (or one of its own files); nothing was written. Choose another file.")
IN_EVIDENCE = QT_TRANSLATE_NOOP(
    "Errors", "{path} is inside a database's evidence store; nothing was written. Choose a file elsewhere.")
EXISTS = QT_TRANSLATE_NOOP(
    "Errors", "{path} already exists; nothing was written. Choose another name, or add --force to replace it.")
IS_FOLDER = QT_TRANSLATE_NOOP("Errors", "{path} is a folder; give the name of a file to write.")
NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist; nothing was written.")


def _is_database(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _belongs_to_a_database(path: Path) -> bool:
    name = path.name
    for suffix in COMPANION_SUFFIXES:
        if name.endswith(suffix) and _is_database(path.with_name(name[: -len(suffix)])):
            return True
    return False


def _in_evidence_store(path: Path) -> bool:
    """Inside NAME.files/ beside a database NAME.* (storage.blobs.store_root_for)."""
    for folder in path.parents:
        if folder.name.endswith(".files"):
            stem = folder.name[: -len(".files")]
            if any(_is_database(f) for f in folder.parent.glob(f"{stem}.*") if f.is_file()):
                return True
    return False


def checked_output(path: Path, force: bool = False) -> Path:
    """`path`, resolved, if a new file may be written there; else a clear refusal."""
    target = path.expanduser().resolve()
    if target.is_dir():
        raise ValidationError(IS_FOLDER, path=str(path))
    if not target.parent.is_dir():
        raise ValidationError(NO_FOLDER, folder=str(target.parent))
    if _is_database(target) or _belongs_to_a_database(target):
        raise ValidationError(IS_DATABASE, path=str(path))  # not even with --force
    if _in_evidence_store(target):
        raise ValidationError(IN_EVIDENCE, path=str(path))
    if target.exists() and not force:
        raise ValidationError(EXISTS, path=str(path))
    return target
