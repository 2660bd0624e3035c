from decimal import Decimal

import pytest

from workbench.domain.money import cents_to_decimal, format_cents, parse_cents
from workbench.errors import ValidationError


@pytest.mark.parametrize(("text", "cents"), [
    ("123456.78", 12_345_678), ("12,345.6", 1_234_560), ("¥1 000", 100_000), ("3000元", 300_000),
    ("0", 0), ("0.01", 1), ("，1，000.50", 100_050), (Decimal("9.99"), 999), (5, 500),
])
def test_parse(text: str, cents: int) -> None:
    assert parse_cents(text) == cents


@pytest.mark.parametrize("text", ["abc", "-1", "1.005", "1e400", "NaN", "12.3.4"])
def test_refused_not_rounded(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_cents(text)


def test_no_float_drift() -> None:
    # 0.1 + 0.2 style errors cannot happen with integer cents.
    total = sum(parse_cents("0.10") for _ in range(3))
    assert total == parse_cents("0.30") == 30
    assert cents_to_decimal(total) == Decimal("0.30")


def test_format() -> None:
    assert format_cents(12_345_678) == "123,456.78"
    assert format_cents(5) == "0.05"
    assert format_cents(None) == ""
    assert format_cents(100, grouping=False) == "1.00"
