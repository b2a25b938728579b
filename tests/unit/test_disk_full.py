"""A full disk met by the one atomic writer and by SQLite: one Russian sentence
naming the file, and nothing half-written left behind."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core import files
from desktop_app.core.files import NoSpaceError, is_disk_full, write_atomically


def test_atomic_writer_on_a_full_disk_names_the_file_and_keeps_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "отчёт.csv"
    target.write_bytes(b"old")

    def no_room(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", no_room)
    with pytest.raises(NoSpaceError) as refused:
        write_atomically(target, b"new content")
    assert str(refused.value).startswith("Недостаточно места на диске")
    assert "отчёт.csv" in str(refused.value)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["отчёт.csv"]


def test_disk_full_is_recognised_in_its_forms() -> None:
    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert is_disk_full(OSError(errno.EFBIG, "File too large"))
    assert is_disk_full(sqlite3.OperationalError("database or disk is full"))
    assert is_disk_full(sqlite3.OperationalError("disk I/O error"))
    assert not is_disk_full(sqlite3.OperationalError("no such table: x"))
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not is_disk_full(ValueError("database or disk is full"))


def test_blob_store_on_a_full_disk_names_its_folder_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.core.documents import blobstore

    store = blobstore.BlobStore(tmp_path / "documents")

    def no_room(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(blobstore.os, "fsync", no_room)
    with pytest.raises(NoSpaceError, match="Недостаточно места на диске") as refused:
        store.put_bytes(b"a scanned charter")
    assert "documents" in str(refused.value)
    assert list(store.iter_blobs()) == []
    assert list((tmp_path / "documents" / "tmp").iterdir()) == []
