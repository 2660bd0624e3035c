"""Create a demo database in the background, with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.tasks import run_with_progress
from workbench.services.demo import DemoResult


def create_demo(parent: QWidget | None, path: Path, cases: int) -> DemoResult | None:
    from workbench.services.demo import generate_demo

    label = QCoreApplication.translate("DemoAction", "Writing a demo database with {count} cases…").format(count=cases)
    return run_with_progress(parent, label, lambda progress: generate_demo(
        path, cases, replace=True, progress=progress))
