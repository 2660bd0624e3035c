"""Settings: the letterhead kept in the database and the letter font kept for this workstation."""

from __future__ import annotations

import pytest

from ui import settings
from ui.settings_dialog import SettingsDialog
from workbench import pdf_fonts
from workbench.services import letters
from workbench.services.store import Store


@pytest.fixture(autouse=True)
def _automatic_font():  # type: ignore[no-untyped-def]
    yield
    pdf_fonts.set_preferred_font(None)


def test_letterhead_and_letter_font(qtbot, store: Store, qsettings) -> None:  # type: ignore[no-untyped-def]
    fonts = pdf_fonts.installed_fonts()
    if not fonts:
        pytest.skip("no CJK TrueType font installed")
    dialog = SettingsDialog(qsettings, store=store)
    qtbot.addWidget(dialog)
    dialog.organisation.setText("安衡保险经纪有限公司")
    dialog.phone.setText("021-62881234")
    dialog.letter_font.setCurrentIndex(dialog.letter_font.findData(fonts[0]))
    dialog.accept()
    head = letters.letterhead(store)
    assert (head.organisation, head.phone) == ("安衡保险经纪有限公司", "021-62881234")
    assert settings.LETTER_FONT.get(qsettings) == fonts[0]
    name, embedded = pdf_fonts.register_cjk_font()
    assert embedded and name.startswith("WorkbenchCJK-")


def test_a_missing_font_file_falls_back() -> None:
    pdf_fonts.set_preferred_font("/nowhere/font.ttc")
    name, embedded = pdf_fonts.register_cjk_font()
    assert name == pdf_fonts.EMBEDDED_NAME or not embedded


def test_the_workstation_is_named_here(qtbot, store: Store, qsettings) -> None:  # type: ignore[no-untyped-def]
    from workbench.services import sync

    dialog = SettingsDialog(qsettings, store=store)
    qtbot.addWidget(dialog)
    assert dialog.workstation_name.text() == sync.workstation_name(store)  # the computer's name at first
    dialog.workstation_name.setText("两核服务部 前台电脑")
    dialog.accept()
    assert sync.workstation_name(store) == "两核服务部 前台电脑"
