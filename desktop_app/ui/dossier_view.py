"""A read-only look at a dossier (its editor is a separate part of the program)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.db import queries
from desktop_app.core.formatting import format_date, format_datetime, format_money
from desktop_app.core.services.facade import Services
from desktop_app.ui import labels
from desktop_app.ui.icons import app_icon


class DossierView(QDialog):
    def __init__(self, services: Services, dossier_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("Досье № %1").replace("%1", str(dossier_id)))
        with services.db.read() as s:
            data = queries.dossier_details(s, dossier_id)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Просмотр сохранённых данных досье. Изменять досье можно "
                              "будет в редакторе досье."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        form = QFormLayout(body)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        if data is None:
            form.addRow(QLabel(self.tr("Досье № %1 не найдено — возможно, его удалили.")
                               .replace("%1", str(dossier_id)), body))
        else:
            for title, value in self._rows(data):
                lbl = QLabel(value or "—", body)
                lbl.setWordWrap(True)
                form.addRow(title + ":", lbl)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Закрыть"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _rows(self, d: dict[str, Any]) -> list[tuple[str, str]]:
        def date(key: str) -> str:
            return format_date(queries.parse_date(d.get(key)))

        def money(key: str) -> str:
            v = d.get(key)
            return format_money(int(v)) if v is not None else ""

        updated = d.get("updated_at")
        return [
            (self.tr("Предприятие"), f"{d['enterprise_name']} (ИНН {d['enterprise_inn']})"),
            (self.tr("Программа"), str(d.get("program_code") or "")),
            (self.tr("Статус"), labels.statuses().get(str(d["status"]), str(d["status"]))),
            (self.tr("Наименование проекта"), str(d.get("title") or "")),
            (self.tr("Комплектующее изделие"), str(d.get("component_name") or "")),
            (self.tr("ОКПД2"), str(d.get("okpd2") or "")),
            (self.tr("Иностранный аналог"), str(d.get("foreign_analogue_name") or "")),
            (self.tr("Начало проекта"), date("start_date")),
            (self.tr("Окончание проекта"), date("end_date")),
            (self.tr("Стоимость проекта"), money("total_cost")),
            (self.tr("Запрашиваемый грант"), money("grant_requested")),
            (self.tr("Собственные средства"), money("own_funds")),
            (self.tr("Дата подачи"), date("submission_date")),
            (self.tr("Изменено"),
             format_datetime(queries.parse_datetime(updated)) if updated else ""),
        ]
