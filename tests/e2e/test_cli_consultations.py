"""Consultations, next steps, the pre-screening and opening a dossier from the command line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cli_helpers import Cli

INN = "7707083893"
OTHER_INN = "1234567894"
PROGRAM = "atd-reverse-engineering"


@pytest.fixture(scope="module")
def world(centre: Cli) -> Cli:
    for inn, name in ((INN, "ПАО «Пример»"), (OTHER_INN, "ООО «Тестовый завод»")):
        done = centre("enterprises", "add", "--inn", inn, "--full-name", name)
        assert done.returncode == 0, done.stderr
    return centre


def _add(cli: Cli, *args: str) -> dict:
    return cli.json("consultations", "add", "--enterprise", INN, "--channel", "phone", *args)


def test_consultations_and_followups(world: Cli) -> None:
    today = dt.date.today()
    unknown = world("consultations", "add", "--enterprise", "9999999999", "--channel", "phone",
                    "--topic", "Грант")
    assert unknown.returncode == 1 and "не найдено" in unknown.stderr
    early = world("consultations", "add", "--enterprise", INN, "--channel", "phone",
                  "--topic", "Грант", "--date", "10.01.2025", "--next-step", "Позвонить",
                  "--due", "09.01.2025")
    assert early.returncode == 1 and "раньше даты консультации" in early.stderr
    no_step = world("consultations", "add", "--enterprise", INN, "--channel", "email",
                    "--topic", "Грант", "--due", "09.01.2025")
    assert no_step.returncode == 1 and "не сказано, что нужно сделать" in no_step.stderr
    bad_date = world("consultations", "add", "--enterprise", INN, "--channel", "phone",
                     "--topic", "Грант", "--date", "2025/01/10")
    assert bad_date.returncode == 2 and "ожидается дата ДД.ММ.ГГГГ" in bad_date.stderr
    assert world.json("consultations", "list") == []

    overdue = _add(world, "--topic", "Грант на обратный инжиниринг", "--date", "2025-01-10",
                   "--time", "10:30", "--program", PROGRAM, "--questions", "Какие документы?",
                   "--advice", "Собрать устав и справку ЕНС", "--next-step", "Прислать устав",
                   "--due", "20.01.2025", "--duration", "25")
    assert overdue["topic"] == "Грант на обратный инжиниринг"
    assert overdue["next_step_due"] == "2025-01-20" and overdue["duration_min"] == 25
    assert overdue["enterprise_inn"] == INN and overdue["program_code"] == PROGRAM
    due = (today + dt.timedelta(days=30)).strftime("%d.%m.%Y")
    text = world("consultations", "add", "--enterprise", OTHER_INN, "--channel", "visit",
                 "--topic", "Знакомство", "--next-step", "Отправить перечень документов",
                 "--due", due)
    assert text.returncode == 0, text.stderr
    assert "Консультация №" in text.stdout and f"Срок следующего шага: {due}" in text.stdout
    assert "ООО «Тестовый завод» (ИНН 1234567894)" in text.stdout

    listed = world.json("consultations", "list")
    assert [c["topic"] for c in listed] == ["Знакомство", "Грант на обратный инжиниринг"]
    assert [c["id"] for c in world.json("consultations", "list", "--enterprise", INN)] == [
        overdue["id"]]
    assert [c["id"] for c in world.json("consultations", "list", "--filter", "устав")] == [
        overdue["id"]]

    steps = world.json("followups", "list")
    assert {s["next_step"]: s["overdue"] for s in steps} == {
        "Прислать устав": True, "Отправить перечень документов": False}
    only = world.json("followups", "list", "--overdue")
    assert [s["id"] for s in only] == [overdue["id"]]
    plain = world("followups", "list", "--overdue")
    assert "20.01.2025 (просрочено)\tПрислать устав" in plain.stdout


def test_eligibility_then_dossier(world: Cli, tmp_path: Path) -> None:
    cons = _add(world, "--topic", "Предварительная проверка", "--program", PROGRAM)
    blocked = _add(world, "--topic", "Проверка с долгом", "--program", PROGRAM)

    missing = world("eligibility", str(cons["id"]), "--answers", str(tmp_path / "нет.json"))
    assert missing.returncode == 1 and "нет.json» не найден" in missing.stderr
    broken = tmp_path / "ответы.json"
    broken.write_text('{"tax_debt": fals}', encoding="utf-8")
    refused = world("eligibility", str(cons["id"]), "--answers", str(broken))
    assert refused.returncode == 1
    assert "ответы.json» — не JSON: ошибка в строке 1" in refused.stderr
    broken.write_text('{"tax_debt": 1}', encoding="utf-8")
    refused = world("eligibility", str(cons["id"]), "--answers", str(broken))
    assert refused.returncode == 1 and "tax_debt" in refused.stderr
    assert world.json("consultations", "list", "--filter", "Предварительная")[0][
        "eligibility"] is None

    questions = world.json("eligibility", str(cons["id"]), "--questions")
    assert questions["profile"]["code"] == PROGRAM
    ids = [q["id"] for q in questions["questions"]]
    assert "tax_debt" in ids
    answers = tmp_path / "все_нет.json"
    clear = {q["id"]: q["no_obstacle"] for q in questions["questions"]}
    assert clear["tax_debt"] is False and clear["imported_component"] is True
    answers.write_text(json.dumps(clear), encoding="utf-8")

    unknown = world("eligibility", "99999", "--answers", str(answers))
    assert unknown.returncode == 1 and "консультация № 99999 не найдена" in unknown.stderr

    ok = world("eligibility", str(cons["id"]), "--answers", str(answers))
    assert ok.returncode == 0, ok.stderr
    assert "Вывод: может подать заявку" in ok.stdout and "сохранён" in ok.stdout
    saved = world.json("consultations", "list", "--filter", "Предварительная")[0]
    assert saved["eligibility"]["verdict"] == "eligible"
    assert saved["eligibility_verdict"] == "eligible" and saved["eligibility_checked_at"]
    listed = world("consultations", "list", "--filter", "Предварительная")
    today = dt.date.today().strftime("%d.%m.%Y")
    assert f"может подать заявку, проверка от {today}" in listed.stdout

    debt = tmp_path / "долг.json"
    debt.write_text(json.dumps({**clear, "tax_debt": True}),
                    encoding="utf-8")
    no = world("eligibility", str(blocked["id"]), "--answers", str(debt), "--json")
    assert no.returncode == 1
    result = json.loads(no.stdout)
    assert result["consultation"] == blocked["id"] and result["verdict"] == "not_eligible"
    assert [r["question"] for r in result["reasons"]] == ["tax_debt"]
    text = world("eligibility", str(blocked["id"]), "--answers", str(debt))
    assert "Вывод: не может подать заявку" in text.stdout
    assert "[препятствие] Задолженность на едином налоговом счёте" in text.stdout

    # a dossier opened from the pre-screening
    dossier = world.json("dossier", "create", "--enterprise", INN, "--consultation",
                         str(cons["id"]))
    assert dossier["consultation_id"] == cons["id"] and dossier["program"] == PROGRAM
    assert dossier["status"] == "draft" and dossier["inn"] == INN
    not_eligible = world("dossier", "create", "--enterprise", INN, "--consultation",
                         str(blocked["id"]))
    assert not_eligible.returncode == 1 and "не соответствует" in not_eligible.stderr
    wrong = world("dossier", "create", "--enterprise", OTHER_INN, "--consultation",
                  str(cons["id"]))
    assert wrong.returncode == 1 and "с другим предприятием" in wrong.stderr
    no_program = world("dossier", "create", "--enterprise", OTHER_INN)
    assert no_program.returncode == 1 and "--program" in no_program.stderr
    assert [d["id"] for d in world.json("dossier", "list")] == [dossier["id"]]

    plain = world("dossier", "create", "--enterprise", OTHER_INN, "--program", PROGRAM)
    assert plain.returncode == 0, plain.stderr
    assert "Создано досье №" in plain.stdout and "статус «черновик»" in plain.stdout

    # a warning of the validation accepted with a reason
    report = world("validate", str(dossier["id"]), "--json")
    warnings = [f["rule"] for f in json.loads(report.stdout)["findings"]
                if f["severity"] == "warning"]
    assert warnings
    rule = warnings[0]
    nope = world("dossier", "acknowledge", str(dossier["id"]), "no.such.rule",
                 "--reason", "нет")
    assert nope.returncode == 1 and "нет предупреждения по правилу «no.such.rule»" in nope.stderr
    empty = world("dossier", "acknowledge", str(dossier["id"]), rule, "--reason", " ")
    assert empty.returncode == 1 and "Причина" in empty.stderr
    accepted = world("dossier", "acknowledge", str(dossier["id"]), rule,
                     "--reason", "уточним на визите")
    assert accepted.returncode == 0, accepted.stderr
    assert f"правилу «{rule}» принято" in accepted.stdout
    shown = world("validate", str(dossier["id"]))
    assert "[принято: уточним на визите]" in shown.stdout
