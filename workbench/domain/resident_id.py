"""Chinese resident ID numbers (GB 11643-1999): 17 digits and a check character."""

from __future__ import annotations

from datetime import date

from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.typed import half_width
from workbench.errors import ValidationError

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"


def check_character(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


def validate_resident_id(number: str, today: date | None = None, field: str = "id_number") -> str:
    """Return the normalised number (upper-case X) or raise ValidationError saying what is wrong."""
    value = half_width(number).strip().upper()  # full-width digits and Ｘ from a Chinese input method
    if len(value) != 18:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A resident ID number has 18 characters; this one has {count}."),
            field=field, count=len(value),
        )
    for pos, ch in enumerate(value[:17], start=1):
        if not ch.isdigit() or not ch.isascii():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Character {position} of the resident ID number must be a digit, not “{char}”."),
                field=field, position=pos, char=ch,
            )
    last = value[17]
    if not (last.isdigit() and last.isascii()) and last != "X":
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The last character of the resident ID number must be a digit or X, not “{char}”."),
            field=field, char=last,
        )
    birth = birth_date_of(value)
    if birth is None or birth.year < 1900 or birth > (today or date.today()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Digits 7 to 14 of the resident ID number ({digits}) are not a valid date of birth."),
            field=field, digits=value[6:14],
        )
    expected = check_character(value[:17])
    if expected != last:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The check digit (character 18) of the resident ID number should be {expected}, not {actual}: one of the digits is wrong."),
            field=field, expected=expected, actual=last,
        )
    return value


def birth_date_of(number: str) -> date | None:
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def make_resident_id(region: str, birth: date, sequence: int) -> str:
    """Build a valid number (for demo data and tests): 6-digit region, birth date, 3-digit sequence."""
    first17 = f"{region}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_character(first17)
