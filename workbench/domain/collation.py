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
    from pypinyin import Style, lazy_pinyin  # loaded on first write only: it costs ~20 MB

    text = unicodedata.normalize("NFKC", name or "").strip()
    syllables = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, errors="default")
    spoken = " ".join(s.casefold() for s in syllables if s.strip())
    return f"{spoken} {text}"[:KEY_LENGTH]
