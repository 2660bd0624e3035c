"""Attacks on every command that writes a file: a slip of the finger must not replace the
database, its journal or evidence files with a PDF, a workbook or a bundle."""

from __future__ import annotations

import hashlib
import io
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.conftest import new_case
from workbench import cli
from workbench.services import report_export
from workbench.services.output_files import checked_output
from workbench.services.store import Store


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def desk(store: Store) -> Store:
    new_case(store)
    return store


def _commands(db: Path, out: Path) -> list[list[str]]:
    number = "FY-2026-0001"
    return [["report", "--db", str(db), "--pdf", str(out)], ["report", "--db", str(db), "--xlsx", str(out)],
            ["matrix", "--db", str(db), number, "--out", str(out)],
            ["letter", "--db", str(db), number, "--out", str(out)],
            ["export", "--db", str(db), "--out", str(out)]]


def test_no_command_writes_over_the_database_or_its_files(desk: Store, capsys) -> None:  # type: ignore[no-untyped-def]
    db = desk.path
    desk.close()
    (db.parent / f"{db.name}.lock").write_text("")  # as the window's lock file
    store_dir = db.with_name(f"{db.stem}.files")
    (store_dir / "ab").mkdir(parents=True, exist_ok=True)
    targets = [db, Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}.lock"), store_dir / "ab" / "x.pdf"]
    for target in targets:
        existed = target.exists()
        before = _digest(target) if existed else None
        for argv in _commands(db, target):
            for force in ([], ["--force"]):
                assert cli.main(argv + force) == 2, (argv, force)
                err = capsys.readouterr().err
                assert "nothing was written" in err and "Traceback" not in err, err
        assert (_digest(target) if existed else None) == before and target.exists() == existed, target
    assert Store.open(db).path == db  # the database still opens


def test_another_database_is_never_a_target_either(desk: Store, tmp_path: Path) -> None:
    other = tmp_path / "colleague.db"  # a database under any name
    shutil.copy(desk.path, other)
    with pytest.raises(Exception, match="is a database"):
        checked_output(other, force=True)


def test_an_existing_file_is_replaced_only_when_asked(desk: Store, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.pdf"
    out.write_bytes(b"yesterday's report")
    argv = ["report", "--db", str(desk.path), "--pdf", str(out)]
    assert cli.main(argv) == 2 and "--force" in capsys.readouterr().err
    assert out.read_bytes() == b"yesterday's report"
    assert cli.main(argv + ["--force"]) == 0 and out.read_bytes().startswith(b"%PDF")
    assert cli.main(["report", "--db", str(desk.path), "--pdf", str(tmp_path / "no" / "such" / "r.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert cli.main(["report", "--db", str(desk.path), "--pdf", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


FORMULAS = ['=HYPERLINK("http://evil.example","点我")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


@pytest.mark.parametrize("name", FORMULAS)
def test_spreadsheets_never_run_what_data_says(store: Store, tmp_path: Path, name: str) -> None:
    """An insurer named like a formula (typed, or from a bundle) stays text in CSV and XLSX."""
    from openpyxl import load_workbook

    from workbench.domain.report import SliceBy
    from workbench.services.report import outcome_report

    new_case(store, insurer=name)
    report = outcome_report(store, SliceBy.INSURER)
    label = lambda row: row.label  # noqa: E731
    rows = report_export.table(report, label)
    text = report_export.write_csv(rows)
    import csv

    cells = [c for r in csv.reader(io.StringIO(text)) for c in r]
    stored = name.strip()  # names are trimmed when typed
    assert "'" + stored in cells and stored not in cells
    path = tmp_path / "r.xlsx"
    report_export.write_xlsx(path, report, label, "t", "f")
    with zipfile.ZipFile(path) as zf:
        assert b"<f>" not in zf.read("xl/worksheets/sheet1.xml")  # no formula anywhere in the sheet
    values = [c.value for r in load_workbook(path).active.iter_rows() for c in r]
    assert stored in values  # the name itself, as text


def test_numbers_stay_numbers() -> None:
    from workbench.domain.spreadsheet_cells import safe_cell

    assert [safe_cell(v) for v in ("-1,234.50", "-12.5%", "+3", -5, "王芳")] == ["-1,234.50", "-12.5%", "+3", -5, "王芳"]
