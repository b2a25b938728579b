"""The command line as a consultant's script would run it: separate processes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def run(
    db: Path, *args: str, env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    env.pop("RCI_INTAKE_PASSWORD", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "центр" / "база.sqlite3"


def test_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0 and "RCI Intake" in out.stdout


def test_usage_error_exits_2(db: Path) -> None:
    out = run(db, "no-such-command")
    assert out.returncode == 2 and "ошибка" in out.stderr
    out = run(db, "demo", "--enterprises", "-5")
    assert out.returncode == 2 and "отрицательным" in out.stderr


def test_init_demo_import_export_check_backup(db: Path, tmp_path: Path) -> None:
    out = run(db, "init")
    assert out.returncode == 0, out.stderr
    assert db.exists()

    out = run(
        db,
        "demo",
        "--enterprises",
        "300",
        "--consultations",
        "3000",
        "--dossiers",
        "5",
        "--seed",
        "7",
    )
    assert out.returncode == 0, out.stderr
    assert "консультаций 3000" in out.stdout
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM enterprises").fetchone()[0] == 300
    assert con.execute("SELECT count(*) FROM consultations").fetchone()[0] == 3000
    assert con.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 5
    inns = [r[0] for r in con.execute("SELECT inn FROM enterprises")]
    con.close()
    from desktop_app.core.identifiers import check_inn

    assert all(check_inn(inn) is None for inn in inns)

    good = tmp_path / "новые.csv"
    good.write_text("ИНН;Наименование;КПП\n7707083893;ПАО «Новое»;770701001\n", encoding="cp1251")
    out = run(db, "enterprises", "import", str(good), "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["rows"] == 1

    bad = tmp_path / "плохие.csv"
    bad.write_text("inn,name\n1234567895,ООО «Ошибка»\n1234567894,\n", encoding="utf-8")
    out = run(db, "enterprises", "import", str(bad), "--json")
    assert out.returncode == 1
    report = json.loads(out.stdout)
    assert report["rows"] == 2 and report["valid"] == 0
    assert [(e["row"], e["column"]) for e in report["errors"]] == [(2, "inn"), (3, "name")]

    out = run(db, "enterprises", "import", str(bad))
    assert out.returncode == 1 and "строка 2, столбец «inn»" in out.stderr

    out = run(db, "enterprises", "import", str(tmp_path / "нет-такого.xlsx"))
    assert out.returncode == 1 and "не найден" in out.stderr

    xlsx = tmp_path / "выгрузка.xlsx"
    out = run(db, "enterprises", "export", str(xlsx))
    assert out.returncode == 0, out.stderr
    assert xlsx.exists() and "301" in out.stdout

    out = run(db, "check", "--quick")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "проблем не найдено" in out.stdout

    target = tmp_path / "копия.sqlite3"
    out = run(db, "backup", "--to", str(target))
    assert out.returncode == 0, out.stderr
    con = sqlite3.connect(target)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM consultations").fetchone()[0] == 3000
    con.close()


def test_check_finds_damage(db: Path) -> None:
    assert (
        run(
            db, "demo", "--enterprises", "20", "--consultations", "50", "--dossiers", "0"
        ).returncode
        == 0
    )
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("UPDATE consultations SET enterprise_id = 99999 WHERE id = 1")
    con.commit()
    con.close()
    out = run(db, "check", "--quick")
    assert out.returncode == 1
    assert "foreign_key_check" in out.stdout and "consultations" in out.stdout


def test_help_and_usage_errors_speak_russian(db: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "desktop_app", "--help"], capture_output=True,
                         text=True, check=False)
    assert out.returncode == 0
    assert "Использование:" in out.stdout and "параметры" in out.stdout
    assert "show this help" not in out.stdout and "usage:" not in out.stdout
    out = run(db, "enterprises")
    assert out.returncode == 2 and "не указаны обязательные аргументы" in out.stderr
    out = run(db, "backup", "--to")
    assert out.returncode == 2 and "нужно значение" in out.stderr


def test_program_starts_on_a_given_database(db: Path) -> None:
    """`python -m desktop_app --db FILE` is the GUI (waiting at the first-start dialog)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "desktop_app", "--db", str(db)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            proc.wait(timeout=6)
    finally:
        proc.kill()
        _out, err = proc.communicate()
    assert "Traceback" not in err
    assert db.exists(), "the database was created and migrated before the sign-in"
