"""Every file the window asks for is chosen in Qt's own dialog, in the user's language,
starting in their documents folder (then where they last chose a file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from tests.ui.conftest import speaking
from ui import file_dialogs


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "文档"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: folder)
    monkeypatch.setattr(file_dialogs, "_last_folder", None)
    return folder


def _answer(seen: dict, choose: Path | None) -> None:
    """When the dialog is up, note what it shows, then choose `choose` (or cancel)."""
    def look() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, look)
            return
        seen["folder"] = Path(dialog.directory().absolutePath())
        seen["native"] = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        seen["buttons"] = [b.text() for b in dialog.findChild(QDialogButtonBox).buttons()]
        seen["labels"] = [lab.text() for lab in dialog.findChildren(QLabel) if lab.text()]
        if choose is None:
            dialog.reject()
        else:
            dialog.selectFile(str(choose))
            dialog.accept()
    QTimer.singleShot(0, look)


def test_a_save_dialog_in_chinese_in_the_documents_folder(qtbot, documents: Path) -> None:  # type: ignore[no-untyped-def]
    seen: dict = {}
    with speaking("zh_CN"):
        _answer(seen, documents / "sub" / "报告.pdf")
        (documents / "sub").mkdir()
        chosen = file_dialogs.save_file(None, "保存", "报告.pdf", "PDF (*.pdf)")
    assert not seen["native"] and seen["folder"] == documents
    assert "保存(&S)" in seen["buttons"] or "保存" in " ".join(seen["buttons"]), seen["buttons"]
    assert not any(word in " ".join(seen["buttons"] + seen["labels"]) for word in ("Save", "Cancel", "Look in", "File name"))
    assert chosen == documents / "sub" / "报告.pdf"
    seen.clear()
    _answer(seen, None)  # the next dialog opens where the last file was chosen
    assert file_dialogs.open_file(None, "打开") is None
    assert seen["folder"] == documents / "sub"


def test_the_window_asks_through_these_dialogs() -> None:
    """No part of the window calls Qt's static file dialogs directly (they would be native)."""
    ui = Path(file_dialogs.__file__).parent
    direct = [p.name for p in ui.glob("*.py") if p.name != "file_dialogs.py" and "QFileDialog" in p.read_text()]
    assert direct == []
