"""Several people at once, nothing lost: separate processes (each a fresh interpreter
with its own connection, as another workstation) write to the same database — a
file, or the centre's server with the server backend."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import concurrency_workers as workers
import pytest
from test_package_service_data import PASSWORD, PROGRAM, World, build_world

from desktop_app.core.formatting import utcnow
from desktop_app.core.identifiers import make_inn10
from desktop_app.core.rules import passing_answers
from desktop_app.core.services.audit import verify_chain
from desktop_app.core.services.context import Actor
from desktop_app.core.services.facade import open_services

ROOT = Path(__file__).resolve().parents[2]
SPAWN = multiprocessing.get_context("spawn")


@pytest.fixture
def world(db_location: Any) -> Iterator[World]:
    built = build_world(db_location)
    try:
        yield built
    finally:
        built.close()


def fields(actor: Actor) -> workers.ActorFields:
    assert actor.user_id is not None
    return actor.user_id, actor.login, actor.role.value, actor.full_name


def run_all(calls: list[tuple[Any, ...]]) -> list[Any]:
    """Start every call in its own process at once; their results in order."""
    with SPAWN.Manager() as manager:
        barrier = manager.Barrier(len(calls))
        with ProcessPoolExecutor(max_workers=len(calls), mp_context=SPAWN) as pool:
            futures = [pool.submit(fn, *args, barrier) for fn, *args in calls]
            return [f.result(timeout=600) for f in futures]


def cli(db: Any, data: Path, *args: str, user: str | None = None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RCI_INTAKE_")}
    env["RCI_INTAKE_DATA_DIR"] = str(data)
    env["PYTHONIOENCODING"] = "utf-8"
    head = ["--db", str(db)]
    if user is not None:
        head += ["--user", user]
        env["RCI_INTAKE_PASSWORD"] = PASSWORD
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", *head, *args], cwd=ROOT, env=env, text=True,
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def check_passes(db: Any, data: Path) -> str:
    proc = cli(db, data, "check", "--quick")
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, out + err
    assert "Traceback" not in err
    return out


def chain_ok(world: World) -> None:
    with world.admin.db.read() as s:
        report = verify_chain(s)
    assert report.ok, report.problem


def test_eight_processes_issue_register_numbers_without_duplicates_or_gaps(
    world: World, data_dir: Path,
) -> None:
    processes, each = 8, 3
    profile = world.consultant.programs.profile(PROGRAM)
    ids = []
    for n in range(processes * each):
        c = world.consultant.consultations.create({
            "enterprise_id": world.enterprise_id, "occurred_at": utcnow(), "channel": "visit",
            "topic": f"Грант на обратный инжиниринг, обращение {n + 1}",
            "program_code": PROGRAM})
        world.consultant.consultations.save_eligibility(c.id, passing_answers(profile))
        ids.append(c.id)
    actor = fields(world.supervisor.actor)   # the supervisor may register anyone's
    results = run_all([
        (workers.issue_conclusions, str(world.db_path), str(data_dir), actor,
         ids[p * each:(p + 1) * each])
        for p in range(processes)
    ])
    failed = [r for r in results if r[0] != "ok"]
    assert not failed, failed
    numbers = [n for _status, got in results for n in got]
    assert len(numbers) == len(set(numbers)) == processes * each
    register = world.admin.packages.register_list()
    assert sorted(e.number for e in register) == sorted(numbers)
    seqs = sorted(e.seq for e in register)
    assert seqs == list(range(1, processes * each + 1))  # no number lost to a failure
    assert all(re.fullmatch(r"РИЦ-\d{4}/\d{4}", n) for n in numbers)
    chain_ok(world)
    check_passes(world.db_path, data_dir)


def test_two_processes_saving_the_same_card_one_conflict(world: World, data_dir: Path) -> None:
    a = fields(world.consultant.actor)
    b = fields(world.supervisor.actor)
    results = run_all([
        (workers.save_card, str(world.db_path), str(data_dir), a, world.enterprise_id,
         "Заметка консультанта"),
        (workers.save_card, str(world.db_path), str(data_dir), b, world.enterprise_id,
         "Заметка руководителя"),
    ])
    outcomes = sorted(r[0] for r in results)
    assert outcomes == ["conflict", "saved"], results
    saved = next(i for i, r in enumerate(results) if r[0] == "saved")
    conflict = next(r for r in results if r[0] == "conflict")
    winner = ("Сидорова М. П.", "Петров П. П.")[saved]
    assert winner in conflict[1]
    stored = world.admin.enterprises.get(world.enterprise_id)
    assert stored.notes == ("Заметка консультанта", "Заметка руководителя")[saved]
    assert stored.version == 2
    chain_ok(world)


def _csv(path: Path, first: int, count: int) -> list[str]:
    inns = [make_inn10(f"59{n:07d}") for n in range(first, first + count)]
    lines = ["ИНН;Наименование"] + [f"{inn};ООО «Импорт {inn}»" for inn in inns]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return inns


def test_concurrent_imports_of_different_files_all_land(
    world: World, data_dir: Path, tmp_path: Path,
) -> None:
    files = [tmp_path / f"{name}.csv" for name in ("a", "b", "c")]
    expected: set[str] = set()
    for i, path in enumerate(files):
        expected |= set(_csv(path, 1_000_000 * (i + 1), 500))
    procs = [cli(world.db_path, data_dir, "enterprises", "import", str(p), "--json",
                 user="cons") for p in files]
    finished = [(proc, *proc.communicate(timeout=600)) for proc in procs]  # all, then judge
    for proc, out, err in finished:
        assert proc.returncode == 0, err
        assert "Traceback" not in err
        assert json.loads(out)["rows"] == 500
    with world.admin.db.read() as s:
        from sqlalchemy import select

        from desktop_app.core.db.models import Enterprise

        stored = set(s.execute(select(Enterprise.inn)).scalars())
    assert expected <= stored
    chain_ok(world)
    check_passes(world.db_path, data_dir)


def test_check_while_someone_writes(world: World, data_dir: Path) -> None:
    inns = [make_inn10(f"77{n:07d}") for n in range(150)]
    with SPAWN.Manager() as manager:
        barrier = manager.Barrier(1)
        with ProcessPoolExecutor(max_workers=1, mp_context=SPAWN) as pool:
            writer = pool.submit(workers.add_enterprises, str(world.db_path), str(data_dir),
                                 fields(world.consultant.actor), inns, barrier)
            checks = 0
            while not writer.done() or checks == 0:
                check_passes(world.db_path, data_dir)   # every check during the writes passes
                checks += 1
            status, done = writer.result(timeout=600)
    assert status == "ok" and done == len(inns)
    reopened = open_services(world.db_path)
    try:
        found = {e.inn for e in reopened.enterprises.find(limit=1000)}
    finally:
        reopened.close()
    assert set(inns) <= found
    chain_ok(world)
    check_passes(world.db_path, data_dir)
