"""JSON read with no leniency: a bundle is machine-written, so anything odd means
damage or tampering.  Refused: bad UTF-8, duplicate keys, NaN/Infinity, numbers with
more digits than any field can hold, nesting deeper than a record ever is."""

from __future__ import annotations

import json
from typing import Any

from workbench.bundle.format import BAD_JSON, BundleError
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import Phrase

MAX_DEPTH = 12
MAX_INT_DIGITS = 19

WHY_UTF8 = QT_TRANSLATE_NOOP("Errors", "not UTF-8 text")
WHY_DUPLICATE = QT_TRANSLATE_NOOP("Errors", "a key appears twice")
WHY_CONSTANT = QT_TRANSLATE_NOOP("Errors", "NaN or Infinity")
WHY_NUMBER = QT_TRANSLATE_NOOP("Errors", "a number too large")
WHY_DEPTH = QT_TRANSLATE_NOOP("Errors", "nested too deeply")
WHY_SYNTAX = QT_TRANSLATE_NOOP("Errors", "syntax error")


class _Refused(Exception):
    def __init__(self, why: str) -> None:
        self.why = why


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Refused(WHY_DUPLICATE)
        out[key] = value
    return out


def _no_constants(_name: str) -> Any:
    raise _Refused(WHY_CONSTANT)


def _small_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _Refused(WHY_NUMBER)
    return int(text)


def _small_float(text: str) -> float:
    if len(text) > 40:
        raise _Refused(WHY_NUMBER)
    return float(text)


def _depth(value: Any, limit: int) -> None:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            raise _Refused(WHY_DEPTH)
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item if isinstance(v, (dict, list)))


def loads(data: bytes, member: str, max_depth: int | None = MAX_DEPTH) -> Any:
    try:
        text = data.decode("utf-8")
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants,
                           parse_int=_small_int, parse_float=_small_float)
        if max_depth is not None:
            _depth(value, max_depth)
        return value
    except _Refused as exc:
        why = exc.why
    except UnicodeDecodeError:
        why = WHY_UTF8
    except RecursionError:
        why = WHY_DEPTH
    except ValueError:
        why = WHY_SYNTAX
    raise BundleError(BAD_JSON, member=member, why=Phrase(why))
