"""Shared fixtures: every test gets its own data folder and database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["RCI_INTAKE_REVERSE_UNORDERED"] = "1"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user folders."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("RCI_INTAKE_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "test.sqlite3"


@pytest.fixture
def services(db_path: Path) -> Iterator[object]:
    from desktop_app.core.services.facade import open_services

    sv = open_services(db_path)
    try:
        yield sv
    finally:
        sv.close()
