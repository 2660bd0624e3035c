"""Records as bundle JSON and back.

A record is `{"kind", "uuid", "vv", "created_at", "updated_at", "workstation_id", "fields"}`.
`fields` holds every column sync sends, by column name; a reference to another record
(a column ending in `_id` with a foreign key) holds that record's UUID, never a row id.
Decoding checks every field's type, length and, for coded fields, its code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import BigInteger, Boolean, Date, Integer, String, Text

from workbench.bundle.format import BAD_RECORD, SHA256, UUID, BundleError
from workbench.domain.enums import CoverageType, DecisionKind, DisputeKind, IdType, Outcome, Priority, Relationship, Stage
from workbench.domain.evidence import EvidenceSource
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.domain.rounds import Channel, Direction
from workbench.domain.version_vector import VersionVector
from workbench.errors import Phrase
from workbench.storage.base import UTCDateTime
from workbench.storage.sync_columns import FILE_COLUMNS, ROW_OF_KIND, references, sent_columns
from workbench.storage.sync_versions import to_json_value

INT_RANGE = 2**63
CODED: dict[tuple[str, str], type[StrEnum]] = {
    ("dispute_case", "stage"): Stage, ("dispute_case", "outcome"): Outcome,
    ("dispute_case", "dispute_kind"): DisputeKind, ("dispute_case", "decision_kind"): DecisionKind,
    ("dispute_case", "priority"): Priority, ("dispute_case", "relationship"): Relationship,
    ("stage_change", "to_stage"): Stage, ("stage_change", "from_stage"): Stage, ("stage_change", "outcome"): Outcome,
    ("policy", "coverage_type"): CoverageType, ("person", "id_type"): IdType,
    ("evidence", "source"): EvidenceSource,
    ("negotiation_round", "channel"): Channel, ("negotiation_round", "direction"): Direction,
}


@dataclass(slots=True)
class Incoming:
    """One record read from a bundle, checked; `fields` hold Python values, references as UUIDs."""

    kind: str
    uuid: str
    vv: VersionVector
    created_at: datetime
    updated_at: datetime
    workstation_id: str
    fields: dict[str, Any]       # Python values, for writing rows
    wire: dict[str, Any]         # the same as canonical JSON values, for comparing

    def file_sha(self) -> str | None:
        """The bundle file this record needs (an evidence file, an issued letter's PDF)."""
        if self.kind == "evidence":
            return None if self.fields.get("purged_at") else self.fields["sha256"]
        if self.kind in FILE_COLUMNS:
            return self.fields[FILE_COLUMNS[self.kind][1]]
        return None


def encode_fields(kind: str, row: Mapping[str, Any], refs_from: dict[tuple[str, int], str] | str) -> dict[str, Any]:
    """A row's sent columns as JSON values.  References become UUIDs: looked up in
    `refs_from[(kind, id)]`, or, when it is a suffix, read from the row's `<column><suffix>`."""
    refs = references(kind)
    fields: dict[str, Any] = {}
    for col in sent_columns(kind):
        value = row[col.name]
        if col.name in refs and value is not None:
            value = row[col.name + refs_from] if isinstance(refs_from, str) else refs_from[(refs[col.name], value)]
        fields[col.name] = to_json_value(value)
    return fields


def encode(kind: str, row: Mapping[str, Any], uuid_of: dict[tuple[str, int], str], vv: VersionVector) -> dict[str, Any]:
    return {"kind": kind, "uuid": row["uuid"], "vv": vv, "created_at": to_json_value(row["created_at"]),
            "updated_at": to_json_value(row["updated_at"]), "workstation_id": row["workstation_id"],
            "fields": encode_fields(kind, row, uuid_of)}


WHY_SHAPE = QT_TRANSLATE_NOOP("Errors", "its layout is not a record's")
WHY_KIND = QT_TRANSLATE_NOOP("Errors", "unknown kind of record")
WHY_FIELDS = QT_TRANSLATE_NOOP("Errors", "missing or unknown fields")
WHY_VALUE = QT_TRANSLATE_NOOP("Errors", "a field holds a value of the wrong type or size")
WHY_CODE = QT_TRANSLATE_NOOP("Errors", "a field holds a code this version does not know")
WHY_VECTOR = QT_TRANSLATE_NOOP("Errors", "its version information is invalid")


def _bad(kind: Any, uuid: Any, why: str) -> BundleError:
    return BundleError(BAD_RECORD, kind=str(kind)[:40], uuid=str(uuid)[:40], why=Phrase(why))


def _timestamp(text: Any) -> datetime:
    if not isinstance(text, str) or len(text) > 40:
        raise ValueError
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError
    return value.astimezone(timezone.utc)


def _check_ref(value: Any) -> str:
    if not isinstance(value, str) or not UUID.fullmatch(value):
        raise ValueError
    return value


def _check_date(value: Any) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError
    return date.fromisoformat(value)


def _check_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError
    return value


def _check_int(value: Any) -> int:
    if type(value) is not int or not -INT_RANGE <= value < INT_RANGE:
        raise ValueError
    return value


def _text_checker(length: int | None) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str) or (length and len(value) > length) or "\x00" in value:
            raise ValueError
        return value
    return check


