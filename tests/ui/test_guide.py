"""«Справка → Руководство пользователя» (F1): the guide opens from anywhere, its contents
lead to its sections, and every menu path it names exists in the real main window."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar

from desktop_app.core.resources import resource_path
from desktop_app.ui.guide import GuideWindow

SHOTS = os.environ.get("RCI_SCREENSHOTS")
GUIDE = resource_path("guide", "guide.md")
# «Файл → Резервная копия…»: a menu, an arrow, the item (one or more levels)
MENU_PATH = re.compile(r"«([^«»]+?(?:\s→\s[^«»]+?)+)»")

pytestmark = pytest.mark.usefixtures("fast_hashing")


def _clean(text: str) -> str:
    """A menu text as the guide writes it: no accelerator «&», no shortcut, no «…»."""
    text = text.split("\t", maxsplit=1)[0].replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.replace("…", "").replace("...", "").split())


def _menu_paths(bar: QMenuBar) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()

    def walk(menu: QMenu, head: tuple[str, ...]) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            path = (*head, _clean(action.text()))
            out.add(path)
            if action.menu() is not None:
                walk(action.menu(), path)

    for action in bar.actions():
        if action.menu() is not None:
            walk(action.menu(), (_clean(action.text()),))
    return out


def _guide_paths() -> list[tuple[str, ...]]:
    text = " ".join(GUIDE.read_text(encoding="utf-8").split())   # a path may wrap a line
    return [tuple(_clean(p) for p in m.split(" → ")) for m in MENU_PATH.findall(text)]


def test_every_menu_path_in_the_guide_exists(qtbot: Any, admin: Any) -> None:
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(admin)       # the administrator sees every menu
    qtbot.addWidget(window)
    paths = _guide_paths()
    assert len(paths) >= 15          # the guide names its menus in the one form
    existing = _menu_paths(window.menuBar())
    missing = [" → ".join(p) for p in paths if p not in existing]
    assert missing == []
    assert ("Справка", "Руководство пользователя") in existing


def test_f1_opens_the_guide_from_the_main_window_and_from_a_dialog(
        qtbot: Any, window: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guides = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, GuideWindow) and w.isVisible()]
    assert len(guides) == 1
    guide = guides[0]
    assert guide.windowTitle() == "Руководство пользователя"
    # again: the same window comes forward, no second copy
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert [w for w in QApplication.topLevelWidgets()
            if isinstance(w, GuideWindow) and w.isVisible()] == [guide]
    guide.close()

    editor = window.new_enterprise()    # an editor window over the main window
    qtbot.waitExposed(editor)
    qtbot.keyClick(editor, Qt.Key.Key_F1)
    assert any(isinstance(w, GuideWindow) and w.isVisible()
               for w in QApplication.topLevelWidgets())


def test_contents_lead_to_the_sections(qtbot: Any) -> None:
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    top = [guide.contents.topLevelItem(i).text(0)
           for i in range(guide.contents.topLevelItemCount())]
    for wanted in ("День консультанта: от звонка до направления",
                   "Отметки [П], [С], [Д]", "Резервные копии и восстановление",
                   "Где хранятся данные", "Подключение к серверу центра"):
        assert wanted in top
    day = guide.contents.topLevelItem(top.index(
        "День консультанта: от звонка до направления"))
    steps = [day.child(i).text(0) for i in range(day.childCount())]
    assert steps[:6] == ["1. Консультация", "2. Предварительная проверка", "3. Досье",
                         "4. Проверка досье", "5. Направление в Агентство",
                         "6. Исходящий реестр"]
    marks = guide.contents.topLevelItem(top.index("Отметки [П], [С], [Д]"))
    guide.contents.setCurrentItem(marks)
    assert guide.section_at_top() == "Отметки [П], [С], [Д]"
    text = guide.browser.toPlainText()
    assert "[П] — подтверждено" in text and "[Д] — допущение" in text
    assert "**" not in text and "##" not in text     # rendered, not shown as source
    if SHOTS:
        guide.grab().save(str(Path(SHOTS) / "guide.png"))


def test_f1_over_a_modal_dialog_opens_the_guide_above_it(qtbot: Any, window: Any) -> None:
    from PySide6.QtWidgets import QDialog

    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert QApplication.activeModalWidget() is dialog
    qtbot.keyClick(dialog, Qt.Key.Key_F1)
    guides = [w for w in dialog.findChildren(GuideWindow) if w.isVisible()]
    assert len(guides) == 1     # the dialog's own window: the dialog does not block it
    guides[0].close()
    dialog.close()
