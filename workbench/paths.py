"""Where the workbench keeps its files, decided in one place.

Defaults come from platformdirs; WORKBENCH_HOME moves everything (tests and
portable installs), WORKBENCH_DB names the database file alone.  The chosen paths
are passed into services, never looked up deep inside them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "ClaimsWorkbench"
APP_AUTHOR = "ClaimsWorkbench"
DB_FILE_NAME = "workbench.sqlite3"


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def default_db(self) -> Path:
        return self.data_dir / DB_FILE_NAME

    @property
    def log_file(self) -> Path:
        return self.log_dir / "workbench.log"


def app_paths() -> AppPaths:
    home = os.environ.get("WORKBENCH_HOME")
    if home:
        base = Path(home)
        return AppPaths(base / "data", base / "config", base / "logs")
    import platformdirs

    return AppPaths(
        Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db beats WORKBENCH_DB beats the per-user default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("WORKBENCH_DB")
    if env:
        return Path(env).expanduser().resolve()
    return app_paths().default_db


RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
