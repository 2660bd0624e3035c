"""Attacks on signing in: the answers must not tell which names exist, and every failure is on
record, also from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from workbench.domain.access import Role
from workbench.errors import AuthError
from workbench.services import accounts, audit
from workbench.services.sign_in import sign_in
from workbench.services.store import Store


def _answers(store: Store, name: str, start: datetime) -> list[str]:
    out = []
    for i in range(7):
        try:
            sign_in(store, name, "wrong-password", now=start + timedelta(milliseconds=i))
        except AuthError as exc:
            out.append(exc.english().replace(name, "NAME"))
    return out


def test_an_unknown_name_is_answered_as_an_account_would_be(store: Store) -> None:
    accounts.add_user(store, "admin", "admin-pass-2026", Role.ADMINISTRATOR, "管理员")
    start = datetime.now(timezone.utc)
    real, ghost = _answers(store, "admin", start), _answers(store, "nobody-here", start)
    assert real == ghost, (real, ghost)
    assert any("Try again in" in a for a in real)  # the back-off is there, for both


def test_a_failed_sign_in_from_the_command_line_is_recorded(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    store = Store.open(db)
    accounts.add_user(store, "admin", "admin-pass-2026", Role.ADMINISTRATOR, "管理员")
    store.close()
    env = {**os.environ, "WORKBENCH_USER": "admin", "WORKBENCH_PASSWORD": "not-the-password"}
    done = subprocess.run([sys.executable, "-m", "workbench", "--lang", "en", "cases", "--db", str(db)],
                          cwd=Path(__file__).resolve().parent.parent, env=env, capture_output=True, text=True)
    assert done.returncode == 2 and "Wrong user name or password" in done.stderr
    store = Store.open(db)
    try:
        sign_in(store, "admin", "admin-pass-2026")
        assert [e.subject for e in audit.entries(store, action="sign_in_failed")] == ["admin"]
    finally:
        store.close()


@pytest.mark.parametrize("name", ["admin", "ghost"])
def test_the_wait_ends(store: Store, name: str) -> None:
    accounts.add_user(store, "admin", "admin-pass-2026", Role.ADMINISTRATOR, "管理员")
    start = datetime.now(timezone.utc)
    _answers(store, name, start)
    later = start + timedelta(hours=1)
    with pytest.raises(AuthError) as after:
        sign_in(store, name, "wrong-password", now=later)
    assert "Wrong user name or password" in after.value.english()
