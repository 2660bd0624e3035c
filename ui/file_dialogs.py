"""Choosing files: Qt's own dialog (translated with the rest of the window and the same on
every system), opening where the user last chose a file, else in their documents folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ui.words import documents_folder
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP

# Qt's own Chinese leaves two labels of its dialog in English; our translations fill them
# (ours are searched first).
QT_OWN_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))
_last_folder: Path | None = None
OPTIONS = QFileDialog.Option.DontUseNativeDialog  # a native dialog speaks the system's language, not ours


def start_folder() -> Path:
    for folder in (_last_folder, documents_folder()):
        if folder is not None and folder.is_dir():
            return folder
    return Path.home()


def _start(suggested: str | Path = "") -> str:
    """An absolute `suggested` path as it is; a bare file name inside the start folder."""
    path = Path(suggested) if suggested else None
    if path is not None and path.is_absolute():
        return str(path)
    return str(start_folder() / path) if path is not None else str(start_folder())


def _chosen(name: str, is_folder: bool = False) -> Path | None:
    global _last_folder
    if not name:
        return None
    path = Path(name)
    _last_folder = path if is_folder else path.parent
    return path


def open_file(parent: QWidget | None, title: str, filters: str = "", start: str | Path = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, _start(start), filters, options=OPTIONS)
    return _chosen(name)


def open_files(parent: QWidget | None, title: str, filters: str = "") -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, _start(), filters, options=OPTIONS)
    if names:
        _chosen(names[0])
    return [Path(n) for n in names]


def save_file(parent: QWidget | None, title: str, suggested: str | Path, filters: str = "") -> Path | None:
    """A file to write; never a database or a file of its own (the dialog itself asks before
    replacing any other file)."""
    from PySide6.QtWidgets import QMessageBox

    from ui.words import error_text
    from workbench.errors import ValidationError
    from workbench.services.output_files import checked_output

    name, _ = QFileDialog.getSaveFileName(parent, title, _start(suggested), filters, options=OPTIONS)
    chosen = _chosen(name)
    if chosen is None:
        return None
    try:
        return checked_output(chosen, force=True)
    except ValidationError as exc:
        QMessageBox.warning(parent, title, error_text(exc))
        return None


def pick_folder(parent: QWidget | None, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, _start(), QFileDialog.Option.ShowDirsOnly | OPTIONS)
    return _chosen(name, is_folder=True)
