"""Which document store a database has: files beside a local database, or rows in
the server database (see :mod:`desktop_app.core.documents.serverstore` for why).

Every service reaches the documents through :func:`store_for`, never by
building a store from a path, so a dossier attached at one workstation of a
centre opens at every other one.
"""

from __future__ import annotations

from typing import TypeAlias

from desktop_app.core.db.engine import Database
from desktop_app.core.documents.blobstore import BlobStore
from desktop_app.core.documents.serverstore import ServerBlobStore
from desktop_app.core.paths import blobs_dir

DocumentStore: TypeAlias = BlobStore | ServerBlobStore

#: This workstation's folder (beside the server's local name) for copies of server
#: documents that something needs as a file, e.g. PDFs bound into a package; the
#: start-up sweep removes copies older than an hour (see ``leftovers``).
DOCUMENTS_CACHE = "documents-cache"

__all__ = ["DOCUMENTS_CACHE", "DocumentStore", "store_for"]


def store_for(db: Database) -> DocumentStore:
    """The store of ``db``'s document files: the ``documents`` folder beside a local
    database file, or the ``blob_contents``/``blob_chunks`` tables of a server
    database (with a local folder for copies that need a path)."""
    if db.is_server:
        return ServerBlobStore(db.engine, cache_dir=db.path.parent / DOCUMENTS_CACHE)
    return BlobStore(blobs_dir(db.path))
