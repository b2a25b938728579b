"""Erasing personal data from the command line: the act is never lost, an erased person
never comes back with a restore."""

from __future__ import annotations

import io
from pathlib import Path

import backend
from cli_helpers import Cli
from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())


def add_person(centre: Cli, inn: str, last_name: str) -> int:
    assert centre("enterprises", "add", "--inn", inn, "--full-name",
                  f"ООО «Завод {last_name}а»").returncode == 0
    person = centre.json("contacts", "add", "--enterprise", inn, "--last-name", last_name,
                         "--first-name", "Олег", "--phone", "+7 342 123-45-67")
    return int(person["id"])


def test_a_bad_act_path_is_refused_before_anything_is_erased(centre: Cli, tmp_path: Path) -> None:
    inn = "7707083893"
    person = add_person(centre, inn, "Кузнецов")
    done = centre("erase-contact", str(person), "--reason", "отзыв согласия",
                  "--act", str(tmp_path / "нет такой папки" / "акт.pdf"), user="admin")
    assert done.returncode == 1
    assert [c["last_name"] for c in centre.json("contacts", "list", "--enterprise", inn)] == [
        "Кузнецов"]
    assert "Файл акта: папки" in done.stderr and "Traceback" not in done.stderr
    assert centre.json("erasure", "list", user="admin") == []


def test_past_acts_are_listed_and_printed_again(centre: Cli, tmp_path: Path) -> None:
    inn = "500100732259"
    person = add_person(centre, inn, "Сидоров")
    # a name longer than the file system allows is refused before anything is erased
    too_long = tmp_path / ("акт" * 60 + ".pdf")
    refused = centre("erase-contact", str(person), "--reason", "отзыв согласия",
                     "--act", str(too_long), user="admin")
    assert refused.returncode == 1 and "Файл акта: имя" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert len(centre.json("contacts", "list", "--enterprise", inn)) == 1
    done = centre("erase-contact", str(person), "--reason", "отзыв согласия",
                  "--act", str(tmp_path / "первый.pdf"), user="admin")
    assert done.returncode == 0, done.stderr
    assert "сохранён в базе" in done.stdout
    assert centre.json("contacts", "list", "--enterprise", inn) == []   # erased
    listed = centre.json("erasure", "list", user="admin")
    mine = [e for e in listed if e["contact_id"] == person]
    assert len(mine) == 1 and mine[0]["has_act"] and mine[0]["kind"] == "request"
    again = tmp_path / "акт.pdf"
    printed = centre("erasure", "act", str(mine[0]["id"]), "--out", str(again), user="admin")
    assert printed.returncode == 0, printed.stderr
    text = pdf_text(again)
    assert f"АКТ № {mine[0]['act_number']}" in text and "Сидоров Олег" in text
    # a consultant may not read acts (they name the person)
    refused = centre("erasure", "act", str(mine[0]["id"]), "--out", str(again))
    assert refused.returncode == 1 and "Недостаточно прав" in refused.stderr


def test_restore_of_an_older_copy_erases_again_and_says_so(centre: Cli, tmp_path: Path) -> None:
    inn = "7736050003"
    person = add_person(centre, inn, "Петров")
    # on the centre's server: a pg_dump file, put back over the program's own database
    server = backend.SERVER
    copy = tmp_path / ("before.dump" if server else "before.sqlite3")
    assert centre("backup", "--to", str(copy), user="admin").returncode == 0
    act = tmp_path / "act.pdf"
    assert centre("erase-contact", str(person), "--reason", "отзыв согласия",
                  "--act", str(act), user="admin").returncode == 0
    restored = centre("restore", str(copy), *(["--replace"] if server else []), user="admin")
    assert restored.returncode == 0, restored.stderr
    assert f"Повторно уничтожены персональные данные контактного лица № {person}" in (
        restored.stdout)
    assert centre.json("contacts", "list", "--enterprise", inn) == []
    checked = centre("check", "--quick", user="admin")
    assert checked.returncode == 0, checked.stdout
    assert "журнал уничтожений применён" in checked.stdout
