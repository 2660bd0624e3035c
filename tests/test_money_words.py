"""Amounts in Chinese capitals, checked against amounts written out by hand."""

from __future__ import annotations

import pytest

from workbench.domain.money_words import rmb_capitals, rmb_figures


@pytest.mark.parametrize(("cents", "words"), [
    (12_345_600, "人民币壹拾贰万叁仟肆佰伍拾陆元整"),
    (0, "人民币零元整"),
    (100, "人民币壹元整"),
    (1_000, "人民币壹拾元整"),
    (10_000_000, "人民币壹拾万元整"),
    (10_050_000, "人民币壹拾万零伍佰元整"),
    (100_100, "人民币壹仟零壹元整"),
    (105_000_000, "人民币壹佰零伍万元整"),
    (1_000_100, "人民币壹万零壹元整"),
    (10_000_000_000, "人民币壹亿元整"),
    (10_000_100_000, "人民币壹亿零壹仟元整"),
    (200_000_000, "人民币贰佰万元整"),
    (123_456_789, "人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"),
    (100_005, "人民币壹仟元零伍分"),
    (100_050, "人民币壹仟元伍角整"),
    (5, "人民币伍分"),
    (50, "人民币伍角整"),
    (30_020_000, "人民币叁拾万零贰佰元整"),
])
def test_capitals(cents: int, words: str) -> None:
    assert rmb_capitals(cents) == words


def test_figures_and_refusals() -> None:
    assert rmb_figures(12_345_600) == "¥123,456.00"
    with pytest.raises(ValueError):
        rmb_capitals(-1)
