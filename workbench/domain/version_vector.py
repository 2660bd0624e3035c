"""Version vectors: how import knows whether two copies of a record "last agreed".

Every record carries, per workstation, how many changes that workstation has made
to it.  Comparing two vectors says whether one copy has seen everything the other
has (take the newer, no question) or whether each side changed something the other
has not seen (a conflict, never settled by clocks).
"""

from __future__ import annotations

import json
from enum import StrEnum

VersionVector = dict[str, int]


class Order(StrEnum):
    EQUAL = "equal"
    BEFORE = "before"          # the first has been seen by the second, which has more
    AFTER = "after"            # the first has everything the second has, and more
    CONCURRENT = "concurrent"  # each has changes the other has not seen


def compare(a: VersionVector, b: VersionVector) -> Order:
    a_more = any(n > b.get(ws, 0) for ws, n in a.items())
    b_more = any(n > a.get(ws, 0) for ws, n in b.items())
    if a_more and b_more:
        return Order.CONCURRENT
    if a_more:
        return Order.AFTER
    if b_more:
        return Order.BEFORE
    return Order.EQUAL


def dominated_by(a: VersionVector, b: VersionVector) -> bool:
    """True when `b` has seen every change `a` has."""
    return compare(a, b) in (Order.EQUAL, Order.BEFORE)


def join(a: VersionVector, b: VersionVector) -> VersionVector:
    return {ws: max(a.get(ws, 0), b.get(ws, 0)) for ws in sorted(a.keys() | b.keys())}


def bumped(vv: VersionVector, workstation_id: str) -> VersionVector:
    out = dict(vv)
    out[workstation_id] = out.get(workstation_id, 0) + 1
    return dict(sorted(out.items()))


def dumps(vv: VersionVector) -> str:
    """Canonical text (sorted keys, no spaces): equal vectors give equal strings."""
    return json.dumps(dict(sorted(vv.items())), separators=(",", ":"))


def loads(text: str | None, workstation_id: str, revision: int) -> VersionVector:
    """A stored vector; rows written before sync existed (NULL) count as all their
    revisions made by the workstation that last wrote them."""
    if not text:
        return {workstation_id: revision}
    return {str(k): int(v) for k, v in json.loads(text).items()}
