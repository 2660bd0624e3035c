"""Every user-visible string has a Chinese translation, and the .qm is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workbench.domain.labels import all_labels
from workbench.i18n import Translator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import update_translations as ut  # noqa: E402


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped .ts, refreshed from today's sources (as a developer would)."""
    ts = tmp_path_factory.mktemp("ts") / "workbench_zh_CN.ts"
    shutil.copy(ut.TS, ts)
    ut.lupdate(ts)
    return ts


def test_no_string_is_left_untranslated(fresh_ts: Path) -> None:
    missing = ut.untranslated(fresh_ts)
    assert missing == [], "run tools/update_translations.py and translate: " + repr(missing[:10])


def test_shipped_ts_is_up_to_date_with_the_sources(fresh_ts: Path) -> None:
    def messages(path: Path) -> set[tuple[str, str]]:
        return {(c.findtext("name"), m.findtext("source")) for c in ET.parse(path).getroot().iter("context")
                for m in c.iter("message")}
    assert messages(fresh_ts) == messages(ut.TS)


def test_compiled_qm_matches_the_ts(tmp_path: Path) -> None:
    qm = tmp_path / "check.qm"
    subprocess.run([ut.tool("pyside6-lrelease"), str(ut.TS), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == ut.TS.with_suffix(".qm").read_bytes(), "run tools/update_translations.py"


def test_qt_translator_loads_our_words(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QTranslator

    tr = QTranslator()
    assert tr.load(str(ut.TS.with_suffix(".qm")))
    QCoreApplication.installTranslator(tr)
    try:
        assert QCoreApplication.translate("Labels", "Claim refused") == "拒赔"
        assert QCoreApplication.translate("MainWindow", "&New case…") == "新建案件(&N)…"
    finally:
        QCoreApplication.removeTranslator(tr)


def test_cli_translator_covers_every_label() -> None:
    t = Translator("zh_CN")
    for code, _english in all_labels():
        zh = t.label(code)
        assert zh and not zh.isascii(), code


def test_codes_with_the_same_value_keep_their_own_labels() -> None:
    from workbench.domain.enums import CoverageType, IdType, Relationship, Stage
    from workbench.domain.labels import label
    from workbench.domain.rounds import EventKind

    assert label(Stage.EVIDENCE) == "Evidence" and label(EventKind.EVIDENCE) == "Evidence added"
    assert {label(CoverageType.OTHER), label(IdType.OTHER), label(Relationship.OTHER)} == {
        "Other coverage", "Other ID", "Other relation"}
