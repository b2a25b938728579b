"""Whether stored document files are still intact, remembered for this process.

Re-hashing every file of a dossier each time it is validated would cost a
read of every byte; :func:`blob_status` re-hashes a file only when its size or
modification time changed since it was last checked (or when a full check is
asked for), and :func:`known_status` answers from that memory without reading
the file at all.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from .blobstore import BlobStore, VerifyResult

if TYPE_CHECKING:
    from .serverstore import ServerBlobStore

__all__ = ["blob_status", "known_status"]

# where the blob is → (its stamp: modification time and size, or for the server the
# row versions, see ServerBlobStore.stamp; result of the last check)
_checked: dict[str, tuple[Any, VerifyResult]] = {}
_lock = threading.Lock()


def blob_status(store: BlobStore | ServerBlobStore, sha: str, *, full: bool) -> VerifyResult:
    """«ok», «missing» or «altered»; ``full`` re-hashes even an unchanged file."""
    key = store.cache_key(sha)
    stamp = store.stamp(sha)
    if stamp is None:
        with _lock:
            _checked.pop(key, None)
        return "missing"
    with _lock:
        cached = _checked.get(key)
    if not full and cached is not None and cached[0] == stamp:
        return cached[1]
    result = store.verify(sha)
    with _lock:
        _checked[key] = (stamp, result)
    return result


def known_status(store: BlobStore | ServerBlobStore, sha: str) -> VerifyResult | None:
    """The remembered result for an unchanged file («missing» when it is gone);
    None when the file was not checked since it last changed."""
    stamp = store.stamp(sha)
    if stamp is None:
        return "missing"
    with _lock:
        cached = _checked.get(store.cache_key(sha))
    if cached is not None and cached[0] == stamp:
        return cached[1]
    return None
