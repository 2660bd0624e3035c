"""Sort keys for names: Chinese readers expect 安 < 李 < 王 < 张 (pinyin order),
which code-point order scrambles.  The key is stored beside the name so the
database sorts by it with an ordinary index on any backend."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

KEY_LENGTH = 400


@lru_cache(maxsize=4096)
def name_sort_key(name: str) -> str:
    """'张伟' → 'zhang1 wei3 张伟': pinyin with the tone number (so 李 lǐ sorts before
    力 lì, as dictionaries do), then the name itself to keep homophones apart and stable.
    Latin letters sort among the pinyin, case folded; full-width folded to half-width."""
    text = unicodedata.normalize("NFKC", name or "").strip()
    syllables = _by_character(text) or _by_phrase(text)
    spoken = " ".join(s.casefold() for s in syllables if s.strip())
    return f"{spoken} {text}"[:KEY_LENGTH]


def _by_phrase(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin  # loaded on first write only: it costs ~20 MB

    return lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, errors="default")


@lru_cache(maxsize=None)
def _character(c: str) -> str:
    return _by_phrase(c)[0]


def _by_character(text: str) -> list[str] | None:
    """The same readings ten times faster for the common case, a name of hanzi that holds no
    word of pypinyin's phrase list (where a character may read differently, 重庆 chóng): the
    readings of its characters, each looked up once.  None when that does not hold."""
    if not text or not all("\u4e00" <= c <= "\u9fff" for c in text):
        return None
    from pypinyin.constants import PHRASES_DICT

    n = len(text)
    if any(text[i:j] in PHRASES_DICT for i in range(n - 1) for j in range(i + 2, n + 1)):
        return None
    return [_character(c) for c in text]
