"""``merge SOURCE --into TARGET`` as the administrator runs it: two workstations into
one new centre database (the server on the server backend, a file on SQLite)."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import backend
import pytest
from cli_helpers import PASSWORDS, ROOT, Cli
from merge_data import LETTER_NUMBER, SHARED_INNS, count, fill_workstation, inns, uuids

from desktop_app.core.db.models import (
    AuditEntry,
    Consultation,
    DocumentFile,
    Dossier,
    Enterprise,
    OutgoingLetter,
)
from desktop_app.core.services.facade import open_services

pytestmark = pytest.mark.usefixtures("fast_hashing")


def _workstation(folder: Path, seed: int, tag: str, *, enterprises: int = 12,
                 consultations: int = 30, dossiers: int = 2) -> tuple[Path, Any]:
    """A workstation's database: its administrator, ``demo`` data of its own seed and
    the ten enterprises both workstations know (built in this process: only what the
    administrator runs to merge is run as a command)."""
    from desktop_app.core.services.demo import DemoSpec, generate

    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "desk.sqlite3"
    sv = open_services(db)
    try:
        sv.users.create_first_admin({"login": "admin", "full_name": "Администратор"},
                                    PASSWORDS["admin"])
        generate(sv, DemoSpec(enterprises=enterprises, consultations=consultations,
                              dossiers=dossiers, seed=seed))
        desk = fill_workstation(sv, tag) if tag else None
    finally:
        sv.close()
    return db, desk


@pytest.fixture
def target(db_location: Any, data_dir: Path) -> Any:
    """The centre's new database: an empty server database, or a new file."""
    return db_location if backend.SERVER else data_dir / "centre" / "centre.sqlite3"


