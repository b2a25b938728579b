"""Every Qt Designer form in forms/ loads, and the editors find every widget they use."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop_app.core.resources import form_path

FORMS = sorted(p.name for p in form_path("x").parent.glob("*.ui"))


def test_there_are_forms() -> None:
    assert {"enterprise_editor.ui", "consultation_editor.ui", "contact_dialog.ui",
            "import_dialog.ui"} <= set(FORMS)


@pytest.mark.parametrize("name", FORMS)
def test_form_loads(qtbot, name: str) -> None:
    from desktop_app.ui.forms import load_form

    widget = load_form(name)
    qtbot.addWidget(widget)
    assert isinstance(widget, QWidget)
    assert widget.windowTitle(), f"{name}: у формы нет заголовка окна"
    names = [w.objectName() for w in widget.findChildren(QWidget)
             if w.objectName() and not w.objectName().startswith("qt_")]
    assert len(names) == len(set(names)), f"{name}: повторяются имена элементов"


def test_missing_form_reports_in_russian(qtbot) -> None:
    from desktop_app.ui.forms import FormError, load_form

    with pytest.raises(FormError, match="Не удалось открыть файл формы"):
        load_form("no_such_form.ui")


def test_editors_build(qtbot, services, tmp_path: Path) -> None:
    from desktop_app.ui.consultation_editor import ConsultationEditor
    from desktop_app.ui.enterprise_editor import ContactDialog, EnterpriseEditor
    from desktop_app.ui.import_dialog import ImportDialog

    for dlg in (EnterpriseEditor(services), ConsultationEditor(services), ContactDialog(),
                ImportDialog(services)):
        qtbot.addWidget(dlg)
        assert dlg.windowTitle()
