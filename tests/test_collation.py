"""Names sort by pinyin; the quick per-character path gives exactly what pypinyin's phrase-aware
reading gives."""

from __future__ import annotations

import random

from workbench.domain import collation
from workbench.domain.collation import name_sort_key
from workbench.services import demo_data as W


def _slow(name: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKC", name).strip()
    spoken = " ".join(s.casefold() for s in collation._by_phrase(text) if s.strip())
    return f"{spoken} {text}"


def test_pinyin_order_with_tones_and_latin() -> None:
    names = ["张伟", "王芳", "安心", "李娜", "Li Ming", "力宏", "ＡＢＣ保险"]
    assert sorted(names, key=name_sort_key) == ["ＡＢＣ保险", "安心", "Li Ming", "李娜", "力宏", "王芳", "张伟"]
    assert name_sort_key("张伟") == "zhang1 wei3 张伟"


def test_phrases_read_as_phrases() -> None:
    assert collation._by_character("重庆人寿") is None  # 重庆 is a word: chóng, not zhòng
    assert name_sort_key("重庆人寿").startswith("chong2 qing4")


def test_the_quick_path_agrees_with_pypinyin_on_many_names() -> None:
    rng = random.Random(7)
    names = [rng.choice(W.SURNAMES) + "".join(rng.choices(W.GIVEN, k=rng.choice((1, 2, 2)))) for _ in range(3000)]
    names += [name for name, _ in W.INSURERS] + ["曾国藩", "单田芳", "解放", "朴树", "欧阳娜娜", "乐嘉", "长孙无忌"]
    assert [name_sort_key.__wrapped__(n) for n in names] == [_slow(n) for n in names]
