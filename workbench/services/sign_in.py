"""Signing in, with nothing heavier than argon2 and the light DB-API connection: a window
signs in and paints its list before SQLAlchemy is loaded.  The audit entry is written
with the next transaction (Store.defer_audit)."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from workbench.domain.access import Principal, Role
from workbench.domain.i18n_marks import QT_TRANSLATE_NOOP
from workbench.errors import AuthError
from workbench.services.store import Store
from workbench.storage import accounts_sql

FREE_ATTEMPTS = 3           # wrong passwords before each further one costs a wait
MAX_WAIT_SECONDS = 300
# Argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): memory-hard, and quick
# enough (~40 ms) that signing in does not delay the first paint of the case list.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
_DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$9sTbSlTio3Biev89thdrlKKiCaYsjjYVJxGAL3swxpQ"
DEMO_HINT_KEY = "demo_accounts"  # setting: a demo database lists its accounts on the sign-in dialog

WRONG = QT_TRANSLATE_NOOP("Errors", "Wrong user name or password.")
WAIT = QT_TRANSLATE_NOOP("Errors", "Too many wrong passwords for {user}. Try again in {seconds} seconds.")


def has_accounts_light(store: Store) -> bool:
    return accounts_sql.count(store.reader()) > 0


def wait_after(failures: int) -> int:
    """Seconds to wait after `failures` wrong passwords in a row: 0, 0, 0, 1, 2, 4 … 300."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_SECONDS)


def sign_in(store: Store, username: str, password: str, now: datetime | None = None) -> Principal:
    """Check the password; on success the store acts for this user from now on."""
    now = now or datetime.now(timezone.utc)
    username = username.strip()
    conn = store.reader()
    row = accounts_sql.find(conn, username)
    # A name that is no account waits exactly as one would (its failures counted from the audit
    # trail), so "too many wrong passwords" never tells that a name exists.
    locked_until = row.locked_until if row is not None else _ghost_locked_until(conn, username)
    if locked_until is not None and locked_until > now:
        seconds = math.ceil((locked_until - now).total_seconds())
        raise AuthError(WAIT, user=username, seconds=seconds)
    if row is None:
        _verify(_DUMMY_HASH, password)  # as long as for a real account: timing does not tell who exists
    if row is None or row.disabled or not _verify(row.password_hash, password):
        if row is not None:
            failures = row.failed_attempts + 1
            wait = wait_after(failures)
            accounts_sql.record_failure(conn, row.id, failures, now + timedelta(seconds=wait) if wait else None)
        store.principal = None
        # Recorded now, not with the next change: a command line that fails to sign in makes none.
        store.defer_audit("sign_in_failed", username, {"at": now.isoformat()})
        with store.unit_of_work():
            pass
        raise AuthError(WRONG)
    rehash = _hasher.hash(password) if _hasher.check_needs_rehash(row.password_hash) else None
    accounts_sql.record_success(conn, row.id, now, rehash)
    principal = Principal(row.id, row.username, row.display_name, Role(row.role), row.staff_id)
    store.principal = principal
    store.defer_audit("sign_in", username, {"role": principal.role.value, "at": now.isoformat()})
    return principal


def _ghost_locked_until(conn, username: str) -> datetime | None:  # type: ignore[no-untyped-def]
    """For a name with no account: when its back-off would end, from its failures on record."""
    count, last = accounts_sql.failures_on_record(conn, username)
    wait = wait_after(count)
    if not wait or last is None:
        return None
    return datetime.fromisoformat(str(last)) + timedelta(seconds=wait)


def _verify(digest: str, password: str) -> bool:
    try:
        return _hasher.verify(digest, password)
    except (VerificationError, InvalidHashError):
        return False


def demo_hint(store: Store) -> str:
    """The demo's accounts and passwords, if this is a demo database ("" otherwise)."""
    from workbench.storage.settings_sql import read_setting

    return read_setting(store.reader(), DEMO_HINT_KEY) or ""
