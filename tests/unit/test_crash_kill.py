"""Kill a writing process (SIGKILL) at random moments: nothing acknowledged is lost.

A child (forked, so it starts in milliseconds) writes consultations through the
services and attachments through the blob store, printing each id/hash to its
stdout only after the call returned. The parent kills it after a random delay
and checks: every reported id is in the database, integrity_check passes, the
event-log chain verifies, and every stored attachment matches its hash.

The same for the risky operations, each killed at random moments (seeded, so a
failure reproduces): restore, backup, enterprise import and attaching a
document. After each kill what the child reported done is there and whole,
the next start's sweep leaves no restore staging copy, and after the series
``check`` passes and ``check --repair`` leaves no temporary file. 50 kills in all.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest
from bulkfiles import enterprise_csv, inn10
from pypdf import PdfWriter

from desktop_app.core.documents.blobstore import BlobStore
from desktop_app.core.paths import blobs_dir
from desktop_app.core.services.audit import verify_chain
from desktop_app.core.services.backup import make_backup, restore_backup
from desktop_app.core.services.enterprise_files import import_enterprises
from desktop_app.core.services.facade import open_services
from desktop_app.core.services.leftovers import clean_at_start, repair
from desktop_app.core.services.maintenance import backup_now, check_database

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL"),
]

ROUNDS = 10


def _child(db_path: Path, enterprise_id: int, write_fd: int, seed: int) -> None:
    os.dup2(write_fd, 1)  # the child's stdout is the pipe (pytest's capture is bypassed)

    def report(line: str) -> None:
        os.write(1, (line + "\n").encode())  # unbuffered: written once the call returned

    try:
        sv = open_services(db_path)
        store = BlobStore(blobs_dir(db_path))
        rng = random.Random(seed)
        report("ready")  # the random clock starts now: kills land in the writing
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


def _kill_at_random(pid: int, read_fd: int, delay: float) -> list[str]:
    """Wait for the child's "ready", let it work ``delay`` seconds, SIGKILL it; the
    lines it reported."""
    with os.fdopen(read_fd, "r") as pipe:
        first = pipe.readline()  # blocks until the child is ready (or died)
        if first:
            time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        return [first.strip(), *pipe.read().splitlines()]


def test_sigkill_at_random_moments_loses_nothing_acknowledged(tmp_path: Path) -> None:
    db_path = tmp_path / "db.sqlite3"
    sv = open_services(db_path)
    ent = sv.enterprises.create({"full_name": "ООО «Стойкость»", "inn": "1234567894"}).id
    sv.consultations.create({  # warms up what the forked children inherit
        "enterprise_id": ent, "channel": "phone", "topic": "Первая", "questions": "вопрос",
        "occurred_at": dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC)})
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
        lines = _kill_at_random(pid, read_fd, rng.uniform(0.0, 0.3))
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


# --- the risky operations: restore, backup, import, attach ----------------------------------

#: Kills per operation; with :data:`ROUNDS` above, 50 kills in all.
OPERATION_ROUNDS = 10
SEED = 20261201
MARKERS = {"A": inn10(90_001), "B": inn10(90_002)}
ROWS_PER_FILE = 40


def _distinct_pdf(rng: random.Random) -> bytes:
    """A valid one-page PDF whose content (and so its hash) differs each time."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": rng.randbytes(16).hex()})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _operation_child(op: str, data: Path, write_fd: int, seed: int) -> None:
    """Repeat ``op`` until killed; report each result only after the call returned."""
    os.dup2(write_fd, 1)

    def report(line: str) -> None:
        os.write(1, (line + "\n").encode())

    try:
        db_path = data / "db.sqlite3"
        rng = random.Random(seed)
        n = 0
        sv = open_services(db_path)
        dossier_id = int((data / "dossier").read_text()) if op == "attach" else 0
        report("ready")  # the random clock starts now: kills land in the operation
        while True:
            n += 1
            if op == "backup":
                made = make_backup(sv, rotate_after=False)  # the configured folder
                report(f"backup {made.path}")
            elif op == "import":
                batch = seed * 1000 + n
                csv_path = enterprise_csv(data / f"in-{batch}.csv", ROWS_PER_FILE,
                                          start=batch * 100)
                result = import_enterprises(sv, csv_path)
                assert result.ok, result.errors[:3]
                report(f"import {batch}")
            elif op == "attach":
                pdf = data / f"Справка-{seed}-{n}.pdf"
                pdf.write_bytes(_distinct_pdf(rng))
                doc = sv.documents.attach(dossier_id, "charter", [pdf])
                report(f"attach {doc.id} {doc.files[0].sha256}")
            else:  # restore: replaces the file, so the services are opened again
                which = rng.choice("AB")
                restore_backup(sv, data / f"state-{which}.sqlite3")
                report(f"restore {which}")
                sv = open_services(db_path)
    finally:
        os._exit(0)


