from datetime import date

import pytest

from workbench.domain.resident_id import birth_date_of, check_character, make_resident_id, validate_resident_id
from workbench.errors import ValidationError

# Published GB 11643 worked example: 11010519491231002X.
KNOWN_GOOD = "11010519491231002X"


def test_known_number_passes_and_is_normalised() -> None:
    assert validate_resident_id(KNOWN_GOOD.lower()) == KNOWN_GOOD
    assert check_character(KNOWN_GOOD[:17]) == "X"
    assert birth_date_of(KNOWN_GOOD) == date(1949, 12, 31)


def test_wrong_check_digit_says_what_it_should_be() -> None:
    with pytest.raises(ValidationError) as err:
        validate_resident_id("110105194912310021")
    assert err.value.params == {"expected": "X", "actual": "1"}
    assert "character 18" in err.value.english()


def test_a_mistyped_digit_is_caught_by_the_check_digit() -> None:
    typo = KNOWN_GOOD[:3] + "2" + KNOWN_GOOD[4:]
    with pytest.raises(ValidationError) as err:
        validate_resident_id(typo)
    assert err.value.field == "id_number"
    assert "check digit" in err.value.english()


@pytest.mark.parametrize(("number", "fragment", "params"), [
    ("1101051949123100", "18 characters", {"count": 16}),
    ("11010519491231A02X", "Character 15", {"position": 15, "char": "A"}),
    ("11010519491231002Y", "last character", {"char": "Y"}),
    ("110105194902300020", "date of birth", {"digits": "19490230"}),
])
def test_each_kind_of_mistake_has_its_own_message(number: str, fragment: str, params: dict) -> None:
    with pytest.raises(ValidationError) as err:
        validate_resident_id(number)
    assert fragment in err.value.english()
    assert err.value.params == params


def test_future_birth_date_is_refused() -> None:
    number = make_resident_id("110105", date(2030, 1, 1), 5)
    with pytest.raises(ValidationError):
        validate_resident_id(number, today=date(2026, 11, 26))


def test_made_numbers_validate() -> None:
    for seq in range(0, 1000, 37):
        number = make_resident_id("310115", date(1990, 6, 15), seq)
        assert validate_resident_id(number) == number
