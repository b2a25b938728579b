"""The program's own log: ``logs/`` in the data folder, rotated, one line per event.

Both faces call :func:`start_log` first thing. Tracebacks of faults go here,
never to the person at the screen, who gets a sentence in Russian instead.
The log holds no personal data beyond the signed-in login: services log
record ids, not names.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from desktop_app.core.paths import logs_dir

LOG_NAME = "rci-intake.log"
MAX_BYTES = 1_000_000
KEEP = 5
_FORMAT = "%(asctime)s %(levelname)s [%(process)d %(program)s] %(name)s: %(message)s"


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """The rotated log file, best-effort: a line that cannot be written (full disk,
    file-size limit) is dropped instead of printing a traceback at the person."""

    def handleError(self, record: logging.LogRecord) -> None:
        return


class _Program(logging.Filter):
    def __init__(self, program: str) -> None:
        super().__init__()
        self.program = program

    def filter(self, record: logging.LogRecord) -> bool:
        record.program = self.program
        return True


def start_log(program: str, *, folder: Path | None = None) -> Path | None:
    """Send the root logger (INFO and above) to the rotated log file; its path.

    ``program`` tells the lines of the window from those of each command. When
    the folder cannot be written (read-only media, full disk) the program runs
    on without a log file and None is returned.
    """
    folder = folder or logs_dir()
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = _QuietFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8", delay=False)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(_Program(program))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    logging.getLogger(__name__).info("started (%s, pid %s)", program, os.getpid())
    return path
