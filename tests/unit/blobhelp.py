"""Reaching the stored document files of a test database on either backend: the
``documents`` folder beside a file, or the rows of the server database."""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import text

from desktop_app.core.services.document_store import DocumentStore, store_for


def store_of(services: Any) -> DocumentStore:
    return store_for(services.db)


def stored_shas(services: Any) -> list[str]:
    return list(store_of(services).iter_blobs())


def alter_blob(services: Any, sha: str, *, append: bytes | None = None) -> None:
    """Change the stored bytes the way a damaged disk or a careless hand would: one
    bit in the middle flipped (or ``append`` added at the end)."""
    store = store_of(services)
    if services.db.is_server:
        with services.db.engine.begin() as conn:
            if append is not None:
                last = conn.execute(text("SELECT max(seq) FROM blob_chunks WHERE sha256 = :s"),
                                    {"s": sha}).scalar_one()
                conn.execute(text("UPDATE blob_chunks SET data = data || :extra "
                                  "WHERE sha256 = :s AND seq = :n"),
                             {"s": sha, "n": last, "extra": append})
            else:
                conn.execute(text(
                    "UPDATE blob_chunks SET data = set_byte(data, length(data) / 2, "
                    "get_byte(data, length(data) / 2) # 1) WHERE sha256 = :s AND seq = 0"),
                    {"s": sha})
        return
    path = store.path_for(sha)  # type: ignore[union-attr]
    os.chmod(path, 0o644)
    raw = bytearray(path.read_bytes())
    if append is not None:
        raw += append
    else:
        raw[len(raw) // 2] ^= 0x01
    path.write_bytes(bytes(raw))


def remove_blob(services: Any, sha: str) -> None:
    store = store_of(services)
    if services.db.is_server:
        store.delete(sha)
        return
    path = store.path_for(sha)  # type: ignore[union-attr]
    os.chmod(path, 0o644)
    path.unlink()


def age_blob(services: Any, sha: str, seconds: float) -> None:
    """Make a stored file look stored ``seconds`` ago."""
    store = store_of(services)
    if services.db.is_server:
        with services.db.engine.begin() as conn:
            conn.execute(text("UPDATE blob_contents SET stored_at = now() - make_interval("
                              "secs => :n) WHERE sha256 = :s"), {"s": sha, "n": seconds})
        return
    path = store.path_for(sha)  # type: ignore[union-attr]
    moment = path.stat().st_mtime - seconds
    os.utime(path, (moment, moment))
