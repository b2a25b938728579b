"""Kill a writing process (SIGKILL) at random moments: nothing acknowledged is lost.

A child (forked, so it starts in milliseconds) writes consultations through the
services and attachments through the blob store, printing each id/hash to its
stdout only after the call returned. The parent kills it after a random delay
and checks: every reported id is in the database, integrity_check passes, the
event-log chain verifies, and every stored attachment matches its hash.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from desktop_app.core.documents.blobstore import BlobStore
from desktop_app.core.paths import blobs_dir
from desktop_app.core.services.audit import verify_chain
from desktop_app.core.services.facade import open_services

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL"),
]

ROUNDS = 50


def _child(db_path: Path, enterprise_id: int, write_fd: int, seed: int) -> None:
    os.dup2(write_fd, 1)  # the child's stdout is the pipe (pytest's capture is bypassed)

    def report(line: str) -> None:
        os.write(1, (line + "\n").encode())  # unbuffered: written once the call returned

    try:
        sv = open_services(db_path)
        store = BlobStore(blobs_dir(db_path))
        rng = random.Random(seed)
        n = 0
        while True:
            n += 1
            c = sv.consultations.create({
                "enterprise_id": enterprise_id, "channel": "phone",
                "occurred_at": dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC),
                "topic": f"Консультация {seed}-{n}", "questions": "вопрос " * rng.randint(1, 200),
            })
            report(f"c {c.id}")
            if n % 3 == 0:
                blob = store.put_bytes(rng.randbytes(rng.randint(1, 300_000)))
                report(f"b {blob.sha256}")
    finally:
        os._exit(0)


def test_sigkill_at_random_moments_loses_nothing_acknowledged(tmp_path: Path) -> None:
    db_path = tmp_path / "db.sqlite3"
    sv = open_services(db_path)
    ent = sv.enterprises.create({"full_name": "ООО «Стойкость»", "inn": "1234567894"}).id
    sv.close()
    rng = random.Random(20260127)
    reported: set[int] = set()
    blobs: set[str] = set()
    for round_no in range(ROUNDS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(read_fd)
            _child(db_path, ent, write_fd, round_no)
        os.close(write_fd)
        time.sleep(rng.uniform(0.05, 0.35))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(read_fd, "r") as pipe:
            lines = pipe.read().splitlines()
        for line in lines:
            kind, _, value = line.partition(" ")
            if kind == "c" and value.isdigit():
                reported.add(int(value))
            elif kind == "b" and len(value) == 64:
                blobs.add(value)
        conn = sqlite3.connect(db_path)
        try:
            present = {r[0] for r in conn.execute("SELECT id FROM consultations")}
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            conn.close()
        missing = reported - present
        assert not missing, f"после принудительного завершения № {round_no} потеряны {missing}"
    assert len(reported) > ROUNDS  # the children really wrote
    sv = open_services(db_path)
    try:
        with sv.db.read() as s:
            chain = verify_chain(s)
        assert chain.ok, chain.problem
        assert chain.entries >= len(reported) + 1
    finally:
        sv.close()
    store = BlobStore(blobs_dir(db_path))
    on_disk = set(store.iter_blobs())
    assert blobs <= on_disk
    assert all(store.verify(sha) == "ok" for sha in on_disk)
