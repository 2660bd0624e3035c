"""Menus as a keyboard user meets them, in both languages: one accelerator letter
per menu, and in Chinese no English left on any menu item."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from tests.ui.conftest import speaking
from workbench.services.store import Store


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    with speaking(request.param):
        yield request.param


def menus(bar_menu: QMenu) -> Iterator[QMenu]:
    yield bar_menu
    for action in bar_menu.actions():
        if action.menu() is not None:
            yield from menus(action.menu())


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).upper() if found else None


def test_each_menu_gives_each_letter_once(qtbot, demo_store: Store, qsettings: QSettings, language: str) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    w = MainWindow(demo_store, qsettings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.case_view is not None)
    top = [a.menu() for a in w.menuBar().actions() if a.menu() is not None]
    assert mnemonic_clash([a.text() for a in w.menuBar().actions()]) == []
    for menu in (m for t in top for m in menus(t)):
        menu.aboutToShow.emit()  # the stage menu fills itself when it opens
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert mnemonic_clash(texts) == [], (menu.title(), texts)
        if language == "zh_CN":
            english = [t for t in texts if not re.search(r"[\u4e00-\u9fff]", t)]
            assert english == [], (menu.title(), english)


def mnemonic_clash(texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for text in texts:
        letter = mnemonic(text)
        if letter is None:
            continue
        if letter in seen:
            clashes.append(f"{seen[letter]} / {text}")
        seen[letter] = text
    return clashes
