"""«Новое досье…» from the dossier list: pick the enterprise (type-ahead) and the programme."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.core.services.facade import Services

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
        self._hits: dict[str, int] = {}
        self._completion = QStringListModel(self)
        self.completer = QCompleter(self._completion, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.enterprise_edit.setCompleter(self.completer)
        self.completer.activated.connect(self._picked)
        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(200)
        self._lookup.timeout.connect(self.look_up)
        self.enterprise_edit.textEdited.connect(self._typed)
        self.resize(560, 180)
        self._sync()

    def _typed(self, _text: str) -> None:
        self.enterprise_id = None
        self._sync()
        self._lookup.start()

    def look_up(self) -> None:
        query = self.enterprise_edit.text().strip()
        if len(query) < 2:
            self._completion.setStringList([])
            return
        hits = self.services.lists.enterprise_hits(query, limit=15)
        self._hits = {f"{h.name} — ИНН {h.inn}": h.id for h in hits}
        exact = [h for h in hits if query in (h.inn, h.ogrn)]
        if len(exact) == 1:
            self.set_enterprise(exact[0].id, f"{exact[0].name} — ИНН {exact[0].inn}")
            return
        self._completion.setStringList(list(self._hits))
        if hits and self.enterprise_edit.hasFocus():
            self.completer.complete()

    def _picked(self, text: str) -> None:
        eid = self._hits.get(text)
        if eid is not None:
            self.set_enterprise(eid, text)

    def set_enterprise(self, enterprise_id: int, text: str) -> None:
        self.enterprise_id = enterprise_id
        self.enterprise_edit.blockSignals(True)
        self.enterprise_edit.setText(text)
        self.enterprise_edit.blockSignals(False)
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
