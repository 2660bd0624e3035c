"""The command line signs in and obeys the role, like the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli import ROOT

PASSWORDS = {"chen": "demo-chen-2026", "lead": "demo-lead-2026", "audit": "demo-audit-2026", "admin": "demo-admin-2026"}


def as_user(user: str | None, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WORKBENCH_USER", "WORKBENCH_PASSWORD")}
    env.update(LANG="C.UTF-8", LC_ALL="")
    if user:
        env.update(WORKBENCH_USER=user, WORKBENCH_PASSWORD=PASSWORDS[user])
    return subprocess.run([sys.executable, "-m", "workbench", "--lang", "en", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli-access") / "demo.sqlite3"
    out = as_user(None, "demo", "--db", str(db), "--cases", "40")
    assert out.returncode == 0 and "demo-chen-2026" in out.stdout
    return db


def names(db: Path, user: str) -> list[str]:
    out = as_user(user, "cases", "--db", str(db), "--format", "json")
    assert out.returncode == 0, out.stderr
    return [row["client_name"] for row in json.loads(out.stdout)]


def test_nobody_gets_in_without_signing_in(demo: Path) -> None:
    out = as_user(None, "cases", "--db", str(demo))
    assert out.returncode == 2 and "This database has accounts" in out.stderr
    env_wrong = as_user("chen", "cases", "--db", str(demo), "--user", "lead")  # chen's password, lead's name
    assert env_wrong.returncode == 2 and "Wrong user name or password" in env_wrong.stderr


def test_each_role_sees_its_view_of_the_case_list(demo: Path) -> None:
    lead, chen, audit = names(demo, "lead"), names(demo, "chen"), names(demo, "audit")
    assert not any("*" in n for n in lead)
    assert any("*" in n for n in chen) and any("*" not in n for n in chen)
    assert all("*" in n for n in audit)


def test_roles_that_may_not_change_or_manage_are_refused(demo: Path) -> None:
    number = json.loads(as_user("lead", "cases", "--db", str(demo), "--format", "json").stdout)[0]["case_number"]
    refused = as_user("audit", "update", number, "--db", str(demo), "--set", "summary=x")
    assert refused.returncode == 2 and "may read cases but not change them" in refused.stderr
    assert as_user("chen", "users", "list", "--db", str(demo)).returncode == 2
    listed = as_user("admin", "users", "list", "--db", str(demo), "--format", "json")
    assert {u["username"] for u in json.loads(listed.stdout)} == set(PASSWORDS)
    out = as_user("audit", "export", "--db", str(demo), "--out", str(demo.parent / "x.wbundle"))
    assert out.returncode == 2 and "de-identified" in out.stderr
    shared = demo.parent / "shared.wbundle"
    assert as_user("audit", "export", "--db", str(demo), "--out", str(shared), "--deidentified").returncode == 0
    back = as_user("lead", "import", "--db", str(demo), str(shared))
    assert back.returncode == 2 and "de-identified bundle" in back.stderr


def test_audit_from_the_command_line(demo: Path) -> None:
    verified = as_user("audit", "audit", "verify", "--db", str(demo))
    assert verified.returncode == 0 and "0 problems" in verified.stdout
    listed = json.loads(as_user("lead", "audit", "list", "--db", str(demo), "--event", "sign_in",
                                "--format", "json").stdout)
    assert {e["actor"] for e in listed} >= {"lead", "audit"}
    assert as_user("chen", "audit", "list", "--db", str(demo)).returncode == 2
