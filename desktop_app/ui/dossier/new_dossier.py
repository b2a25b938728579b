"""«Новое досье…» from the dossier list: pick the enterprise (type-ahead) and the programme."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.core.services.facade import Services
from desktop_app.ui.enterprise_lookup import EnterpriseLookup

from .second_dossier import create_dossier_asking


class NewDossierDialog(QDialog):
    """Choose an enterprise and a programme; «Создать» makes the draft (asking first
    when the enterprise already has an open dossier for the programme)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.enterprise_id: int | None = None
        self.dossier_id: int | None = None
        self.setWindowTitle(self.tr("Новое досье"))
        form = QFormLayout(self)
        self.enterprise_edit = QLineEdit(self)
        self.enterprise_edit.setObjectName("enterpriseEdit")
        self.enterprise_edit.setPlaceholderText(self.tr("Наименование, ИНН или ОГРН…"))
        self.enterprise_info = QLabel(self.tr("Предприятие не выбрано"), self)
        self.program = QComboBox(self)
        self.program.setObjectName("programCombo")
        for profile in sorted(services.programs.registry().all(), key=lambda p: p.title):
            if self.program.findData(profile.code) < 0:
                self.program.addItem(profile.title, profile.code)
        form.addRow(self.tr("Предприятие:"), self.enterprise_edit)
        form.addRow("", self.enterprise_info)
        form.addRow(self.tr("Программа:"), self.program)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Создать"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.create_dossier)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.lookup = EnterpriseLookup(self.enterprise_edit, services)
        self.lookup.typed.connect(self._typed)
        self.lookup.chosen.connect(self.set_enterprise)
        self.resize(560, 180)
        self._sync()

    def _typed(self) -> None:
        self.enterprise_id = None
        self._sync()

    def look_up(self) -> None:
        self.lookup.look_up()

    def set_enterprise(self, enterprise_id: int, text: str) -> None:
        self.enterprise_id = enterprise_id
        self.lookup.show(text)
        self.enterprise_info.setText(self.tr("Выбрано: %1").replace("%1", text))
        self._sync()

    def _sync(self) -> None:
        self.create_button.setEnabled(self.enterprise_id is not None
                                      and self.program.count() > 0)
        if self.enterprise_id is None:
            self.enterprise_info.setText(self.tr("Предприятие не выбрано"))

    def create_dossier(self) -> int | None:
        """Create the draft (or take the existing one); its id, or None."""
        eid, program = self.enterprise_id, self.program.currentData()
        if eid is None or not program:
            return None
        dossier_id = create_dossier_asking(
            self, lambda reason: self.services.dossiers.create(
                eid, str(program), duplicate_reason=reason).id)
        if dossier_id is None:
            return None
        self.dossier_id = dossier_id
        self.accept()
        return dossier_id
