"""Writing files: the whole file or nothing, the one way the application does it.

Every writer goes through :func:`atomic_writer` (or its shorthands
:func:`write_atomically` / :func:`write_text_atomically`): the content goes to a
temporary file in the target's folder (same filesystem, so the rename is
atomic), is flushed and fsynced, renamed over the target with ``os.replace``,
and then the folder itself is fsynced so the rename survives a power cut. A
crash, a full disk or an exception in the writer leaves the old file as it was
and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal, overload

from desktop_app.core.errors import InputError, UserError

__all__ = [
    "NoSpaceError", "atomic_writer", "fsync_dir", "is_disk_full", "no_space_message",
    "write_atomically", "write_text_atomically",
]

#: ``errno`` values meaning "nothing more fits": a full disk, a quota, a file-size limit.
_NO_SPACE = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})
#: What SQLite says when a write fails for the same reason (a full disk shows as
#: SQLITE_FULL; a size limit or a shared-memory page it cannot extend, as an I/O error).
_SQLITE_NO_SPACE = ("database or disk is full", "disk i/o error")


class NoSpaceError(UserError):
    """A write failed because the disk (or the user's quota) is full; nothing changed."""


def is_disk_full(exc: BaseException) -> bool:
    """True for an OS error, or an SQLite (or SQLAlchemy-wrapped) operational error,
    that means the disk is full."""
    if isinstance(exc, NoSpaceError):
        return True
    if isinstance(exc, OSError):
        return exc.errno in _NO_SPACE
    inner = getattr(exc, "orig", None) or exc
    if type(inner).__name__ != "OperationalError":
        return False
    text = str(inner).lower()
    return any(marker in text for marker in _SQLITE_NO_SPACE)


def no_space_message(where: Path | str | None) -> str:
    """The one sentence a person reads when the disk is full, naming the file or folder."""
    place = f" для «{where}»" if where else ""
    return (f"Недостаточно места на диске{place}: ничего не записано. Освободите место "
            "на диске и повторите.")


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable.

    Some systems refuse to open or fsync a directory (Windows, some network and
    FUSE filesystems); the rename is still atomic there, so the refusal is ignored.
    """
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _checked_target(target: Path) -> Path:
    target = Path(target).expanduser()
    if target.is_dir():
        raise InputError(f"«{target}» — это папка; укажите имя файла")
    if not target.parent.is_dir():
        raise InputError(f"папки «{target.parent}» нет: укажите существующую папку для файла")
    return target


@overload
def atomic_writer(
    target: Path, *, text: Literal[False] = False
) -> contextlib.AbstractContextManager[IO[bytes]]: ...


@overload
def atomic_writer(
    target: Path, *, text: Literal[True], encoding: str = "utf-8", newline: str | None = None
) -> contextlib.AbstractContextManager[IO[str]]: ...


def atomic_writer(
    target: Path, *, text: bool = False, encoding: str = "utf-8", newline: str | None = None
) -> contextlib.AbstractContextManager[IO[Any]]:
    """A file object to stream ``target``'s new content into (binary, or text with
    ``text=True``); the target is replaced only when the ``with`` block ends
    without an exception. Refuses, in Russian, a folder or a missing folder."""
    return _atomic_writer(_checked_target(target), text, encoding, newline)


@contextlib.contextmanager
def _atomic_writer(
    target: Path, text: bool, encoding: str, newline: str | None
) -> Iterator[IO[Any]]:
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.stem[:20]}-", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        if text:
            with os.fdopen(fd, "w", encoding=encoding, newline=newline) as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
        else:
            with os.fdopen(fd, "wb") as fb:
                yield fb
                fb.flush()
                os.fsync(fb.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and is_disk_full(exc):
            raise NoSpaceError(no_space_message(target)) from exc
        raise
    fsync_dir(target.parent)


def write_atomically(target: Path, data: bytes) -> Path:
    """Replace ``target`` with ``data`` all at once (see :func:`atomic_writer`)."""
    target = _checked_target(target)
    with atomic_writer(target) as fh:
        fh.write(data)
    return target


def write_text_atomically(
    target: Path, content: str, *, encoding: str = "utf-8", newline: str | None = None
) -> Path:
    """Replace ``target`` with ``content`` all at once (see :func:`atomic_writer`)."""
    target = _checked_target(target)
    with atomic_writer(target, text=True, encoding=encoding, newline=newline) as fh:
        fh.write(content)
    return target
