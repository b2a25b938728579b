"""One place that finds files the app needs at run time.

From a source checkout the top-level ``resources/`` and ``forms/`` folders sit
two levels above this file; inside a PyInstaller bundle they are unpacked next
to the executable (``sys._MEIPASS``). Everything else asks this module.
"""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """Folder that holds ``resources/`` and ``forms/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (it may not exist; callers check)."""
    return app_root().joinpath("resources", *parts)


def form_path(name: str) -> Path:
    """Path of a Qt Designer file under ``forms/``."""
    return app_root().joinpath("forms", name)


def migrations_path() -> Path:
    """Folder of the bundled Alembic migration scripts."""
    return Path(__file__).resolve().parent / "db" / "migrations"
