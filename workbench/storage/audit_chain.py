"""Appending to the hash-chained audit trail.

Each entry's hash covers its own fields and the previous entry's hash, so changing,
removing or slipping in an entry breaks the chain from there on (services/audit.py
checks it).  Anyone able to rewrite the file could recompute every hash; the chain
head (last sequence number and hash) therefore also travels in every bundle and every
issued letter, and a head recorded elsewhere proves what this log once held.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from workbench.storage.base import utcnow
from workbench.storage.rows import AuditRow

GENESIS = "0" * 64


def entry_hash(seq: int, at: datetime, workstation_id: str, actor: str, action: str, subject: str, details: str,
               prev_hash: str) -> str:
    payload = json.dumps([seq, at.isoformat(), workstation_id, actor, action, subject, details, prev_hash],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def head(conn: Connection) -> tuple[int, str]:
    """(last sequence number, its hash); (0, GENESIS) for an empty trail."""
    row = conn.execute(select(AuditRow.seq, AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)).first()
    return (row.seq, row.hash) if row else (0, GENESIS)


def append(conn: Connection, workstation_id: str, actor: str, action: str, subject: str = "",
           details: dict[str, Any] | None = None) -> int:
    seq, prev = head(conn)
    seq += 1
    at = utcnow()
    text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True, default=str)
    conn.execute(insert(AuditRow).values(
        seq=seq, at=at, workstation_id=workstation_id, actor=actor, action=action, subject=subject[:200],
        details=text, prev_hash=prev, hash=entry_hash(seq, at, workstation_id, actor, action, subject[:200], text, prev)))
    return seq
