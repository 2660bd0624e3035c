"""Settings for one connection while it writes a great many rows at once (the demo)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

BULK_CACHE_KIB = 128 * 1024


@contextmanager
def bulk_load_cache(s: Session) -> Iterator[None]:
    """A page cache large enough for the indexes being filled in random order (names, UUIDs):
    with SQLite's 2 MB default, 100,000 cases spend a third of their time re-reading index
    pages.  The connection goes back to the pool with the default again."""
    if s.get_bind().dialect.name != "sqlite":
        yield
        return
    before = s.execute(text("PRAGMA cache_size")).scalar()
    s.execute(text(f"PRAGMA cache_size = -{BULK_CACHE_KIB}"))
    try:
        yield
    finally:
        s.execute(text(f"PRAGMA cache_size = {int(before)}"))
