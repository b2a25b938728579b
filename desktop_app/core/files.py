"""Writing files a person asked for: the whole file or nothing."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desktop_app.core.errors import InputError


def write_atomically(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` through a temporary file in the same folder,
    flushed to disk and renamed over the target, so a crash or a full disk never
    leaves a half-written file. Refuses a folder or a missing folder in Russian."""
    target = Path(target).expanduser()
    if target.is_dir():
        raise InputError(f"«{target}» — это папка; укажите имя файла")
    if not target.parent.is_dir():
        raise InputError(f"папки «{target.parent}» нет: укажите существующую папку для файла")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem[:20]}-", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
