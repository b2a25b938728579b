"""GUI test fixtures: a temporary QSettings folder and a main window on a fresh database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def temp_qsettings(tmp_path: Path) -> Path:
    """Preferences go to a temporary INI folder, never to the real user profile."""
    folder = tmp_path / "qsettings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder


@pytest.fixture
def no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question box left open would block the test run: answer «Не сохранять»."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard
    )


@pytest.fixture
def window(qtbot: Any, services: Any, no_modal_questions: None) -> Iterator[Any]:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.tasks import wait_for_background

    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    wait_for_background()
    for dlg in list(win.dialogs):
        if hasattr(dlg, "dirty"):
            dlg.dirty = False
    wait_for_background()


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a person: ASCII via ``qtbot.keyClicks``; other letters (Cyrillic,
    «», №) as real key events carrying the character (QTest cannot map them)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def typist(qtbot: Any) -> Any:
    return lambda widget, text: type_text(qtbot, widget, text)


@pytest.fixture(autouse=True)
def no_window_left_open() -> Iterator[None]:
    """A main window a test opened through the program (sign-in, switch of user) and left
    open would be found by the next test that looks for «the» main window: close it."""
    yield
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.tasks import wait_for_background

    wait_for_background()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            for dlg in list(getattr(widget, "dialogs", [])):
                if hasattr(dlg, "dirty"):
                    dlg.dirty = False
            widget.hide()
