"""``conclusion`` and ``checklist`` as a consultant runs them: a subprocess on a temp database,
the PDF read back as the enterprise would read it."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader
from test_package_service_data import PASSWORD, add_dossier, build_world

from desktop_app.core.formatting import utcnow
from desktop_app.core.rules import passing_answers

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = "atd-reverse-engineering"


def run(db: Path, *args: str, user: str = "cons") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RCI_INTAKE_PASSWORD": PASSWORD, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--db", str(db), "--user", user, *args],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=180, check=False,
    )


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages)
                  ).replace("\xa0", " ")


def test_conclusion_from_the_command_line(db_path: Path, tmp_path: Path) -> None:
    world = build_world(db_path)
    try:
        c = world.consultant.consultations.create({
            "enterprise_id": world.enterprise_id, "occurred_at": utcnow(), "channel": "visit",
            "topic": "Грант на обратный инжиниринг", "program_code": PROGRAM,
            "next_step": "Принести устав",
        })
        unchecked = world.consultant.consultations.create({
            "enterprise_id": world.enterprise_id, "occurred_at": utcnow(), "channel": "phone",
            "topic": "Вопрос"}).id
        profile = world.consultant.programs.profile(PROGRAM)
        world.consultant.consultations.save_eligibility(
            c.id, {**passing_answers(profile), "consumer": False})
        checked_at = world.consultant.consultations.get(c.id).eligibility_checked_at
    finally:
        world.close()
    assert checked_at is not None
    day = checked_at.astimezone().strftime("%d.%m.%Y")
    out = tmp_path / "заключение.pdf"

    refused = run(db_path, "conclusion", str(unchecked), "--out", str(out))
    assert refused.returncode == 1 and not out.exists()
    assert "сначала проведите предварительную проверку" in refused.stderr

    done = run(db_path, "conclusion", str(c.id), "--out", str(out))
    assert done.returncode == 0, done.stderr
    number = re.search(r"Заключение № (\S+) от", done.stdout)
    assert number is not None and number.group(1).endswith("/0001")
    assert f"от {day}, вывод: требуется уточнение" in done.stdout
    text = text_of(out)
    assert f"от {day} № {number.group(1)}" in text
    assert f"Дата проверки {day}" in text
    assert "Есть ли у изделия потребитель" in text  # the question ...
    assert re.search(r"письмом\? Основание: .*? нет ", text)  # ... and its answer in words
    assert "Является ли комплектующее изделие импортным" in text and " да " in text
    assert "Принести устав" in text
    assert "consumer" not in text and PROGRAM not in text
    meta = PdfReader(out).metadata
    assert meta is not None and meta.creation_date is not None
    assert meta.creation_date.strftime("%d.%m.%Y") == day

    first = out.read_bytes()
    again = run(db_path, "conclusion", str(c.id), "--out", str(out))
    assert again.returncode == 0, again.stderr
    assert f"Заключение № {number.group(1)} " in again.stdout  # the same number
    assert out.read_bytes() == first

    listing = run(db_path, "register", "list", "--json")
    assert listing.returncode == 0, listing.stderr
    rows = json.loads(listing.stdout)
    assert [(r["number"], r["consultation_id"]) for r in rows] == [(number.group(1), c.id)]
    assert rows[0]["enterprise"] == "АО «ПЗГТУ»"
    plain = run(db_path, "register", "list")
    assert f"консультация № {c.id}" in plain.stdout

    draft = tmp_path / "проект.pdf"
    made = run(db_path, "conclusion", str(c.id), "--out", str(draft), "--draft")
    assert made.returncode == 0, made.stderr
    assert "Проект заключения (без номера)" in made.stdout
    assert "проект без номера" in text_of(draft)


def test_checklist_from_the_command_line(db_path: Path, tmp_path: Path) -> None:
    world = build_world(db_path)
    try:
        did = add_dossier(world, docs=("application_form", "charter"))
        when = world.consultant.dossiers.get(did).updated_at.astimezone()
    finally:
        world.close()
    out = tmp_path / "памятка.pdf"
    unknown = run(db_path, "checklist", "99999", "--out", str(out))
    assert unknown.returncode == 1 and "не найдено" in unknown.stderr and not out.exists()

    done = run(db_path, "checklist", str(did), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert f"Памятка по досье № {did}" in done.stdout
    text = text_of(out)
    assert "Перечень документов для подачи заявки" in text
    assert f"на {when:%d.%m.%Y}" in text
    # the director signs: the power of attorney is not required, and says so
    assert re.search(r"Доверенность на подписание заявки .*? не требуется", text)
    assert " нет " in text  # what is still to bring
    first = out.read_bytes()
    assert run(db_path, "checklist", str(did), "--out", str(out)).returncode == 0
    assert out.read_bytes() == first
    meta = PdfReader(out).metadata
    assert meta is not None and meta.creation_date is not None
    assert meta.creation_date.strftime("%d.%m.%Y") == f"{when:%d.%m.%Y}"
