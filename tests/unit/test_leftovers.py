"""Crash leftovers: swept when a database opens, and by ``check --repair``;
never a file a row refers to, nor one a live process is still writing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from blobhelp import age_blob, store_of
from docfixtures import pdf_bytes
from test_document_service import make_dossier, write

from desktop_app.core.services.leftovers import clean_at_start, repair
from desktop_app.core.services.maintenance import check_database

HOURS_AGO = time.time() - 3 * 3600


def old(path: Path, data: bytes = b"half") -> Path:
    """A file (or folder) last touched three hours ago."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.write_bytes(data)
    os.utime(path, (HOURS_AGO, HOURS_AGO))
    return path


def ended_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def plant(db_path: Path) -> dict[str, Path]:
    """One of each kind of leftover, and the look-alikes that must stay."""
    folder = db_path.parent
    sessions = folder / (db_path.name + ".sessions")
    sessions.mkdir(exist_ok=True)
    (sessions / "999-dead.lock").write_bytes(b"")
    (sessions / "999-dead.json").write_text(json.dumps({"program": "окно", "pid": 999}))
    import_dir = Path(tempfile.mkdtemp(prefix="rci-import-"))
    (import_dir / "dossier.json").write_text("{}")
    os.utime(import_dir, (HOURS_AGO, HOURS_AGO))
    fresh_import = Path(tempfile.mkdtemp(prefix="rci-import-"))
    backups = folder / "backups"
    backups.mkdir(exist_ok=True)
    return {
        "restore": write(folder / (db_path.name + ".restore"), b"SQLite format 3\x00"),
        "copy of ended process": write(backups / f"x.sqlite3.{ended_pid()}-0123abcd.part", b"1"),
        "old atomic part": old(folder / f".{db_path.stem}-k2j3h4.part"),
        "old blob part": old(folder / "documents" / "tmp" / "put-abc123.part"),
        "stale note": sessions / "999-dead.json",
        "stale lock": sessions / "999-dead.lock",
        "import dir": import_dir,
        # what stays:
        "copy of live process": write(folder / f"y.sqlite3.{os.getpid()}-0123abcd.part", b"x"),
        "fresh atomic part": write(folder / f".{db_path.stem}-fresh1.part", b"x"),
        "fresh import dir": fresh_import,
    }


KEPT = ("copy of live process", "fresh atomic part", "fresh import dir")


@pytest.mark.sqlite_only  # the session notes and copies beside a database file
def test_leftovers_are_removed_at_start_and_live_files_stay(
    services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a temporary folder of its own: another program's sweep of the shared one
    # must not take this test's planted import folder first
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    planted = plant(services.db_path)
    try:
        removed = {item.path for item in clean_at_start(services.db_path)}
        for name, path in planted.items():
            if name in KEPT:
                assert path.exists(), f"удалён файл, который ещё пишется: {name}"
            else:
                assert not path.exists(), f"не удалён остаток: {name}"
                assert path in removed, name
        assert services.db.presence is not None
        if not services.db.is_server:  # on a server the session is a row, not a note
            assert services.db.presence.note_path.exists()  # this session's own note stays
        assert [n.own for n in services.db.sessions()] == [True]
    finally:
        for name in KEPT:
            planted[name].unlink() if planted[name].is_file() else os.rmdir(planted[name])


@pytest.mark.sqlite_only
def test_a_command_opening_the_database_sweeps_leftovers(services: Any) -> None:
    staging = write(services.db_path.with_name(services.db_path.name + ".restore"), b"x")
    part = old(services.db_path.parent / "backups" / ".c-abc.part")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    res = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(services.db_path),
         "enterprises", "list"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert res.returncode == 0, res.stderr
    assert not staging.exists() and not part.exists()


def test_repair_removes_unreferenced_document_files_only(services: Any, tmp_path: Path) -> None:
    sv = services
    dossier = make_dossier(sv)
    doc = sv.documents.attach(dossier.id, "charter", [write(tmp_path / "u.pdf", pdf_bytes(1))])
    store = store_of(sv)
    age_blob(sv, doc.files[0].sha256, 7200)  # an old file a row refers to
    orphan = store.put_bytes(b"a document whose row was never committed")
    age_blob(sv, orphan.sha256, 7200)
    young = store.put_bytes(b"a document another window is saving right now")

    removed = repair(sv)

    assert [item.path.name for item in removed] == [orphan.sha256]
    assert "ни одна запись" in removed[0].describe()
    assert not store.exists(orphan.sha256)
    assert store.verify(doc.files[0].sha256) == "ok"
    assert store.exists(young.sha256)
    assert check_database(sv).ok


def test_an_import_folder_in_use_stays_whatever_its_age(
    services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.core.locks import in_use

    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    working = Path(tempfile.mkdtemp(prefix="rci-import-"))
    with in_use(working):
        os.utime(working, (HOURS_AGO, HOURS_AGO))
        clean_at_start(services.db_path, stale_after=0)
        assert working.is_dir()  # an import still unpacking into it
    clean_at_start(services.db_path, stale_after=0)
    assert not working.exists()