def _checker(col: Any, is_ref: bool) -> Callable[[Any], Any]:
    if is_ref:
        return _check_ref
    ctype = col.type
    if isinstance(ctype, UTCDateTime):
        return _timestamp
    if isinstance(ctype, Date):
        return _check_date
    if isinstance(ctype, Boolean):
        return _check_bool
    if isinstance(ctype, (Integer, BigInteger)):
        return _check_int
    if isinstance(ctype, (String, Text)):
        return _text_checker(ctype.length)
    raise TypeError(f"no bundle encoding for {col}")


@cache
def _checkers(kind: str) -> tuple[tuple[str, Callable[[Any], Any], bool], ...]:
    """(column, checker, nullable) for every column a record of `kind` carries."""
    refs = references(kind)
    return tuple((c.name, _checker(c, c.name in refs), bool(c.nullable)) for c in sent_columns(kind))


@cache
def _time_fields(kind: str) -> tuple[str, ...]:
    return tuple(c.name for c in sent_columns(kind) if isinstance(c.type, UTCDateTime))


@cache
def _field_names(kind: str) -> frozenset[str]:
    return frozenset(c.name for c in sent_columns(kind))


def _values(kind: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, check, nullable in _checkers(kind):
        value = fields[name]
        if value is None:
            if not nullable:
                raise ValueError
            out[name] = None
        else:
            out[name] = check(value)
    return out


# Fields added to a kind after format 1 was defined: a bundle from an older version lacks them
# and they take this value (never refused for that alone).
ADDED_FIELDS: dict[str, dict[str, Any]] = {"staff": {"phone": ""}, "evidence": {"damaged": False}}


def decode(raw: Any) -> Incoming:
    if not isinstance(raw, dict) or set(raw) != {"kind", "uuid", "vv", "created_at", "updated_at",
                                                 "workstation_id", "fields"}:
        raise _bad("?", "?", WHY_SHAPE)
    kind, uuid = raw["kind"], raw["uuid"]
    if kind not in ROW_OF_KIND:
        raise _bad(kind, uuid, WHY_KIND)
    if not isinstance(uuid, str) or not UUID.fullmatch(uuid):
        raise _bad(kind, uuid, WHY_SHAPE)
    vv = raw["vv"]
    if (not isinstance(vv, dict) or not vv or any(not isinstance(k, str) or len(k) > 36 for k in vv)
            or any(type(n) is not int or not 0 < n < INT_RANGE for n in vv.values())):
        raise _bad(kind, uuid, WHY_VECTOR)
    fields = raw["fields"]
    if isinstance(fields, dict) and kind in ADDED_FIELDS:
        fields = {**ADDED_FIELDS[kind], **fields}
    if not isinstance(fields, dict) or fields.keys() != _field_names(kind):
        raise _bad(kind, uuid, WHY_FIELDS)
    try:
        created, updated = _timestamp(raw["created_at"]), _timestamp(raw["updated_at"])
        ws = raw["workstation_id"]
        if not isinstance(ws, str) or len(ws) > 36:
            raise ValueError
        out = _values(kind, fields)
    except (ValueError, TypeError, OverflowError):
        raise _bad(kind, uuid, WHY_VALUE) from None
    for (k, name), enum in CODED.items():
        if k == kind and out.get(name) is not None and out[name] not in enum._value2member_map_:
            raise _bad(kind, uuid, WHY_CODE)
    if kind in FILE_COLUMNS or kind == "evidence":
        sha_col = FILE_COLUMNS.get(kind, ("", "sha256"))[1]
        if not SHA256.fullmatch(out[sha_col]):
            raise _bad(kind, uuid, WHY_VALUE)
    wire = dict(fields)  # already canonical, but for times, which may come with any offset
    for name in _time_fields(kind):
        wire[name] = to_json_value(out[name])
    return Incoming(kind, uuid, dict(vv), created, updated, ws, out, wire)


def from_wire(kind: str, wire: Mapping[str, Any]) -> dict[str, Any]:
    """Wire values (already checked once) back to Python values; references stay UUIDs."""
    return _values(kind, wire)
