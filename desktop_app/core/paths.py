"""Where the consultant's data lives (the user data folder, via platformdirs).

``RCI_INTAKE_DATA_DIR`` overrides the folder (tests and portable installs use
it); the database, the document store and the backups all live below it.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

ENV_DATA_DIR = "RCI_INTAKE_DATA_DIR"
ENV_DB = "RCI_INTAKE_DB"
DB_FILENAME = "rci_intake.sqlite3"


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir("RCI Intake", "RCI", roaming=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def default_db_location() -> str:
    """``RCI_INTAKE_DB`` (a file or a server URL) if set, else the file in the data folder."""
    return os.environ.get(ENV_DB, "").strip() or str(default_db_path())


def blobs_dir(db_path: Path) -> Path:
    """Document files sit beside the database they belong to."""
    return db_path.parent / "documents"


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def profiles_dir(db_path: Path) -> Path:
    """Program profiles the administrator installed (beside the shipped ones)."""
    return db_path.parent / "programs"


def logs_dir() -> Path:
    return data_dir() / "logs"
