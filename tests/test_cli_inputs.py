"""Odd values on the command line get a clear message, never a traceback, and mean what they say."""

from __future__ import annotations

import pytest

from tests.conftest import new_case
from workbench import cli
from workbench.domain.models import CLOCK_DATE_FIELDS
from workbench.services import cases
from workbench.services.store import Store


@pytest.mark.parametrize("field", [f for f in CLOCK_DATE_FIELDS if f != "event_date"])
def test_every_clock_date_can_be_set(store: Store, field: str, capsys) -> None:  # type: ignore[no-untyped-def]
    case = new_case(store)
    assert cli.main(["update", case.case_number, "--db", str(store.path), "--set", f"{field}=2026-10-01"]) == 0
    assert str(getattr(cases.get_case(store, case.id), field)) == "2026-10-01"
    assert cli.main(["update", case.case_number, "--db", str(store.path), "--set", f"{field}=2026-13-45"]) == 2
    assert "is not a date" in capsys.readouterr().err


def test_a_yes_or_no_field_means_what_it_says(store: Store, capsys) -> None:  # type: ignore[no-untyped-def]
    case = new_case(store)
    db = str(store.path)
    for text, expected in (("true", True), ("false", False), ("yes", True), ("no", False)):
        assert cli.main(["update", case.case_number, "--db", db, "--set", f"complaint_complex={text}"]) == 0
        assert cases.get_case(store, case.id).complaint_complex is expected, text
    assert cli.main(["update", case.case_number, "--db", db, "--set", "complaint_complex=maybe"]) == 2
    assert "neither yes nor no" in capsys.readouterr().err


def test_a_look_ahead_of_any_size_is_answered(store: Store, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as done:
        cli.main(["due", "--db", str(store.path), "--within", "99999999999999"])
    assert done.value.code == 2 and "3650" in capsys.readouterr().err
    assert cli.main(["due", "--db", str(store.path), "--within", "3650"]) == 0


def test_no_terminal_to_ask_a_password_on_is_said_so(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys
    from pathlib import Path

    from workbench.domain.access import Role
    from workbench.services import accounts

    store = Store.open(tmp_path / "a.sqlite3")
    accounts.add_user(store, "admin", "admin-pass-2026", Role.ADMINISTRATOR, "管理员")
    accounts.sign_in(store, "admin", "admin-pass-2026")
    accounts.add_user(store, "lead", "lead-pass-2026", Role.TEAM_LEAD, "林慧敏")
    store.close()
    env = {k: v for k, v in os.environ.items() if k != "WORKBENCH_PASSWORD"} | {"WORKBENCH_USER": "lead"}
    done = subprocess.run([sys.executable, "-m", "workbench", "--lang", "en", "cases", "--db", str(tmp_path / "a.sqlite3")],
                          cwd=Path(__file__).resolve().parent.parent, env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True)
    assert done.returncode == 2 and "No terminal to ask lead's password" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_a_value_longer_than_its_field_is_refused_when_typed(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Kept, it would make every bundle carrying the case unimportable on the other side."""
    from workbench.errors import ValidationError
    from workbench.services import sync

    case = new_case(store)
    with pytest.raises(ValidationError) as refused:
        cases.update_case(store, case.id, {"claim_number": "9" * 20_000}, case.meta.revision)
    assert refused.value.field == "claim_number" and "at most 60" in refused.value.english()
    assert cases.get_case(store, case.id).claim_number == "LP2026001"
    other = Store.open(tmp_path / "other.sqlite3")
    try:
        sync.export_bundle(store, tmp_path / "b.wbundle")
        assert sync.prepare_import(other, tmp_path / "b.wbundle").plan.counts()[sync.Action.NEW] > 0
    finally:
        other.close()
