"""Names, limits and messages of the bundle format (docs/bundle-format.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import WorkbenchError

FORMAT_NAME = "claims-workbench-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
RECORDS = "records.json"
FILES_PREFIX = "files/"
SUFFIX = ".wbundle"
AGE_MAGIC = b"age-encryption.org/v1\n"  # a passphrase-protected bundle (age format)

# The only member names a bundle may hold.  Names are checked against this and then
# only ever used as dictionary keys: never as paths on this disk.
MEMBER_NAME = re.compile(r"manifest\.json|records\.json|files/[0-9a-f]{64}")
SHA256 = re.compile(r"[0-9a-f]{64}")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True, slots=True)
class Limits:
    """What a bundle may hold, counted while reading (never taken from the zip headers)."""

    max_entries: int = 500_000
    max_entry_bytes: int = 2 * 1024**3
    max_total_bytes: int = 256 * 1024**3
    max_json_bytes: int = 1024**3
    max_ratio: int = 200                # unpacked / packed, for compressed members
    ratio_grace_bytes: int = 1024**2    # small members may compress well
    max_encrypted_bytes: int = 4 * 1024**3  # passphrase bundles are decrypted in memory


class BundleError(WorkbenchError):
    """The bundle cannot be used; nothing was changed."""


NOT_A_BUNDLE = QT_TRANSLATE_NOOP(
    "Errors", "“{name}” is not a workbench bundle, or it was cut off while being copied ({detail}). Nothing was imported.")
BAD_MEMBER = QT_TRANSLATE_NOOP(
    "Errors", "The bundle holds a member named “{member}”, which a bundle may not have ({why}). It was refused; nothing was imported.")
MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "The bundle is damaged: “{member}” {why}. It was refused; nothing was imported.")
TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors", "The bundle was refused because {why} (a limit that protects this computer). Nothing was imported.")
BAD_JSON = QT_TRANSLATE_NOOP(
    "Errors", "The bundle is damaged: “{member}” is not valid data ({why}). It was refused; nothing was imported.")
BAD_RECORD = QT_TRANSLATE_NOOP(
    "Errors", "The bundle holds an invalid record ({kind} {uuid}): {why}. It was refused; nothing was imported.")
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "The bundle was written by a newer version of the workbench (bundle format {version}; this version reads up to {known}). Install the newer version to import it; nothing was imported.")
PASSPHRASE_NEEDED = QT_TRANSLATE_NOOP("Errors", "This bundle is protected by a passphrase. Enter it to import the bundle.")
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Errors", "The passphrase is wrong, or the protected bundle was altered or damaged. Nothing was imported.")


class PassphraseNeeded(BundleError):
    def __init__(self) -> None:
        super().__init__(PASSPHRASE_NEEDED)
