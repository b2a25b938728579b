"""Documents on the centre's server: kept in the database in chunks, reached by every
workstation, re-hashed by ``check`` (the server run: RCI_INTAKE_TEST_BACKEND=postgresql)."""

from __future__ import annotations

import hashlib
import io
import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from blobhelp import alter_blob, store_of
from docfixtures import pdf_bytes
from sqlalchemy import text
from test_document_service import make_dossier, write

from desktop_app.core.documents import BlobNotFoundError
from desktop_app.core.documents.blobstore import BlobStore
from desktop_app.core.documents.serverstore import CHUNK_SIZE, ServerBlobStore
from desktop_app.core.errors import InputError
from desktop_app.core.services.facade import open_services
from desktop_app.core.services.maintenance import check_database

pytestmark = pytest.mark.server_only


def chunk_rows(sv: Any, sha: str) -> list[tuple[int, int]]:
    with sv.db.engine.connect() as conn:
        return [(int(r[0]), int(r[1])) for r in conn.execute(text(
            "SELECT seq, length(data) FROM blob_chunks WHERE sha256 = :s ORDER BY seq"),
            {"s": sha})]


def test_the_server_database_has_a_server_store(services: Any) -> None:
    store = store_of(services)
    assert isinstance(store, ServerBlobStore)
    assert not isinstance(store, BlobStore)


def test_a_file_is_kept_in_chunks_once_and_read_back_whole(services: Any) -> None:
    store = store_of(services)
    data = os.urandom(2 * CHUNK_SIZE + 12345)
    sha = hashlib.sha256(data).hexdigest()
    first = store.put_bytes(data)
    assert (first.sha256, first.size, first.existed) == (sha, len(data), False)
    assert chunk_rows(services, sha) == [(0, CHUNK_SIZE), (1, CHUNK_SIZE), (2, 12345)]
    again = store.put_stream(io.BytesIO(data))  # the same content: stored once
    assert again.existed and len(chunk_rows(services, sha)) == 3
    assert store.exists(sha) and store.size(sha) == len(data)
    assert store.read_bytes(sha) == data
    with store.open(sha) as fh:
        assert fh.read(10) == data[:10] and fh.read() == data[10:]
    assert store.verify(sha) == "ok"
    assert list(store.iter_blobs()) == [sha]
    assert store.delete(sha) and not store.exists(sha)
    assert chunk_rows(services, sha) == []
    assert store.verify(sha) == "missing"
    with pytest.raises(BlobNotFoundError):
        store.open(sha)


