"""The project data of a dossier as typed: text, money and date fields, the serial
volume and who signs; read back as values for the service and for live checking."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop_app.core.services.dossier_models import DossierOut
from desktop_app.ui.forms import child

from .common import DateField, MoneyField

TEXT_FIELDS = {
    "title": "titleEdit",
    "component_name": "componentEdit",
    "okpd2": "okpd2Edit",
    "foreign_analogue_name": "analogueNameEdit",
    "foreign_analogue_manufacturer": "analogueManufacturerEdit",
    "foreign_analogue_country": "analogueCountryEdit",
    "target_industry": "industryEdit",
    "serial_years": "serialYearsEdit",
}
PLAIN_FIELDS = {"consumers": "consumersEdit", "notes": "notesEdit"}
MONEY_FIELDS = {
    "total_cost": "totalCostEdit",
    "grant_requested": "grantEdit",
    "own_funds": "ownFundsEdit",
    "other_funds": "otherFundsEdit",
}
DATE_FIELDS = {
    "start_date": "startEdit",
    "end_date": "endEdit",
    "submission_date": "submissionEdit",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("DossierEditor", text)


class ProjectForm(QObject):
    """The project fields of the editor's form (found by name in ``form``)."""

    def __init__(self, form: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text_edits: dict[str, QLineEdit] = {
            k: child(form, QLineEdit, v) for k, v in TEXT_FIELDS.items()}
        self.plain_edits: dict[str, QPlainTextEdit] = {
            k: child(form, QPlainTextEdit, v) for k, v in PLAIN_FIELDS.items()}
        self.money = {k: MoneyField(child(form, QLineEdit, v)) for k, v in MONEY_FIELDS.items()}
        self.dates = {k: DateField(child(form, QLineEdit, v)) for k, v in DATE_FIELDS.items()}
        self.serial_volume: QLineEdit = child(form, QLineEdit, "serialVolumeEdit")
        self.signatory: QComboBox = child(form, QComboBox, "signatoryCombo")
        self.signatory.addItem(_t("руководитель организации"), "director")
        self.signatory.addItem(_t("другое лицо по доверенности"), "other")
        self.signatory.addItem(_t("— не указано —"), "unknown")

    def widgets(self) -> list[QWidget]:
        """Every input, to watch for changes."""
        return [*self.text_edits.values(), *self.plain_edits.values(),
                *(m.edit for m in self.money.values()), *(d.edit for d in self.dates.values()),
                self.serial_volume, self.signatory]

    def fill(self, d: DossierOut) -> None:
        for key, edit in self.text_edits.items():
            edit.setText(getattr(d, key) or "")
        for key, plain in self.plain_edits.items():
            plain.setPlainText(getattr(d, key) or "")
        for key, money in self.money.items():
            money.set_kopecks(getattr(d, key))
        for key, date in self.dates.items():
            date.set_date(getattr(d, key))
        self.serial_volume.setText(str(d.serial_volume) if d.serial_volume is not None else "")
        code = ("unknown" if d.signatory_is_director is None
                else "director" if d.signatory_is_director else "other")
        self.signatory.setCurrentIndex(max(0, self.signatory.findData(code)))

    def show_stored_money(self, d: DossierOut) -> None:
        """After a save: the sums as stored (formatted)."""
        for key, money in self.money.items():
            money.set_kopecks(getattr(d, key))

    def serial_volume_value(self) -> tuple[int | None, str]:
        """The serial volume typed (or None), and a problem with it ("" when none)."""
        text = self.serial_volume.text().strip().replace(" ", "").replace("\u00a0", "")
        if not text:
            return None, ""
        if not text.isdigit():
            return None, _t("Объём серийного выпуска: ожидается целое число штук, например "
                            "1200")
        return int(text), ""

    def values(self) -> dict[str, Any]:
        """The project data as typed (without the cost lines)."""
        data: dict[str, Any] = {}
        for key, edit in self.text_edits.items():
            data[key] = edit.text().strip() or None
        for key, plain in self.plain_edits.items():
            data[key] = plain.toPlainText().strip() or None
        for key, money in self.money.items():
            data[key] = money.kopecks()
        for key, date in self.dates.items():
            data[key] = date.date()
        data["serial_volume"] = self.serial_volume_value()[0]
        data["signatory_is_director"] = {"director": True, "other": False}.get(
            str(self.signatory.currentData()))
        return data

    def problems(self) -> list[str]:
        """What cannot be read as typed (sums, dates, the serial volume)."""
        problems: list[str] = []
        labels_ = {
            "total_cost": _t("Стоимость проекта"),
            "grant_requested": _t("Запрашиваемый грант"),
            "own_funds": _t("Собственные средства"),
            "other_funds": _t("Иные средства"),
            "start_date": _t("Начало проекта"),
            "end_date": _t("Окончание проекта"),
            "submission_date": _t("Дата подачи заявки"),
        }
        fields: list[tuple[str, MoneyField | DateField]] = [
            *self.money.items(), *self.dates.items()]
        for key, field in fields:
            if field.problem:
                problems.append(f"{labels_[key]}: {field.problem}")
        problem = self.serial_volume_value()[1]
        if problem:
            problems.append(problem)
        return problems

    def set_editable(self, editable: bool) -> None:
        for edit in (*self.text_edits.values(), *(m.edit for m in self.money.values()),
                     *(x.edit for x in self.dates.values()), self.serial_volume):
            edit.setReadOnly(not editable)
        for plain in self.plain_edits.values():
            plain.setReadOnly(not editable)
        self.signatory.setEnabled(editable)

    def widget_for(self, target: str) -> QWidget | None:
        """The input a finding's target (``project.<field>``) names, if any."""
        key = target.removeprefix("project.")
        if key in self.text_edits:
            return self.text_edits[key]
        if key in self.plain_edits:
            return self.plain_edits[key]
        if key in self.money:
            return self.money[key].edit
        if key in self.dates:
            return self.dates[key].edit
        if key == "serial_volume":
            return self.serial_volume
        if key == "signatory_is_director":
            return self.signatory
        return None
