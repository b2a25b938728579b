"""Every command is listed with a Russian line, and every help page speaks Russian."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import ROOT

from desktop_app.commands import build_parser
from desktop_app.commands.common import walk

ENGLISH = ("usage:", "options:", "positional arguments", "show this help", "show program's")
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


def test_top_level_help_lists_every_command_in_russian() -> None:
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--help"], cwd=ROOT,
                          capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    commands = [(words[0], line) for words, line, _ in walk(build_parser()) if len(words) == 1]
    assert {name for name, _ in commands} >= {
        "init", "check", "backup", "restore", "demo", "users", "audit", "organization",
        "enterprises", "contacts", "erase-contact", "consultations", "followups",
        "eligibility", "dossier", "validate", "profiles", "package", "register",
    }
    flat = " ".join(done.stdout.split())
    for name, line in commands:
        assert CYRILLIC.search(line), name
        assert f"{name} {line}" in flat, name
    assert not any(word in done.stdout for word in ENGLISH)


def test_every_command_help_is_russian() -> None:
    pages = list(walk(build_parser()))
    assert len(pages) > 40
    for words, line, parser in pages:
        page = parser.format_help()
        name = " ".join(words)
        assert CYRILLIC.search(line), name
        assert page.startswith("Использование: rci-intake " + name), name
        assert not any(word in page for word in ENGLISH), name
        assert "показать эту справку и выйти" in page, name


def test_a_subcommand_help_and_usage_error_from_the_shell() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "enterprises", "add", "--help"], cwd=ROOT,
        capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0 and "Добавить предприятие." in done.stdout
    assert "--inn ЗНАЧЕНИЕ" in done.stdout and "пример" in done.stdout
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "eligibility", "1", "--answers"], cwd=ROOT,
        capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 2 and "параметр --answers: нужно значение" in done.stderr


def test_an_unexpected_fault_is_one_sentence_and_a_logged_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
    data_dir: Path,
) -> None:
    import logging

    from desktop_app import commands
    from desktop_app.commands import database
    from desktop_app.core import logfile

    def broken(args: object) -> int:
        raise RuntimeError("сбой для проверки")

    monkeypatch.setattr(database, "cmd_check", broken)
    before = list(logging.getLogger().handlers)
    try:
        code = commands.main(["--db", str(tmp_path / "db.sqlite3"), "check"])
    finally:
        for handler in set(logging.getLogger().handlers) - set(before):
            logging.getLogger().removeHandler(handler)
            handler.close()
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("Команда не выполнена из-за внутренней ошибки программы")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    log = (data_dir / "logs" / logfile.LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback" in log and "RuntimeError: сбой для проверки" in log
