"""One place shows what went wrong: a refusal in its own words, a fault as one sentence."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.errors import FieldProblem, InputError, PermissionDenied
from desktop_app.ui.errors import error_text, showing_errors


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, title, text, *a, **k: out.append((title, text)))
    return out


def test_a_refusal_is_shown_in_its_own_words(qtbot, shown) -> None:
    with showing_errors(None, "Статус не изменён") as outcome:
        raise PermissionDenied("Недостаточно прав: нужна другая роль.")
    assert outcome.failed
    assert shown == [("Статус не изменён", "Недостаточно прав: нужна другая роль.")]


def test_every_refused_field_is_listed(qtbot) -> None:
    exc = InputError([FieldProblem("inn", "ИНН", "неверная контрольная цифра"),
                      FieldProblem("kpp", "КПП", "ожидается 9 знаков")])
    assert error_text(exc) == "ИНН: неверная контрольная цифра\nКПП: ожидается 9 знаков"


def test_a_fault_is_logged_and_told_in_one_sentence(qtbot, shown, caplog) -> None:
    with caplog.at_level(logging.ERROR), showing_errors(None, "Досье не открыто") as outcome:
        raise KeyError("internal detail")
    assert outcome.failed
    assert "внутренней ошибки" in shown[0][1] and "internal detail" not in shown[0][1]
    assert any(r.exc_info for r in caplog.records)


def test_nothing_is_shown_when_the_action_succeeds(qtbot, shown) -> None:
    with showing_errors(None, "Не сохранено") as outcome:
        pass
    assert not outcome.failed and shown == []


def test_a_fault_escaping_a_slot_is_logged_and_told_in_one_sentence(
    qtbot, monkeypatch, caplog
) -> None:
    import sys

    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui import errors

    shown: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text: shown.append(text)))
    errors.install_fault_handler()
    try:
        raise RuntimeError("сбой в обработчике")
    except RuntimeError as exc:
        with caplog.at_level("ERROR"):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    assert shown and "внутренней ошибки" in shown[0] and "Traceback" not in shown[0]
    assert "сбой в обработчике" in caplog.text
