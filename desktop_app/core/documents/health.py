"""Whether stored document files are still intact, remembered for this process.

Re-hashing every file of a dossier each time it is validated would cost a
read of every byte; :func:`blob_status` re-hashes a file only when its size or
modification time changed since it was last checked (or when a full check is
asked for), and :func:`known_status` answers from that memory without reading
the file at all.
"""

from __future__ import annotations

import threading

from .blobstore import BlobStore, VerifyResult

__all__ = ["blob_status", "known_status"]

# path of the blob → (mtime_ns, size, result of the last check)
_checked: dict[str, tuple[int, int, VerifyResult]] = {}
_lock = threading.Lock()


def blob_status(store: BlobStore, sha: str, *, full: bool) -> VerifyResult:
    """«ok», «missing» or «altered»; ``full`` re-hashes even an unchanged file."""
    path = store.path_for(sha)
    try:
        st = path.stat()
    except FileNotFoundError:
        with _lock:
            _checked.pop(str(path), None)
        return "missing"
    stamp = (st.st_mtime_ns, st.st_size)
    with _lock:
        cached = _checked.get(str(path))
    if not full and cached is not None and cached[:2] == stamp:
        return cached[2]
    result = store.verify(sha)
    with _lock:
        _checked[str(path)] = (stamp[0], stamp[1], result)
    return result


def known_status(store: BlobStore, sha: str) -> VerifyResult | None:
    """The remembered result for an unchanged file («missing» when it is gone);
    None when the file was not checked since it last changed."""
    path = store.path_for(sha)
    try:
        st = path.stat()
    except FileNotFoundError:
        return "missing"
    with _lock:
        cached = _checked.get(str(path))
    if cached is not None and cached[:2] == (st.st_mtime_ns, st.st_size):
        return cached[2]
    return None
