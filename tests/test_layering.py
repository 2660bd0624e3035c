"""The arrows point one way: ui -> workbench.services -> workbench.storage."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_workbench_never_imports_qt() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "workbench").rglob("*.py")
                 if any(m.split(".")[0] in ("PySide6", "shiboken6") for m in imported_modules(p))]
    assert offenders == []


def test_importing_every_workbench_module_loads_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys, workbench\n"
        "for m in pkgutil.walk_packages(workbench.__path__, 'workbench.'):\n"
        "    if '.migrations' not in m.name and m.name != 'workbench.__main__':\n"
        "        importlib.import_module(m.name)\n"
        "print(sorted(k for k in sys.modules if k.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_ui_holds_no_sql() -> None:
    for path in (ROOT / "ui").rglob("*.py"):
        mods = imported_modules(path)
        assert not any(m.startswith(("sqlalchemy", "sqlite3", "alembic", "workbench.storage")) for m in mods), path
        text = path.read_text(encoding="utf-8")
        assert "SELECT " not in text and "execute(" not in text, path


def test_sql_text_only_in_storage() -> None:
    for path in (ROOT / "workbench").rglob("*.py"):
        if "storage" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        for word in ("SELECT ", "INSERT INTO", "PRAGMA", "exec_driver_sql"):
            assert word not in text, f"{path}: {word}"
        assert not re.search(r"\bUPDATE\s+\w+\s+SET\b", text), path


def test_case_list_path_does_not_import_sqlalchemy() -> None:
    """The window paints its list before the ORM loads (start-up speed)."""
    code = ("import sys, workbench.services.case_list, workbench.services.store\n"
            "print(any(k.startswith('sqlalchemy') for k in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
