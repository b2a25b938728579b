"""Loading Qt Designer forms from ``forms/`` (composition, found by ``form_path``)."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from desktop_app.core.resources import form_path


class FormError(RuntimeError):
    pass


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of ``forms/<name>`` (strings are translated by the loader)."""
    path = form_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"Не удалось открыть файл формы «{path.name}»: {file.errorString()}")
    try:
        loader = QUiLoader()
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise FormError(f"Файл формы «{path.name}» повреждён: {loader.errorString()}")
    return widget


def child(root: QWidget, cls: type, name: str):  # type: ignore[no-untyped-def]
    """The named child widget of a loaded form (fails loudly if the form lacks it)."""
    found = root.findChild(cls, name)
    if found is None:
        raise FormError(f"В форме нет элемента «{name}»")
    return found
