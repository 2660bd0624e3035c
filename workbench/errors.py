"""Errors a user can act on.

Each carries an English message template (marked for translation) and its
parameters; the UI and the CLI translate the template and fill it in, so the
words reach the user in their language while `workbench` stays Qt-free.
"""

from __future__ import annotations

import errno
from typing import Any

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP

ERROR_CONTEXT = "Errors"


class Phrase(str):
    """A parameter that is itself a message (context "Errors"), translated along with the
    template: `BundleError(MISMATCH, why=Phrase(QT_TRANSLATE_NOOP("Errors", "is cut off")))`."""

    __slots__ = ()
    context = ERROR_CONTEXT


class LabelPhrase(Phrase):
    """A code's label as a parameter ("Auditor"), translated where the codes' labels are."""

    __slots__ = ()
    context = "Labels"


def fill(template: str, params: dict[str, Any], translate: Any) -> str:
    """`template` translated and filled, with Phrase parameters translated too."""
    values = {k: translate(v.context, v) if isinstance(v, Phrase) else v for k, v in params.items()}
    return translate(ERROR_CONTEXT, template).format(**values)


class WorkbenchError(Exception):
    """Base class: `template` is a translation key, `params` fill its {fields}."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        return fill(self.template, self.params, lambda _context, text: text)


class ValidationError(WorkbenchError):
    """Input that cannot be accepted; `field` names the offending field if any."""

    def __init__(self, template: str, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class NeedsConfirmation(ValidationError):
    """Possible but unusual (paid more than claimed): done only when the caller confirms `code`."""

    def __init__(self, template: str, code: str, field: str | None = None, **params: Any) -> None:
        self.code = code
        super().__init__(template, field=field, **params)


class NotFoundError(WorkbenchError):
    pass


class ConflictError(WorkbenchError):
    """The record changed since it was read (another window or workstation)."""


class TransitionError(WorkbenchError):
    """A stage change the state machine does not allow."""


class Cancelled(WorkbenchError):
    """The user stopped a long task; it raised before committing anything."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Cancelled; nothing was changed."))


class DatabaseError(WorkbenchError):
    """The database cannot be opened or used (newer schema, corrupt, locked...)."""


class AuthError(WorkbenchError):
    """Signing in failed: wrong name or password, disabled account, or too many attempts."""


class PermissionDenied(WorkbenchError):
    """The signed-in user's role does not allow this."""


_FILE_WHY = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "there is no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "you may not open it (permissions)"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "you may not open it (permissions)"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "it is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "a part of the path is not a folder"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
}
FILE_PROBLEM = QT_TRANSLATE_NOOP("Errors", "Cannot use {path}: {why}.")


def os_reason(exc: OSError) -> str:
    """Why the system refused, as a message parameter in the user's language where we know
    the reason (the system's own words, in English, otherwise)."""
    why = _FILE_WHY.get(exc.errno or 0)
    return Phrase(why) if why else (exc.strerror or str(exc))


def file_error(exc: OSError) -> WorkbenchError:
    """A file the user named that the system refused, said in the user's language."""
    return WorkbenchError(FILE_PROBLEM, path=exc.filename or "", why=os_reason(exc))