def _merge(cli: Cli, source: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return cli("merge", str(source), "--into", str(cli.db), *extra, user="admin")


def _report(done: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def test_two_workstations_merge_into_one_centre(target: Any, tmp_path: Path,
                                                data_dir: Path) -> None:
    a, desk_a = _workstation(tmp_path / "a", seed=1, tag="a")
    b, desk_b = _workstation(tmp_path / "b", seed=2, tag="b")
    centre = Cli(target, data=data_dir)

    plan = _report(_merge(centre, a, "--dry-run", "--json"))
    assert plan["dry_run"] and not plan["written"] and plan["added"] > 0
    first = _report(_merge(centre, a, "--json"))
    assert first["written"] and first["conflicts_total"] == 0
    second = _report(_merge(centre, b, "--json"))
    assert second["written"]

    # the duplicate register number: both letters kept, reported with a correction
    dups = second["register_duplicates"]
    assert [d["number"] for d in dups] == [LETTER_NUMBER]
    assert "Направление (a)" in dups[0]["target_letter"]
    assert "Направление (b)" in dups[0]["source_letter"]
    assert "РИЦ-2026/0002" in dups[0]["suggestion"]
    # two different directors of one company: a conflict, the centre keeps the first
    directors = [c for c in second["conflicts"] if c["field"] == "director_name"
                 and any(f"ИНН {inn}" in c["record"] for inn in SHARED_INNS)]
    assert len(directors) == len(SHARED_INNS)
    assert {(c["target_value"], c["source_value"]) for c in directors} == {
        ("Иванов Иван Иванович", "Петров Пётр Петрович")}

    sources = [open_services(a), open_services(b)]
    merged = open_services(target)
    try:
        expected_inns = inns(sources[0]) | inns(sources[1])
        assert count(merged, Enterprise) == len(expected_inns)
        assert inns(merged) == expected_inns
        for model in (Consultation, Dossier):
            got = uuids(merged, model)
            assert len(got) == len(set(got))
            assert set(got) == set(uuids(sources[0], model)) | set(uuids(sources[1], model))
        assert set(desk_a.consultations) | set(desk_b.consultations) <= set(
            uuids(merged, Consultation))
        with merged.db.read() as s:
            from sqlalchemy import func, select

            # every consultation of both desks points to the one card of its company
            for inn in SHARED_INNS:
                ent = s.execute(select(Enterprise).where(Enterprise.inn == inn)).scalar_one()
                n = s.execute(select(func.count()).select_from(Consultation).where(
                    Consultation.enterprise_id == ent.id)).scalar_one()
                assert n >= 4
                # a field typed on one desk only is on the merged card
                assert ent.website == f"https://plant{SHARED_INNS.index(inn)}.example"
            letters = s.execute(select(OutgoingLetter.number, OutgoingLetter.subject)
                                .order_by(OutgoingLetter.id)).all()
        assert [n for n, _ in letters] == [LETTER_NUMBER, LETTER_NUMBER]
        # every document file row of both desks (the demo's and the hand-attached ones)
        files = count(sources[0], DocumentFile) + count(sources[1], DocumentFile)
        assert desk_a.files and desk_b.files
        assert count(merged, DocumentFile) == files
        report = merged.documents.verify_stored(rehash=True)
        assert report.ok and report.checked >= 2
        entries_before = _merge_entries(merged)
    finally:
        merged.close()
        for sv in sources:
            sv.close()

    checked = centre("check", user=None)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "перенесённые из других баз" in checked.stdout

    # the same two merges again: nothing new, nothing written
    again = _report(_merge(centre, a, "--json"))
    assert again["added"] == 0 and again["updated"] == 0 and again["audit_carried"] == 0
    assert not again["written"] and not again["register_duplicates"]
    text = _merge(centre, b)
    assert text.returncode == 0, text.stderr
    assert "нового нет, ничего не записано" in text.stdout
    assert "добавлено 0, обновлено 0" in text.stdout
    merged = open_services(target)
    try:
        # (signing in is logged as always; no merge and no carried entry is added)
        assert _merge_entries(merged) == entries_before
    finally:
        merged.close()


def _merge_entries(sv: Any) -> int:
    from sqlalchemy import func, select

    with sv.db.read() as s:
        return int(s.execute(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action.in_(("merge", "carried")))).scalar_one())


def _counts(target: Any) -> dict[str, int]:
    sv = open_services(target)
    try:
        counts = {m.__tablename__: count(sv, m) for m in (
            Enterprise, Consultation, Dossier, DocumentFile, OutgoingLetter)}
        return {**counts, "merge entries": _merge_entries(sv)}
    finally:
        sv.close()


def test_a_merge_killed_at_a_random_moment_leaves_the_target_as_it_was(
        target: Any, tmp_path: Path, data_dir: Path) -> None:
    a, _ = _workstation(tmp_path / "a", seed=3, tag="a")
    b, _ = _workstation(tmp_path / "b", seed=9, tag="", enterprises=300,
                        consultations=4000, dossiers=20)
    centre = Cli(target, data=data_dir)
    _report(_merge(centre, a, "--json"))
    before = _counts(target)

    env = {k: v for k, v in os.environ.items() if not k.startswith("RCI_INTAKE_")}
    env.update(RCI_INTAKE_DATA_DIR=str(centre.folder), RCI_INTAKE_PASSWORD=PASSWORDS["admin"])
    run = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--user", "admin", "merge", str(b), "--into",
         str(target)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, encoding="utf-8")
    # once the merge is writing (its progress names the table it is at), kill it at
    # a random moment: in the middle of some table, or of the event log
    assert run.stderr is not None
    stage = random.choice(("предприятия", "консультации", "строки сметы", "журнал событий"))
    for line in run.stderr:
        if stage in line:
            break
    time.sleep(random.uniform(0.0, 0.3))
    if run.poll() is None:
        os.kill(run.pid, signal.SIGKILL)
    run.wait(timeout=60)
    run.stderr.close()
    if _counts(target) != before:
        # the kill came after the commit: then the merge must have landed whole
        again = _report(_merge(centre, b, "--json"))
        assert again["added"] == 0 and again["audit_carried"] == 0, stage
    else:
        assert run.returncode != 0
    checked = centre("check", user=None)
    assert checked.returncode == 0, checked.stdout + checked.stderr


# --- sources that must be refused ----------------------------------------------------------

