"""``--self-test``: the check ``make installer`` runs in the bundle, here in the sources."""

from __future__ import annotations

from typing import Any

import pytest


def test_self_test_builds_previews_and_prints(
    qtbot: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Any,
) -> None:
    from desktop_app.__main__ import main

    monkeypatch.setenv("RCI_INTAKE_DATA_DIR", str(tmp_path))  # restored after the test
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert "главное окно открыто" in out
    assert "пакет документов: страниц" in out
    assert "печать в PDF" in out and "Самопроверка пройдена" in out


def test_self_test_names_the_failing_step_and_exits_1(
    qtbot: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Any,
) -> None:
    from desktop_app.core.services import packages
    from desktop_app.ui.selftest import run_self_test

    def broken(*_a: Any, **_k: Any) -> None:
        raise RuntimeError("шрифт не найден")

    monkeypatch.setenv("RCI_INTAKE_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(packages.PackageService, "generate", broken)
    assert run_self_test() == 1
    captured = capsys.readouterr()
    assert "ОШИБКА: шрифт не найден" in captured.out
    assert "пройдена" not in captured.out
