"""Translations for the command line, read from the same Qt .ts files the UI
compiles, so a word is translated once for both (and `workbench` needs no Qt)."""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from enum import StrEnum
from functools import lru_cache

from workbench.domain.labels import LABEL_CONTEXT, label
from workbench.errors import WorkbenchError, fill
from workbench.paths import RESOURCES_DIR

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
SUPPORTED = ("zh_CN", "en")


def system_language() -> str:
    """zh_CN when the environment says Chinese, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    loc = locale.getlocale()[0] or ""
    return "zh_CN" if loc.lower().startswith("zh") else "en"


@lru_cache(maxsize=4)
def _catalog(language: str) -> dict[tuple[str, str], str]:
    path = TRANSLATIONS_DIR / f"workbench_{language}.ts"
    if language == "en" or not path.exists():
        return {}
    out: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                out[(name, msg.findtext("source") or "")] = tr.text
    return out


class Translator:
    def __init__(self, language: str) -> None:
        self.language = language
        self._cat = _catalog(language)

    def translate(self, context: str, text: str) -> str:
        return self._cat.get((context, text), text)

    def label(self, code: StrEnum | None) -> str:
        return "" if code is None else self.translate(LABEL_CONTEXT, label(code))

    def error(self, exc: WorkbenchError) -> str:
        return fill(exc.template, exc.params, self.translate)