def test_bad_sources_are_refused_and_nothing_is_written(target: Any, tmp_path: Path,
                                                        data_dir: Path) -> None:
    a, _ = _workstation(tmp_path / "a", seed=4, tag="a")
    centre = Cli(target, data=data_dir)
    _report(_merge(centre, a, "--json"))
    before = _counts(target)

    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(a.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    refused = _merge(centre, newer)
    assert refused.returncode == 1
    assert "более новой версией программы" in refused.stderr

    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    refused = _merge(centre, foreign)
    assert refused.returncode == 1 and "не база программы" in refused.stderr
    text_file = tmp_path / "letter.txt"
    text_file.write_text("не база", encoding="utf-8")
    refused = _merge(centre, text_file)
    assert refused.returncode == 1 and "не является базой данных программы" in refused.stderr

    same = centre("merge", str(target), "--into", str(target), user="admin")
    assert same.returncode == 1 and "одна и та же база" in same.stderr

    broken = tmp_path / "broken" / "desk.sqlite3"
    broken.parent.mkdir()
    broken.write_bytes(a.read_bytes())
    with sqlite3.connect(broken) as conn:
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.execute("UPDATE audit_log SET reason = 'переписано' WHERE id = 2")
        conn.execute("UPDATE enterprises SET notes = 'из повреждённой копии' WHERE id = 1")
        conn.execute("UPDATE enterprises SET updated_at = '2099-01-01 00:00:00.000000' "
                     "WHERE id = 1")
    refused = _merge(centre, broken)
    assert refused.returncode == 1
    assert "повреждён" in refused.stderr and "--accept-broken-audit" in refused.stderr
    assert _counts(target) == before

    accepted = _report(_merge(centre, broken, "--accept-broken-audit", "--json"))
    assert accepted["written"] and "запись № 2" in accepted["broken_audit"]
    merged = open_services(target)
    try:
        with merged.db.read() as s:
            from sqlalchemy import select

            entry = s.execute(select(AuditEntry).where(AuditEntry.action == "merge")
                              .order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
            assert entry.new_values is not None
            assert "запись № 2" in entry.new_values["accepted_broken_audit"]
            assert entry.reason and "повреждённым журналом" in entry.reason
    finally:
        merged.close()
    checked = centre("check", user=None)
    assert checked.returncode == 0, checked.stdout + checked.stderr


# --- a laptop ------------------------------------------------------------------------------

@pytest.mark.server_only
def test_a_laptop_round_trip_through_the_server(db_location: Any, tmp_path: Path) -> None:
    server = Cli(db_location, data=tmp_path / "server")
    assert server("init", "--admin", "admin", user=None,
                  password=PASSWORDS["admin"]).returncode == 0
    assert server("users", "add", "cons", "--full-name", "Иванов Иван", user="admin",
                  new_password=PASSWORDS["cons"]).returncode == 0
    assert server("enterprises", "add", "--inn", "5902292008", "--full-name",
                  "Акционерное общество «Прикамский завод»", "--phone", "+7 342 200-00-01",
                  user="cons").returncode == 0
    laptop = Cli(tmp_path / "laptop" / "laptop.sqlite3", data=tmp_path / "server")

    copy = laptop("sync", str(server.db), "--json", user="cons")
    assert copy.returncode == 0, copy.stderr
    assert json.loads(copy.stdout)["pushed"] is None

    # offline: a consultation, and the phone that the server also changes meanwhile
    added = laptop("consultations", "add", "--enterprise", "5902292008", "--channel", "visit",
                   "--topic", "Выезд на предприятие без связи", user="cons")
    assert added.returncode == 0, added.stderr
    assert laptop("enterprises", "update", "5902292008", "--phone", "+7 342 200-00-02",
                  user="cons").returncode == 0
    assert server("enterprises", "update", "5902292008", "--phone", "+7 342 200-00-03",
                  user="cons").returncode == 0

    back = laptop("sync", str(server.db), "--json", user="cons")
    assert back.returncode == 0, back.stderr
    result = json.loads(back.stdout)
    pushed = result["pushed"]
    assert pushed["tables"]["consultations"]["added"] == 1
    phone = [c for c in pushed["conflicts"] if c["field"] == "phone"]
    assert len(phone) == 1 and phone[0]["source_value"].endswith("2000002")
    assert phone[0]["target_value"].endswith("2000003")

    centre = open_services(db_location)
    try:
        with centre.db.read() as s:
            from sqlalchemy import select

            topics = list(s.execute(select(Consultation.topic)).scalars())
    finally:
        centre.close()
    assert topics == ["Выезд на предприятие без связи"]
    card = json.loads(laptop("enterprises", "show", "5902292008", "--json", user="cons").stdout)
    assert card["phone"].endswith("2000003")     # the laptop has the server's current data
    text = laptop("sync", str(server.db), user="cons")
    assert text.returncode == 0 and "Данные сервера → этот компьютер" in text.stdout
