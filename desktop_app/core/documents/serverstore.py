"""Document files on the centre's PostgreSQL server, inside the database itself.

In server mode every workstation must reach every document. The files are
kept in the database, content-addressed by SHA-256 like the local
:class:`~.blobstore.BlobStore`, in two tables (migration 0011):

* ``blob_contents(sha256, size, chunks, stored_at)`` — one row per stored file;
* ``blob_chunks(sha256, seq, data)`` — the bytes in pieces of :data:`CHUNK_SIZE`
  (1 MiB), ``seq`` from 0.

Why inside PostgreSQL and not in a shared folder:

* **one backup holds everything**: a single ``pg_dump`` is the database and the
  documents at the same moment; nothing can be restored half (rows without the
  files they name, or files of another day);
* **one way in**: every workstation reaches the documents through the same
  connection, user and rights as the data, with no shared network folder that
  needs permissions, mapping on every computer and backups of its own;
* **identical files are stored once** (the key is the content's SHA-256), and
  a stored file is never changed, only added or removed as a whole.

Memory does not grow with the size of a file: it is read, hashed, written and
re-hashed one chunk at a time; the chunks are stored uncompressed
(``STORAGE EXTERNAL``: PDFs and images are compressed already).

Writing: the content is hashed first, so a file already stored is not sent
again. The rows are written in the caller's transaction when one is given
(``session=``: an attachment's file and its row commit together, or neither
does); without one, in a transaction of their own that touches only these two
tables, so it does not take the program's write lock (the content is
immutable and keyed by its hash: two workstations storing the same file at
once simply meet on the primary key). A file whose row never committed is
removed later by the same sweeps that remove unreferenced files of the local
store (``stored_at`` plays the part of the file's modification time).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from ..files import atomic_writer
from .blobstore import StoredBlob, VerifyResult, check_sha256
from .errors import BlobNotFoundError

__all__ = ["CHUNK_SIZE", "ServerBlobStore"]

CHUNK_SIZE = 1024 * 1024
_SPOOL_IN_MEMORY = 8 * 1024 * 1024


class _ChunkReader(io.RawIOBase):
    """A stored file read chunk by chunk (one short query per chunk)."""

    def __init__(self, engine: Engine, sha256: str, chunks: int) -> None:
        super().__init__()
        self._engine = engine
        self._sha = sha256
        self._chunks = chunks
        self._next = 0
        self._buffer = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        view = memoryview(b).cast("B")
        while not self._buffer:
            if self._next >= self._chunks:
                return 0
            with self._engine.connect() as conn:
                data = conn.execute(
                    text("SELECT data FROM blob_chunks WHERE sha256 = :s AND seq = :n"),
                    {"s": self._sha, "n": self._next}).scalar()
            if data is None:
                raise BlobNotFoundError(self._sha)
            self._buffer = memoryview(bytes(data))
            self._next += 1
        n = min(len(view), len(self._buffer))
        view[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n


class ServerBlobStore:
    """Content-addressed store of document files in the server database (see module doc)."""

    transactional = True
    """Puts can join the caller's write transaction (``session=``)."""

    def __init__(self, engine: Engine, cache_dir: Path, session: Session | None = None) -> None:
        self.engine = engine
        self.cache_dir = Path(cache_dir)
        """This workstation's folder for local copies that need a path (package binding)."""
        self._session = session

    def bind(self, session: Session) -> ServerBlobStore:
        """The same store looking through ``session`` (it sees that transaction's own,
        not yet committed files: what a write returns about the files it just stored)."""
        return ServerBlobStore(self.engine, self.cache_dir, session)

    @contextlib.contextmanager
    def _connect(self) -> Iterator[Any]:
        if self._session is not None:
            yield self._session.connection()
            return
        with self.engine.connect() as conn:
            yield conn

    # ------------------------------------------------------------------ looking

    def _head(self, conn: Any, sha: str) -> tuple[int, int] | None:
        row = conn.execute(
            text("SELECT size, chunks FROM blob_contents WHERE sha256 = :s"), {"s": sha}).first()
        return None if row is None else (int(row[0]), int(row[1]))

    def exists(self, sha256: str) -> bool:
        sha = check_sha256(sha256)
        with self._connect() as conn:
            return self._head(conn, sha) is not None

    def size(self, sha256: str) -> int | None:
        sha = check_sha256(sha256)
        with self._connect() as conn:
            head = self._head(conn, sha)
        return None if head is None else head[0]

    def stored_at(self, sha256: str) -> float | None:
        """When the file was stored, on this computer's clock (seconds since the epoch;
        the age is measured by the server's clock, so a workstation whose clock is off
        never takes a young file for an old one). None if absent."""
        sha = check_sha256(sha256)
        with self._connect() as conn:
            age = conn.execute(text("SELECT extract(epoch FROM now() - stored_at) "
                                    "FROM blob_contents WHERE sha256 = :s"), {"s": sha}).scalar()
        return None if age is None else time.time() - float(age)

    def cache_key(self, sha256: str) -> str:
        return f"{self.engine.url.render_as_string(hide_password=True)}#{sha256}"

    def stamp(self, sha256: str) -> tuple[Any, ...] | None:
        """Changes whenever a row of the file is written again (None: not stored).

        ``xmin`` is the transaction that wrote a row version: an altered chunk,
        a deleted or added one all change the stamp, without reading the bytes.
        """
        sha = check_sha256(sha256)
        with self._connect() as conn:
            row = conn.execute(text(
                "SELECT c.xmin::text, c.size, c.chunks, "
                "(SELECT count(*) FROM blob_chunks k WHERE k.sha256 = c.sha256), "
                "(SELECT coalesce(sum(k.xmin::text::bigint), 0) FROM blob_chunks k "
                " WHERE k.sha256 = c.sha256) "
                "FROM blob_contents c WHERE c.sha256 = :s"), {"s": sha}).first()
        return None if row is None else tuple(row)

    def iter_blobs(self) -> Iterator[str]:
        """SHA-256 of every stored file (sorted)."""
        with self._connect() as conn:
            rows = conn.execute(text("SELECT sha256 FROM blob_contents ORDER BY sha256")).all()
        for row in rows:
            yield str(row[0])

    # ------------------------------------------------------------------ writing

    def put_file(self, src: Path, *, session: Session | None = None) -> StoredBlob:
        """Store a copy of the file ``src`` (read twice: hashed, then sent)."""
        with open(src, "rb") as fh:
            return self.put_stream(fh, session=session)

    def put_bytes(self, data: bytes, *, session: Session | None = None) -> StoredBlob:
        return self.put_stream(io.BytesIO(data), session=session)

    def put_stream(self, stream: IO[bytes], *, session: Session | None = None) -> StoredBlob:
        """Store everything read from ``stream``; a stream that cannot seek is spooled
        to a temporary file first (in memory up to 8 MiB)."""
        spool: Any = None
        try:
            if stream.seekable():
                start = stream.tell()
                sha, size = _hash_stream(stream)
                stream.seek(start)
                source = stream
            else:
                spool = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed in finally
                    max_size=_SPOOL_IN_MEMORY)
                digest, size = hashlib.sha256(), 0
                while chunk := stream.read(CHUNK_SIZE):
                    digest.update(chunk)
                    spool.write(chunk)
                    size += len(chunk)
                sha = digest.hexdigest()
                spool.seek(0)
                source = spool
            if session is not None:
                return self._write(session.connection(), sha, size, source)
            with self.engine.begin() as conn:
                return self._write(conn, sha, size, source)
        finally:
            if spool is not None:
                spool.close()

    def _write(self, conn: Any, sha: str, size: int, source: IO[bytes]) -> StoredBlob:
        chunks = (size + CHUNK_SIZE - 1) // CHUNK_SIZE
        head = self._head(conn, sha)
        if head is not None and head == (size, chunks):
            return StoredBlob(sha, size, None, existed=True)
        if head is not None:  # a row that does not fit its own hash: write it anew
            conn.execute(text("DELETE FROM blob_contents WHERE sha256 = :s"), {"s": sha})
        inserted = conn.execute(text(
            "INSERT INTO blob_contents (sha256, size, chunks) VALUES (:s, :size, :n) "
            "ON CONFLICT (sha256) DO NOTHING RETURNING sha256"),
            {"s": sha, "size": size, "n": chunks}).first()
        if inserted is None:  # another workstation stored the same file meanwhile
            return StoredBlob(sha, size, None, existed=True)
        digest = hashlib.sha256()
        written = 0
        for seq in range(chunks):
            data = source.read(CHUNK_SIZE)
            digest.update(data)
            written += len(data)
            conn.execute(text("INSERT INTO blob_chunks (sha256, seq, data) VALUES (:s, :n, :d)"),
                         {"s": sha, "n": seq, "d": data})
        if written != size or digest.hexdigest() != sha or source.read(1):
            raise ValueError("файл изменился, пока его сохраняли в базе: повторите")
        return StoredBlob(sha, size, None, existed=False)

    # ------------------------------------------------------------------ reading

    def open(self, sha256: str) -> IO[bytes]:
        """A binary stream of the stored file. Raises BlobNotFoundError when absent."""
        sha = check_sha256(sha256)
        with self._connect() as conn:
            head = self._head(conn, sha)
        if head is None:
            raise BlobNotFoundError(sha)
        return io.BufferedReader(_ChunkReader(self.engine, sha, head[1]), CHUNK_SIZE)

    def read_bytes(self, sha256: str) -> bytes:
        with self.open(sha256) as fh:
            return fh.read()

    def copy_to(self, sha256: str, target: Path) -> None:
        """Write the stored file to ``target`` (atomically), re-hashing while writing;
        raises ValueError when the bytes do not match their SHA-256."""
        digest = hashlib.sha256()
        with self.open(sha256) as src, atomic_writer(target) as dst:
            while chunk := src.read(CHUNK_SIZE):
                digest.update(chunk)
                dst.write(chunk)
            if digest.hexdigest() != sha256:
                raise ValueError(f"файл документа {sha256} в базе изменён")

    def local_path(self, sha256: str) -> Path:
        """A file on this workstation with the stored content (for what needs a path,
        such as binding a PDF into a package): a verified copy in :attr:`cache_dir`."""
        sha = check_sha256(sha256)
        target = self.cache_dir / sha[:2] / sha
        if target.is_file() and _hash_file(target) == sha:
            with contextlib.suppress(OSError):
                os.utime(target)  # in use again: the start-up sweep keeps it another hour
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        self.copy_to(sha, target)
        with contextlib.suppress(OSError):
            os.chmod(target, 0o444)
        return target

    def verify(self, sha256: str) -> VerifyResult:
        """Re-hash a stored file: ``"ok"``, ``"missing"`` or ``"altered"`` (a chunk
        changed, lost or added)."""
        sha = check_sha256(sha256)
        digest = hashlib.sha256()
        size = 0
        with self._connect() as conn:
            head = self._head(conn, sha)
            if head is None:
                return "missing"
            count = conn.execute(text("SELECT count(*) FROM blob_chunks WHERE sha256 = :s"),
                                 {"s": sha}).scalar_one()
            if count != head[1]:
                return "altered"
            for seq in range(head[1]):
                data = conn.execute(
                    text("SELECT data FROM blob_chunks WHERE sha256 = :s AND seq = :n"),
                    {"s": sha, "n": seq}).scalar()
                if data is None:
                    return "altered"
                digest.update(data)
                size += len(data)
        return "ok" if size == head[0] and digest.hexdigest() == sha else "altered"

    # ------------------------------------------------------------------ housekeeping

    def delete(self, sha256: str, *, session: Session | None = None) -> bool:
        """Remove a stored file; True if it was there. With ``session``: in that transaction."""
        sha = check_sha256(sha256)
        statement = text("DELETE FROM blob_contents WHERE sha256 = :s RETURNING sha256")
        if session is not None:
            return session.execute(statement, {"s": sha}).first() is not None
        with self.engine.begin() as conn:
            return conn.execute(statement, {"s": sha}).first() is not None

    def cleanup_temp(self, older_than_minutes: float = 60.0) -> int:
        """Nothing half-written survives a transaction: no temporary files to remove."""
        return 0


def _hash_stream(stream: IO[bytes]) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    while chunk := stream.read(CHUNK_SIZE):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def _hash_file(path: Path) -> str:
    with open(path, "rb") as fh:
        return _hash_stream(fh)[0]