def test_an_empty_file_and_a_stream_that_cannot_seek(services: Any) -> None:
    store = store_of(services)
    empty = store.put_bytes(b"")
    assert store.verify(empty.sha256) == "ok" and store.read_bytes(empty.sha256) == b""

    class OneWay(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self.inner = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return False

        def readinto(self, b: Any) -> int:
            return self.inner.readinto(b)

    data = os.urandom(CHUNK_SIZE + 1)
    stored = store.put_stream(OneWay(data))  # type: ignore[arg-type]
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert store.read_bytes(stored.sha256) == data


def test_a_put_in_a_write_that_fails_leaves_nothing(services: Any) -> None:
    store = store_of(services)
    data = b"a scanned charter that never got its row"
    sha = hashlib.sha256(data).hexdigest()
    with pytest.raises(RuntimeError), services.db.write() as s:
        store.put_bytes(data, session=s)
        raise RuntimeError("the row could not be written")
    assert not store.exists(sha) and chunk_rows(services, sha) == []


def test_damage_is_found_whatever_it_is(services: Any) -> None:
    store = store_of(services)
    data = os.urandom(CHUNK_SIZE + 100)
    sha = store.put_bytes(data).sha256
    alter_blob(services, sha)
    assert store.verify(sha) == "altered"
    with pytest.raises(ValueError, match="изменён"):
        store.copy_to(sha, services.db_path.parent / "copy.bin")
    store.delete(sha)
    sha = store.put_bytes(data).sha256
    with services.db.engine.begin() as conn:  # a chunk lost
        conn.execute(text("DELETE FROM blob_chunks WHERE sha256 = :s AND seq = 1"), {"s": sha})
    assert store.verify(sha) == "altered"
    with services.db.engine.begin() as conn:  # one chunk too many
        conn.execute(text("INSERT INTO blob_chunks VALUES (:s, 1, :d), (:s, 2, :d)"),
                     {"s": sha, "d": data[CHUNK_SIZE:]})
    assert store.verify(sha) == "altered"


def test_memory_does_not_grow_with_the_size_of_the_file(services: Any, tmp_path: Path) -> None:
    store = store_of(services)
    big = tmp_path / "скан.bin"
    with open(big, "wb") as fh:
        for _ in range(24):
            fh.write(os.urandom(CHUNK_SIZE))
    tracemalloc.start()
    try:
        stored = store.put_file(big)
        assert store.verify(stored.sha256) == "ok"
        store.copy_to(stored.sha256, tmp_path / "обратно.bin")
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * CHUNK_SIZE, f"peak {peak / CHUNK_SIZE:.1f} MiB for a 24 MiB file"
    assert (tmp_path / "обратно.bin").read_bytes() == big.read_bytes()


def two_workstations(db_location: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                     admin_password: str) -> tuple[Any, Any]:
    """The same server database opened at two workstations (two data folders)."""
    monkeypatch.setenv("RCI_INTAKE_DATA_DIR", str(tmp_path / "первое место"))
    first = open_services(db_location)
    first.users.create_first_admin({"login": "admin", "full_name": "Администратор"},
                                   admin_password)
    first = first.as_actor(first.users.sign_in("admin", admin_password))
    monkeypatch.setenv("RCI_INTAKE_DATA_DIR", str(tmp_path / "второе место"))
    second = open_services(db_location)
    second = second.as_actor(second.users.sign_in("admin", admin_password))
    assert first.db_path.parent != second.db_path.parent
    return first, second


def test_a_document_attached_at_one_workstation_opens_at_another(
    db_location: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fast_hashing: None,
    admin_password: str,
) -> None:
    first, second = two_workstations(db_location, tmp_path, monkeypatch, admin_password)
    try:
        dossier = make_dossier(first)
        content = pdf_bytes(3)
        doc = first.documents.attach(
            dossier.id, "charter", [write(tmp_path / "Устав.pdf", content)])
        sha = doc.files[0].sha256
        assert doc.files[0].status != "missing"  # the attach sees the file it just stored
        # nothing of it on either workstation's disk: it is in the database
        assert not (first.db_path.parent / "documents").exists()
        [seen] = second.documents.list_documents(dossier.id)
        assert seen.files[0].sha256 == sha
        opened = second.documents.open_path(seen.files[0].id)
        assert opened.read_bytes() == content and opened.name == "Устав.pdf"
        assert second.documents.verify_dossier(dossier.id).ok
        assert check_database(second).ok

        alter_blob(first, sha)  # one bit of the stored chunk flips on the server
        report = check_database(second)
        assert not report.ok
        text_out = "\n".join(report.lines())
        assert "Файлы документов: контрольные суммы SHA-256" in text_out
        assert "Устав.pdf" in text_out and f"досье № {dossier.id}" in text_out
        with pytest.raises(InputError, match="изменён"):
            second.documents.open_path(seen.files[0].id)
        # the quick check only looks whether the file is there: it is
        assert check_database(second, rehash_files=False).ok
    finally:
        first.close()
        second.close()


def test_unreferenced_documents_are_collected_under_the_write_lock(services: Any) -> None:
    store = store_of(services)
    orphan = store.put_bytes(b"an attachment whose dossier row never committed")
    assert services.documents.gc_blobs(older_than_minutes=60) == 0  # young: kept
    with services.db.engine.begin() as conn:
        conn.execute(text("UPDATE blob_contents SET stored_at = now() - interval '2 hours'"))
    assert services.documents.gc_blobs(older_than_minutes=60) == 1
    assert not store.exists(orphan.sha256)


def test_a_role_without_rights_on_the_document_tables_is_refused_at_start(
    db_location: Any,
) -> None:
    import uuid
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    from desktop_app.core.db.engine import DatabaseError, open_database

    role = f"rci_clerk_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(db_location, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'clerk pass'")  # type: ignore[arg-type]
        for statement in (
            f"GRANT USAGE ON SCHEMA public TO {role}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
            f"REVOKE INSERT, DELETE ON blob_chunks FROM {role}",
        ):
            conn.execute(statement)  # type: ignore[arg-type]
    parts = urlsplit(db_location)
    url = urlunsplit(parts._replace(netloc=f"{role}:clerk%20pass@{parts.hostname}:{parts.port}"))
    try:
        with pytest.raises(DatabaseError) as refused:
            open_database(url)
        message = str(refused.value)
        assert "INSERT" in message and "DELETE" in message
        assert "blob_chunks" in message and "blob_contents" not in message
    finally:
        with psycopg.connect(db_location, autocommit=True) as conn:
            conn.execute(f"DROP OWNED BY {role}")  # type: ignore[arg-type]
            conn.execute(f"DROP ROLE {role}")  # type: ignore[arg-type]


def test_copies_made_for_printing_do_not_pile_up_on_the_workstation(services: Any) -> None:
    from desktop_app.core.services.leftovers import clean_at_start

    store = store_of(services)
    data = pdf_bytes(1)
    sha = store.put_bytes(data).sha256
    copy = store.local_path(sha)
    assert copy.read_bytes() == data and copy.is_relative_to(services.db_path.parent)
    assert clean_at_start(services.db_path) == [] and copy.exists()  # fresh: kept
    os.utime(copy, (copy.stat().st_mtime - 7200,) * 2)
    removed = clean_at_start(services.db_path)
    assert [item.path for item in removed] == [copy] and not copy.exists()
    assert "копия документа с сервера" in removed[0].describe()
    assert store.local_path(sha).read_bytes() == data  # made again when needed