def _prepare(op: str, data: Path) -> None:
    db_path = data / "db.sqlite3"
    sv = open_services(db_path)
    try:
        ent = sv.enterprises.create({"full_name": "ООО «Стойкость»", "inn": MARKERS["A"]})
        # each operation once here first: what it loads, the forked children inherit
        if op == "attach":
            dossier = sv.dossiers.create(ent.id, "atd-reverse-engineering")
            (data / "dossier").write_text(str(dossier.id))
            pdf = data / "Устав.pdf"
            pdf.write_bytes(_distinct_pdf(random.Random(0)))
            sv.documents.attach(dossier.id, "charter", [pdf])
        if op == "import":
            assert import_enterprises(
                sv, enterprise_csv(data / "in-0.csv", ROWS_PER_FILE, start=0)).ok
        if op == "backup":
            make_backup(sv, rotate_after=False)
        if op == "restore":
            backup_now(sv, data / "state-A.sqlite3")
            sv.enterprises.create({"full_name": "ООО «Вторая копия»", "inn": MARKERS["B"]})
            backup_now(sv, data / "state-B.sqlite3")
    finally:
        sv.close()


def _inns(db_path: Path) -> set[str]:
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return {r[0] for r in conn.execute("SELECT inn FROM enterprises")}
    finally:
        conn.close()


def _check_acknowledged(op: str, data: Path, acks: list[list[str]]) -> None:
    """What the killed child reported done is there, whole."""
    db_path = data / "db.sqlite3"
    inns = _inns(db_path)
    if op == "backup":
        for (path,) in acks:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",), path
                assert conn.execute("SELECT count(*) FROM enterprises").fetchone() == (1,)
            finally:
                conn.close()
    elif op == "import":
        batches: dict[int, int] = {}
        for inn in inns - {MARKERS["A"]}:
            batch = (int(inn[2:9])) // 100
            batches[batch] = batches.get(batch, 0) + 1
        assert all(count == ROWS_PER_FILE for count in batches.values()), (
            f"импорт записан частично: {batches}")
        for (batch,) in acks:
            assert batches.get(int(batch)) == ROWS_PER_FILE, f"потерян импорт {batch}"
    elif op == "attach":
        store = BlobStore(blobs_dir(db_path))
        conn = sqlite3.connect(db_path)
        try:
            docs = {r[0] for r in conn.execute("SELECT id FROM dossier_documents")}
        finally:
            conn.close()
        for doc_id, sha in acks:
            assert int(doc_id) in docs, f"потерян документ № {doc_id}"
            assert store.verify(sha) == "ok", f"файл документа {sha} повреждён или потерян"
    else:
        assert inns in ({MARKERS["A"]}, set(MARKERS.values())), (
            f"база не совпадает ни с одной из копий: {sorted(inns)}")


def _leftovers(data: Path) -> list[Path]:
    return sorted(p for p in data.rglob("*") if p.name.endswith((".part", ".restore")))


@pytest.mark.parametrize("op", ["restore", "backup", "import", "attach"])
def test_sigkill_during_risky_operations_loses_nothing_acknowledged(
    op: str, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    _prepare(op, data)
    rng = random.Random(f"{SEED}-{op}")
    acknowledged = 0
    for round_no in range(OPERATION_ROUNDS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(read_fd)
            _operation_child(op, data, write_fd, round_no + 1)
        os.close(write_fd)
        lines = _kill_at_random(pid, read_fd, rng.uniform(0.0, 0.5))
        acks = [line.split()[1:] for line in lines if line.startswith(op + " ")]
        acknowledged += len(acks)
        _check_acknowledged(op, data, acks)
        clean_at_start(data / "db.sqlite3")  # what the next start does
        assert [p for p in _leftovers(data) if p.name.endswith(".restore")] == []
    assert acknowledged > 0  # the children really got work done
    sv = open_services(data / "db.sqlite3")
    try:
        repair(sv, stale_after=0)  # later: nobody is writing any more
        report = check_database(sv)
        assert report.ok, "\n".join(report.lines())
    finally:
        sv.close()
    assert _leftovers(data) == []
