"""The Russian interface shows no untranslated English."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QMenu, QWidget

ALLOWED = ("RCI Intake", "ИНН", "E-mail", "PDF", "XLSX", "CSV", "SQLite", "Excel", "English",
           "Ctrl", "Shift", "F1", "F5", "Esc", "Enter")
LATIN = re.compile(r"[A-Za-z]")


SHORTCUT = re.compile(r"\b(Ctrl|Shift|Alt)\+(Shift\+)?[A-Z0-9]\b")


EXAMPLE_ADDRESS = re.compile(r"\b[\w.]+@example\.ru\b|\bwww\.example\.ru\b")


def _latin(text: str) -> bool:
    text = EXAMPLE_ADDRESS.sub("", SHORTCUT.sub("", text))
    for word in ALLOWED:
        text = text.replace(word, "")
    return bool(LATIN.search(text))


def _texts(root: QWidget) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = [("title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        name = w.objectName() or type(w).__name__
        out.append((f"{name}.toolTip", w.toolTip()))
        if isinstance(w, QLabel | QAbstractButton):
            out.append((f"{name}.text", w.text()))
        if isinstance(w, QLineEdit):
            out.append((f"{name}.placeholder", w.placeholderText()))
        if isinstance(w, QGroupBox):
            out.append((f"{name}.title", w.title()))
        if isinstance(w, QMenu):
            out.append((f"{name}.menu", w.title()))
        for act in w.actions():
            out.append(("action", act.text().replace("&", "")))
            out.append(("action.tip", act.toolTip()))
            if act.menu() is not None:
                for sub in act.menu().actions():
                    out.append(("submenu", sub.text().replace("&", "")))
    return out


def test_main_window_has_no_english(qtbot, window) -> None:
    from desktop_app.ui.main_window import Section

    for section in Section:
        window.go(section)
    for page in (window.enterprises, window.consultations, window.dossiers, window.followups):
        model = page.ensure_loaded()
        for c in range(model.columnCount()):
            header = model.headerData(c, Qt.Orientation.Horizontal)
            assert not _latin(str(header)), header
    # the database's file name or server address is data, not interface text
    path = window.services.db.display()
    texts = [(where, t.replace(path, "")) for where, t in _texts(window)]
    bad = [(where, t) for where, t in texts if t and _latin(t)]
    assert not bad, bad


def test_editors_have_no_english(qtbot, window) -> None:
    dialogs = [window.new_enterprise(), window.new_consultation(), window.import_enterprises()]
    for dlg in dialogs:
        bad = [(where, t) for where, t in _texts(dlg) if t and _latin(t)]
        assert not bad, bad


def test_english_is_available_from_the_setting(qtbot, services, no_modal_questions) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui import i18n
    from desktop_app.ui import settings as ui_settings
    from desktop_app.ui.main_window import MainWindow

    ui_settings.set_language("en")
    app = QApplication.instance()
    assert i18n.install(app, ui_settings.language())
    try:
        win = MainWindow(services)
        qtbot.addWidget(win)
        sections = [win.sidebar.item(i).text() for i in range(win.sidebar.count())]
        assert sections == ["Overview", "Enterprises", "Consultations", "Dossiers",
                            "Next steps", "Search"]
        dlg = win.new_enterprise()
        assert dlg.save_button.text() == "Save"
        assert dlg.tabs.tabText(0) == "Details"
        assert win.language_actions["en"].isChecked()
        dlg.close()
    finally:
        i18n.install(app, "ru")
        ui_settings.set_language("ru")


def test_english_catalogue_is_complete_and_keeps_placeholders() -> None:
    import xml.etree.ElementTree as ET

    from desktop_app.core.resources import resource_path

    tree = ET.parse(resource_path("translations", "rci_intake_en.ts"))
    unfinished, broken = [], []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            unfinished.append(source)
            continue
        for mark in re.findall(r"%\d|\{\w+(?::\w+)?\}", source):
            if mark not in (translation.text or ""):
                broken.append((source, translation.text))
    assert unfinished == []
    assert broken == []


def test_every_vocabulary_label_has_an_english_translation() -> None:
    """The core's labels reach the GUI through ``QCoreApplication.translate("Labels", …)``,
    not through literal ``tr()`` calls, so the catalogue must carry each one."""
    import xml.etree.ElementTree as ET

    from desktop_app.core import vocabulary
    from desktop_app.core.resources import resource_path

    tree = ET.parse(resource_path("translations", "rci_intake_en.ts"))
    english: dict[str, str] = {}
    for context in tree.iter("context"):
        if context.findtext("name") != "Labels":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                english[message.findtext("source") or ""] = (translation.text or "").strip()
    missing = [text for text in vocabulary.all_labels() if not english.get(text)]
    assert missing == []


def test_vocabulary_labels_show_in_english(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui import i18n, labels

    app = QApplication.instance()
    assert i18n.install(app, "en")
    try:
        assert labels.statuses()["referred"] == "referred to the Agency"
        assert labels.sizes()[""] == "not specified"
        assert labels.yes() == "yes"
    finally:
        i18n.install(app, "ru")
    assert labels.statuses()["referred"] == "направлено в Агентство"


def test_chart_amounts_use_the_language_decimal_point(qtbot) -> None:
    """The quarter chart's axis: «2,2 млрд» in Russian, «2.2 bn» in English."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui import i18n
    from desktop_app.ui.pages import _millions

    app = QApplication.instance()
    two_billion = 2_200_000_000 * 100
    assert i18n.install(app, "ru")
    assert _millions(two_billion) == "2,2\u00a0млрд"
    assert _millions(360_000 * 100) == "0,4\u00a0млн"
    assert i18n.install(app, "en")
    try:
        shown = _millions(two_billion)
        assert shown.startswith("2.2\u00a0") and "млрд" not in shown
        assert _millions(360_000 * 100).startswith("0.4\u00a0")
    finally:
        i18n.install(app, "ru")


def test_qt_own_dialogs_speak_russian(qtbot) -> None:
    """Buttons Qt draws itself (message boxes, file dialogs) read in Russian."""
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    from desktop_app.ui import i18n

    app = QApplication.instance()
    assert i18n.install(app, "ru")
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "Вопрос", "Продолжить?",
                      buttons.Open | buttons.Save | buttons.Discard | buttons.Cancel
                      | buttons.Close)
    qtbot.addWidget(box)
    box.show()
    shown = {b.text().replace("&", "") for b in box.buttons()}
    assert shown == {"Открыть", "Сохранить", "Не сохранять", "Отмена", "Закрыть"}
    files = QFileDialog(None, "Файл")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(files)
    files.show()
    texts = {b.text().replace("&", "") for b in files.findChildren(QAbstractButton) if b.text()}
    assert {"Открыть", "Отмена"} <= texts
    labels = {lbl.text().replace("&", "") for lbl in files.findChildren(QLabel)}
    assert {"Папка:", "Типы файлов:", "Имя файла:"} <= labels
