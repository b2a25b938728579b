"""The log folder the README promises exists, is written, and rotates."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core import logfile


@pytest.fixture
def clean_root() -> Iterator[None]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_a_fault_goes_to_the_log_file_with_its_traceback(
    data_dir: Path, clean_root: None
) -> None:
    path = logfile.start_log("команда check")
    assert path == data_dir / "logs" / "rci-intake.log"
    try:
        raise RuntimeError("сбой для проверки")
    except RuntimeError:
        logging.getLogger("desktop_app.test").exception("the command failed")
    text = path.read_text(encoding="utf-8")
    assert "команда check" in text and "Traceback" in text and "сбой для проверки" in text
    assert logfile.start_log("команда check") == path  # once per process
    assert len([h for h in logging.getLogger().handlers
                if getattr(h, "baseFilename", None) == str(path)]) == 1


def test_the_log_rotates(tmp_path: Path, clean_root: None,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logfile, "MAX_BYTES", 2000)
    path = logfile.start_log("окно программы", folder=tmp_path / "logs")
    assert path is not None
    for n in range(200):
        logging.getLogger("desktop_app.test").info("строка журнала номер %s", n)
    kept = sorted(p.name for p in path.parent.iterdir())
    assert kept[0] == "rci-intake.log" and "rci-intake.log.1" in kept
    assert len(kept) <= logfile.KEEP + 1


def test_an_unwritable_folder_does_not_stop_the_program(
    tmp_path: Path, clean_root: None
) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    assert logfile.start_log("команда", folder=blocker / "logs") is None
