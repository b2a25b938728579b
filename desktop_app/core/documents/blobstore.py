"""Content-addressed store of document files.

A file is stored once under the SHA-256 of its content at
``root/ab/cd/<sha256>`` (two shard levels from the first four hex digits).

Write protocol of :meth:`BlobStore.put_stream` (and of ``put_file``/``put_bytes``):

1. copy into ``root/tmp/put-<random>.part`` (same filesystem as the final
   place), hashing while copying;
2. ``fsync`` the temporary file, mark it read-only;
3. ``os.replace`` it to its final name (atomic), ``fsync`` the shard directory
   (where the OS allows, i.e. not on Windows).

A process killed at any moment therefore leaves either no final file or a
complete one; a half-written copy can only exist in ``root/tmp`` under a name
that is never taken for a blob. :meth:`BlobStore.cleanup_temp` removes such
leftovers. Stored blobs are read-only on disk.

The store never decides on its own to delete anything: :meth:`BlobStore.delete`
is for the service layer once no record refers to the blob.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal

from ..files import NoSpaceError, fsync_dir, is_disk_full, no_space_message
from .errors import BlobNotFoundError, InvalidDigestError

__all__ = ["BlobStore", "StoredBlob", "VerifyResult", "check_sha256"]

VerifyResult = Literal["ok", "missing", "altered"]

_SHA_RE = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1024 * 1024
_TEMP_DIR = "tmp"
_TEMP_PREFIX = "put-"
_TEMP_SUFFIX = ".part"
_READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH
_WRITABLE = _READ_ONLY | stat.S_IWUSR


def check_sha256(sha256: object) -> str:
    """Return ``sha256`` if it is 64 lowercase hex characters, else raise InvalidDigestError."""
    if not isinstance(sha256, str) or not _SHA_RE.fullmatch(sha256):
        shown = repr(sha256)
        if len(shown) > 80:
            shown = shown[:77] + "…"
        raise InvalidDigestError(
            f"Неверная контрольная сумма документа {shown}: ожидается SHA-256 — "
            "64 символа 0–9 и a–f в нижнем регистре.",
            code="invalid_sha256",
        )
    return sha256


@dataclass(frozen=True)
class StoredBlob:
    """Where a put landed; ``existed`` is True when the content was already stored."""

    sha256: str
    size: int
    path: Path | None
    """The stored file on this computer (None for a store in the server database)."""
    existed: bool


def _make_writable(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(path, _WRITABLE)


class BlobStore:
    """Content-addressed, crash-safe store of files under ``root``.

    The same interface as :class:`~.serverstore.ServerBlobStore`; ``session``
    arguments are accepted and ignored (files on disk take no part in a
    database transaction).
    """

    transactional = False

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._tmp = self.root / _TEMP_DIR

    # ------------------------------------------------------------------ paths

    def path_for(self, sha256: str) -> Path:
        """Final path of a blob (it may not exist). Raises InvalidDigestError on a bad digest."""
        sha = check_sha256(sha256)
        return self.root / sha[:2] / sha[2:4] / sha

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def size(self, sha256: str) -> int | None:
        try:
            return self.path_for(sha256).stat().st_size
        except FileNotFoundError:
            return None

    def stored_at(self, sha256: str) -> float | None:
        """When the file was stored (its modification time), None if absent."""
        try:
            return self.path_for(sha256).stat().st_mtime
        except FileNotFoundError:
            return None

    def cache_key(self, sha256: str) -> str:
        return str(self.path_for(sha256))

    def stamp(self, sha256: str) -> tuple[int, int] | None:
        """Modification time and size (None: not stored): what changes when the file does."""
        try:
            st = self.path_for(sha256).stat()
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_size)

    def bind(self, session: object) -> BlobStore:
        """The same store (files on disk do not depend on a transaction)."""
        return self

    def local_path(self, sha256: str) -> Path:
        """The stored file itself (for what needs a path)."""
        return self.path_for(sha256)

    def read_bytes(self, sha256: str) -> bytes:
        with self.open(sha256) as fh:
            return fh.read()

    # ------------------------------------------------------------------ writing

    def put_file(self, src: Path, *, session: object = None) -> StoredBlob:
        """Store a copy of the file ``src``. Raises OSError if it cannot be read or written
        (:class:`~desktop_app.core.files.NoSpaceError`, in words, when the disk is full)."""
        with open(src, "rb") as fh:
            return self.put_stream(fh)

    def put_bytes(self, data: bytes, *, session: object = None) -> StoredBlob:
        """Store ``data``."""
        return self.put_stream(io.BytesIO(data))

    def put_stream(self, stream: IO[bytes], *, session: object = None) -> StoredBlob:
        """Store everything read from the binary ``stream`` (read until it is exhausted)."""
        # Not files.atomic_writer: the final name is only known once the content is
        # hashed, the temporary file lives in the store's own ``tmp`` folder (so
        # cleanup_temp can find leftovers), and the file is made read-only before
        # it is renamed into place.
        self._tmp.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX, dir=self._tmp)
        tmp = Path(tmp_name)
        try:
            digest = hashlib.sha256()
            size = 0
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = self.path_for(sha)
            # Same content already stored (a same-size altered copy is caught by verify()).
            if final.is_file() and final.stat().st_size == size:
                tmp.unlink()
                return StoredBlob(sha, size, final, existed=True)
            created = not final.parent.is_dir()
            final.parent.mkdir(parents=True, exist_ok=True)
            if created:
                fsync_dir(final.parent.parent)
                fsync_dir(self.root)
            os.chmod(tmp, _READ_ONLY)
            if final.exists():  # altered copy under the final name: replace it with the good one
                _make_writable(final)
            os.replace(tmp, final)
            fsync_dir(final.parent)
            return StoredBlob(sha, size, final, existed=False)
        except BaseException as exc:
            if tmp.exists():
                _make_writable(tmp)
                tmp.unlink(missing_ok=True)
            if isinstance(exc, OSError) and is_disk_full(exc):
                raise NoSpaceError(no_space_message(self.root)) from exc
            raise

    # ------------------------------------------------------------------ reading

    def open(self, sha256: str) -> IO[bytes]:
        """Open a blob read-only in binary mode. Raises BlobNotFoundError when it is absent."""
        path = self.path_for(sha256)
        try:
            return open(path, "rb")
        except FileNotFoundError:
            raise BlobNotFoundError(sha256) from None

    def verify(self, sha256: str) -> VerifyResult:
        """Re-hash a blob: ``"ok"``, ``"missing"`` or ``"altered"`` (content no longer matches)."""
        path = self.path_for(sha256)
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as fh:
                while chunk := fh.read(_CHUNK):
                    digest.update(chunk)
        except FileNotFoundError:
            return "missing"
        except IsADirectoryError:
            return "altered"
        return "ok" if digest.hexdigest() == sha256 else "altered"

    def iter_blobs(self) -> Iterator[str]:
        """SHA-256 of every blob on disk (sorted); temporary and stray files are skipped."""
        if not self.root.is_dir():
            return
        for first in sorted(self.root.iterdir()):
            if not (first.is_dir() and re.fullmatch(r"[0-9a-f]{2}", first.name)):
                continue
            for second in sorted(first.iterdir()):
                if not (second.is_dir() and re.fullmatch(r"[0-9a-f]{2}", second.name)):
                    continue
                prefix = first.name + second.name
                for entry in sorted(second.iterdir()):
                    name = entry.name
                    if _SHA_RE.fullmatch(name) and name.startswith(prefix) and entry.is_file():
                        yield name

    # ------------------------------------------------------------------ housekeeping

    def delete(self, sha256: str, *, session: object = None) -> bool:
        """Remove a blob; True if it was there. Empty shard folders are removed too."""
        path = self.path_for(sha256)
        if not path.exists():
            return False
        _make_writable(path)
        path.unlink()
        fsync_dir(path.parent)
        for folder in (path.parent, path.parent.parent):
            try:
                folder.rmdir()
            except OSError:
                break
        return True

    def cleanup_temp(self, older_than_minutes: float = 60.0) -> int:
        """Remove temporary files left by interrupted puts older than the given age.

        Returns how many files were removed. Use a generous age while other
        processes may be writing to the same store.
        """
        if not self._tmp.is_dir():
            return 0
        cutoff = time.time() - older_than_minutes * 60
        removed = 0
        for entry in self._tmp.iterdir():
            if not (entry.name.startswith(_TEMP_PREFIX) and entry.name.endswith(_TEMP_SUFFIX)):
                continue
            try:
                if entry.stat().st_mtime > cutoff:
                    continue
                _make_writable(entry)
                entry.unlink()
                removed += 1
            except FileNotFoundError:
                continue
        return removed
