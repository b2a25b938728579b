"""Erasures of personal data: the list, their acts printed again, the ledger re-applied,
and erasing one contact person (called from the enterprise card)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.core.services.facade import Services
from desktop_app.core.services.personal_data import ErasureResult, destruction_act_pdf
from desktop_app.ui import labels
from desktop_app.ui.errors import error_text, showing_errors
from desktop_app.ui.forms import child, form_dialog


def save_act(parent: QWidget, services: Services, act: ErasureResult) -> Path | None:
    """Ask where to save the act and write it; a failure says the act is kept in the
    database and where to print it again. Returns the file written, or None."""
    translate = QCoreApplication.translate
    suggested = f"Акт {act.act_number}.pdf".replace("/", "-")
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Erasures", "Сохранить акт об уничтожении"), suggested,
        translate("Erasures", "Документ PDF (*.pdf)"))
    if not name:
        return None
    target = Path(name)
    try:
        destruction_act_pdf(act, target)
    except Exception as exc:
        text = translate(
            "Erasures", "%1\n\nАкт № %2 хранится в базе: сохраните его снова "
            "(Администрирование → Уничтожения персональных данных).")
        QMessageBox.warning(parent, translate("Erasures", "Акт не сохранён"),
                            text.replace("%1", error_text(exc)).replace("%2", act.act_number))
        return None
    with showing_errors(parent, translate("Erasures", "Печать акта не записана в журнал")):
        services.personal_data.record_act_printed(act, target)
    return target


def erase_contact(parent: QWidget, services: Services, contact_id: int, name: str) -> bool:
    """Ask the reason, confirm, erase; then offer to save the act. True when erased."""
    translate = QCoreApplication.translate
    title = translate("Erasures", "Уничтожение персональных данных")
    reason, ok = QInputDialog.getMultiLineText(parent, title, translate(
        "Erasures", "Основание уничтожения персональных данных «%1» (например, «отзыв "
        "согласия, заявление от 01.02.2026»):").replace("%1", name))
    if not ok:
        return False
    answer = QMessageBox.question(
        parent, title, translate(
            "Erasures", "Уничтожить персональные данные «%1» без возможности "
            "восстановления?\n\nФамилия, имя, отчество, должность, телефон и почта будут "
            "стёрты; консультации и досье останутся. Акт об уничтожении сохраняется в базе."
        ).replace("%1", name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    with showing_errors(parent, translate("Erasures", "Данные не уничтожены")) as outcome:
        result = services.personal_data.erase_contact(contact_id, reason=reason)
    if outcome.failed:
        return False
    QMessageBox.information(parent, title, translate(
        "Erasures", "Персональные данные уничтожены. Акт № %1 сохранён в базе; сохраните "
        "его файл для подписи комиссией.").replace("%1", result.act_number))
    save_act(parent, services, result)
    return True


class ErasuresDialog(QDialog):
    """Every erasure, newest first; «Сохранить акт…» prints the selected one again."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.form = form_dialog(self, "admin_erasures.ui", grow_with_messages=True)
        self.table: QTableWidget = child(self.form, QTableWidget, "erasuresTable")
        self.message: QLabel = child(self.form, QLabel, "messageLabel")
        self.save_button: QPushButton = child(self.form, QPushButton, "saveActButton")
        self.save_button.clicked.connect(self.save_selected)
        child(self.form, QPushButton, "reapplyButton").clicked.connect(self.reapply)
        child(self.form, QDialogButtonBox, "closeBox").rejected.connect(self.reject)
        headers = [self.tr("№"), self.tr("Акт"), self.tr("Дата"), self.tr("Вид"),
                   self.tr("Контактное лицо"), self.tr("Предприятие"), self.tr("Выполнил(а)"),
                   self.tr("Основание")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.save_selected())
        self.refresh()

    def refresh(self) -> None:
        with showing_errors(self, self.tr("Список уничтожений")) as outcome:
            rows = self.services.personal_data.list_erasures()
        if outcome.failed:
            rows = []
        kinds = labels.erasure_kinds()
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = (str(r.id), r.act_number, f"{r.erased_at.astimezone():%d.%m.%Y %H:%M}",
                      kinds.get(r.kind, r.kind),
                      f"№ {r.contact_id}" if r.contact_id is not None else "—",
                      r.enterprise, r.user_login or "—",
                      r.reason if r.has_act else self.tr("%1 (акт не хранится)")
                      .replace("%1", r.reason))
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.table.setItem(i, j, item)
        for column, width in ((0, 36), (1, 100), (2, 120), (3, 120), (4, 130), (5, 230),
                              (6, 100)):
            self.table.setColumnWidth(column, width)
        if rows:
            self.table.selectRow(0)
        self.save_button.setEnabled(bool(rows))
        if not rows:
            self.message.setText(self.tr("Уничтожений персональных данных не было."))

    def selected_id(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0)
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def save_selected(self) -> None:
        erasure_id = self.selected_id()
        if erasure_id is None:
            self.message.setText(self.tr("Выберите уничтожение в списке."))
            return
        with showing_errors(self, self.tr("Акт не сохранён")) as outcome:
            act = self.services.personal_data.act(erasure_id)
        if outcome.failed:
            return
        written = save_act(self, self.services, act)
        if written is not None:
            self.message.setText(self.tr("Акт № %1 сохранён: %2")
                                 .replace("%1", act.act_number).replace("%2", str(written)))

    def reapply(self) -> None:
        with showing_errors(self, self.tr("Журнал уничтожений не применён")) as outcome:
            done = self.services.personal_data.reapply_ledger()
        if outcome.failed:
            return
        if done:
            self.message.setText(self.tr("Повторно уничтожены данные контактных лиц: %1. "
                                         "Сохраните их акты.")
                                 .replace("%1", ", ".join(f"№ {r.contact_id}" for r in done)))
        else:
            self.message.setText(self.tr("Все уничтожения из журнала применены; повторять "
                                         "нечего."))
        self.refresh()
