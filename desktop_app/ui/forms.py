"""Loading Qt Designer forms from ``forms/`` (composition, found by ``form_path``).

:func:`load_form` builds a form's widget tree; :func:`form_dialog` makes a form
the whole content of a dialog. Every window and dialog loads its form here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget

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


# One context for every dialog: ``dialog.tr()`` would look these up under each
# dialog's own class name, where the catalogue does not carry them.
_BUTTON_TEXTS = (
    (QDialogButtonBox.StandardButton.Close, QT_TRANSLATE_NOOP("Forms", "Закрыть")),
    (QDialogButtonBox.StandardButton.Cancel, QT_TRANSLATE_NOOP("Forms", "Отмена")),
    (QDialogButtonBox.StandardButton.Ok, QT_TRANSLATE_NOOP("Forms", "ОК")),
)


def form_dialog(dialog: QDialog, name: str, *, margins: int | None = None,
                grow_with_messages: bool = False) -> QWidget:
    """Put the form ``forms/<name>`` into ``dialog`` (its title and size too).

    ``grow_with_messages``: the «messageLabel» keeps room for three lines and
    the dialog grows with longer messages instead of cutting them.
    """
    form = load_form(name, dialog)
    layout = QVBoxLayout(dialog)
    if margins is not None:
        layout.setContentsMargins(margins, margins, margins, margins)
    if grow_with_messages:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
    layout.addWidget(form)
    dialog.setWindowTitle(form.windowTitle())
    dialog.resize(form.size())
    if grow_with_messages:
        for label in form.findChildren(QLabel, "messageLabel"):
            label.setMinimumHeight(label.fontMetrics().lineSpacing() * 3)
    for box in form.findChildren(QDialogButtonBox):
        for which, text in _BUTTON_TEXTS:
            button = box.button(which)
            if button is not None:
                button.setText(QCoreApplication.translate("Forms", str(text)))
    return form


def name_ok_button(box: QDialogButtonBox, ok_text: str, dialog: QDialog) -> None:
    """Say what OK does (it becomes the default button); Cancel reads «Отмена»."""
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    if ok is not None:
        ok.setText(ok_text)
        ok.setDefault(True)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    if cancel is not None:
        cancel.setText(QCoreApplication.translate("Forms", "Отмена"))
