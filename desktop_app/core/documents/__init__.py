"""Document files: what a file really is, where its bytes live, how archives are read.

* :mod:`.inspect` — :func:`inspect_file` tells the real type of a file from its
  bytes and lists every reason to refuse it (:class:`FileInfo`, :class:`Problem`).
* :mod:`.blobstore` — :class:`BlobStore`, a crash-safe content-addressed store.
* :mod:`.serverstore` — :class:`~.serverstore.ServerBlobStore`, the same store
  inside the centre's PostgreSQL database (given an engine; it knows nothing
  else of the database layer).
* :mod:`.archive` — :func:`extract_zip_safely` / :func:`open_zip_safely` for
  dossier exchange ZIPs.
* :mod:`.names` — :func:`safe_display_name`, :func:`safe_filename`.

Nothing here touches Qt or the program's tables (except the server store's own two).
"""

from __future__ import annotations

from .archive import ArchiveLimits, SafeZip, extract_zip_safely, open_zip_safely
from .blobstore import BlobStore, StoredBlob, VerifyResult, check_sha256
from .errors import ArchiveError, BlobNotFoundError, DocumentError, InvalidDigestError
from .inspect import (
    ALL_KINDS,
    EXTENSION_KINDS,
    KIND_TITLES,
    MAX_NAME_LENGTH,
    ActiveContent,
    FileInfo,
    InspectLimits,
    Problem,
    Severity,
    allowed_extensions,
    extension_for_kind,
    find_active_content,
    inspect_bytes,
    inspect_file,
    inspect_stream,
    kind_for_extension,
    name_for_kind,
)
from .names import safe_display_name, safe_filename
from .zipcheck import ZipLimits, format_size

__all__ = [
    "ALL_KINDS",
    "EXTENSION_KINDS",
    "KIND_TITLES",
    "MAX_NAME_LENGTH",
    "ActiveContent",
    "ArchiveError",
    "ArchiveLimits",
    "BlobNotFoundError",
    "BlobStore",
    "DocumentError",
    "FileInfo",
    "InspectLimits",
    "InvalidDigestError",
    "Problem",
    "SafeZip",
    "Severity",
    "StoredBlob",
    "VerifyResult",
    "ZipLimits",
    "allowed_extensions",
    "check_sha256",
    "extension_for_kind",
    "extract_zip_safely",
    "find_active_content",
    "format_size",
    "inspect_bytes",
    "inspect_file",
    "inspect_stream",
    "kind_for_extension",
    "name_for_kind",
    "open_zip_safely",
    "safe_display_name",
    "safe_filename",
]
