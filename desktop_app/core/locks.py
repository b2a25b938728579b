"""Exclusive, non-blocking file locks that the operating system drops with the process.

A lock held this way ends with its process in any way (SIGKILL and power cut
included), so "the lock can be taken" reliably means "nobody is using this".
The database's session notes (:mod:`desktop_app.core.db.presence`) and the
temporary folders of imports (:func:`in_use`) rest on it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

IN_USE = ".in-use.lock"
"""The lock file a working process holds inside a temporary folder it uses."""


def try_lock(path: Path) -> int | None:
    """An exclusive, non-blocking lock on ``path``; the descriptor, or None if held."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def unlock(fd: int) -> None:
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextmanager
def in_use(folder: Path) -> Iterator[None]:
    """Mark ``folder`` as in use for as long as the block runs (see :func:`is_in_use`)."""
    fd = try_lock(folder / IN_USE)
    try:
        yield
    finally:
        if fd is not None:
            unlock(fd)


def is_in_use(folder: Path) -> bool:
    """True while a live process holds the folder's in-use lock."""
    path = folder / IN_USE
    if not path.exists():
        return False
    try:
        fd = try_lock(path)
    except OSError:
        return True  # cannot tell: leave it
    if fd is None:
        return True
    unlock(fd)
    return False
