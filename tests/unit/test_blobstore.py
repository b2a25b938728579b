"""Content-addressed blob store: dedup, verification, crash safety, digest validation."""

from __future__ import annotations

import hashlib
import os
import random
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop_app.core.documents import (
    BlobNotFoundError,
    BlobStore,
    InvalidDigestError,
)

REPO_ROOT = Path(__file__).resolve().parents[2]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _all_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_put_file_stores_sharded_copy(tmp_path: Path) -> None:
    src = tmp_path / "Устав предприятия (редакция 2024).pdf"
    data = b"%PDF-1.7 content " * 1000
    src.write_bytes(data)
    store = BlobStore(tmp_path / "store")
    blob = store.put_file(src)
    sha = _sha(data)
    assert (blob.sha256, blob.size, blob.existed) == (sha, len(data), False)
    assert blob.path == tmp_path / "store" / sha[:2] / sha[2:4] / sha
    assert blob.path.read_bytes() == data
    assert store.path_for(sha) == blob.path and store.exists(sha)
    with store.open(sha) as fh:
        assert fh.read() == data
    assert src.read_bytes() == data  # the source is left alone


def test_same_content_twice_is_stored_once(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    a, b = tmp_path / "a.pdf", tmp_path / "копия a.pdf"
    a.write_bytes(b"one content")
    b.write_bytes(b"one content")
    first = store.put_file(a)
    second = store.put_file(b)
    third = store.put_bytes(b"one content")
    assert not first.existed and second.existed and third.existed
    assert first.path == second.path == third.path
    assert list(store.iter_blobs()) == [first.sha256]
    assert [p for p in _all_files(tmp_path / "store")] == [first.path]  # no temp left


def test_stored_blob_is_read_only(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    blob = store.put_bytes(b"data")
    if sys.platform != "win32":
        assert not blob.path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def _tamper(path: Path, data: bytes) -> None:
    os.chmod(path, 0o644)
    path.write_bytes(data)


def test_verify_ok_altered_missing(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    blob = store.put_bytes(b"the enterprise's signed application")
    assert store.verify(blob.sha256) == "ok"
    _tamper(blob.path, b"the enterprise's signed applicatioN")
    assert store.verify(blob.sha256) == "altered"
    blob.path.unlink()
    assert store.verify(blob.sha256) == "missing"
    with pytest.raises(BlobNotFoundError, match="SHA-256"):
        store.open(blob.sha256)


def test_put_repairs_a_blob_altered_to_another_size(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    blob = store.put_bytes(b"original")
    _tamper(blob.path, b"short")
    again = store.put_bytes(b"original")
    assert not again.existed
    assert store.verify(blob.sha256) == "ok"


@pytest.mark.parametrize("bad", [
    "../../etc/passwd",
    "A" * 64,
    "a" * 63,
    "a" * 65,
    "g" * 64,
    "a" * 62 + "/x",
    "",
])
def test_invalid_digest_refused_everywhere(tmp_path: Path, bad: str) -> None:
    store = BlobStore(tmp_path / "store")
    for call in (store.path_for, store.exists, store.open, store.verify, store.delete):
        with pytest.raises(InvalidDigestError, match=r"64 символа"):
            call(bad)
    assert isinstance(InvalidDigestError("x"), ValueError)


def test_delete_and_iter(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    a = store.put_bytes(b"a")
    b = store.put_bytes(b"b")
    (tmp_path / "store" / a.sha256[:2] / a.sha256[2:4] / "readme.txt").write_text("x")
    assert sorted(store.iter_blobs()) == sorted([a.sha256, b.sha256])
    assert store.delete(a.sha256) is True
    assert store.delete(a.sha256) is False
    assert list(store.iter_blobs()) == [b.sha256]
    assert store.verify(a.sha256) == "missing"


def test_cleanup_temp_removes_only_old_leftovers(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    store.put_bytes(b"x")
    tmp = tmp_path / "store" / "tmp"
    old = tmp / "put-old.part"
    fresh = tmp / "put-fresh.part"
    other = tmp / "keep.txt"
    for p in (old, fresh, other):
        p.write_bytes(b"partial")
    past = time.time() - 3 * 3600
    os.utime(old, (past, past))
    assert store.cleanup_temp(older_than_minutes=60) == 1
    assert not old.exists() and fresh.exists() and other.exists()
    assert store.cleanup_temp(older_than_minutes=0) == 1


def test_put_of_unreadable_source_leaves_nothing(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "store")
    with pytest.raises(FileNotFoundError):
        store.put_file(tmp_path / "нет.pdf")
    assert _all_files(tmp_path / "store") == []


_CHILD = textwrap.dedent(
    """
    import hashlib, sys, time
    from pathlib import Path
    from desktop_app.core.documents import BlobStore

    class SlowSource:
        def __init__(self, seed: int, size: int) -> None:
            self.seed, self.left, self.n = seed, size, 0
        def read(self, _size: int = -1) -> bytes:
            if self.left <= 0:
                return b""
            time.sleep(0.002)
            self.n += 1
            block = hashlib.sha256(f"{self.seed}-{self.n}".encode()).digest() * 2048
            block = block[: min(len(block), self.left)]
            self.left -= len(block)
            return block

    store = BlobStore(Path(sys.argv[1]))
    seed = int(sys.argv[2]) * 1000
    print("ready", flush=True)
    while True:
        seed += 1
        store.put_stream(SlowSource(seed, 3 * 1024 * 1024))
        print("stored", flush=True)
    """
)


@pytest.mark.slow
def test_process_killed_during_put_leaves_store_clean(tmp_path: Path) -> None:
    root = tmp_path / "store"
    rng = random.Random(20240517)
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    leftovers = 0
    for run in range(8):
        proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(root), str(run)],
            stdout=subprocess.PIPE,
            env=env,
            cwd=REPO_ROOT,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.02, 0.6))
        proc.kill()
        proc.wait(timeout=30)
        proc.stdout.close()
        leftovers += len(list((root / "tmp").glob("put-*.part")))
        # every file under a final name is complete and right
        store = BlobStore(root)
        for sha in store.iter_blobs():
            assert store.verify(sha) == "ok"
        # nothing else lies outside tmp/
        for path in _all_files(root):
            rel = path.relative_to(root)
            if rel.parts[0] == "tmp":
                assert path.name.startswith("put-") and path.name.endswith(".part")
            else:
                assert path.name in set(store.iter_blobs())
    assert leftovers >= 1  # at least one kill landed in the middle of a write
    store = BlobStore(root)
    assert store.cleanup_temp(older_than_minutes=0) >= 1
    assert list((root / "tmp").iterdir()) == []
    blob = store.put_bytes(b"after the crash")
    assert store.verify(blob.sha256) == "ok"
