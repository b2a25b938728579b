"""The event log viewer (supervisor, administrator) and one record's history."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypeAlias

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop_app.core.services.audit_export import (
    ACTION_LABELS,
    ENTITY_LABELS,
    AuditFilter,
    AuditRow,
    count_entries,
    export_audit,
    fetch_entries,
)
from desktop_app.core.services.facade import Services
from desktop_app.ui.dates import typed_like_text
from desktop_app.ui.errors import showing_errors
from desktop_app.ui.forms import child, form_dialog

AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex
PAGE = 200


class AuditModel(QAbstractTableModel):
    """Pages of the log (newest first), fetched as the view scrolls."""

    COLUMNS = ("№", "Дата и время", "Пользователь", "Действие", "Объект", "№ объекта", "Причина")

    def __init__(self, services: Services, flt: AuditFilter, newest_first: bool = True) -> None:
        super().__init__()
        self.services = services
        self.flt = flt
        self.newest_first = newest_first
        self.rows: list[AuditRow] = []
        self.total = count_entries(services, flt)
        self._fetch()

    def _fetch(self) -> None:
        more = fetch_entries(self.services, self.flt, offset=len(self.rows), limit=PAGE,
                             newest_first=self.newest_first)
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._fetch()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        return (str(r.id), r.local_time, r.user_login or "—", r.action_label, r.entity_label,
                r.entity_id or "", r.reason or "")[index.column()]


def describe(row: AuditRow) -> str:
    """The details pane: every changed field, before → after."""
    lines = [f"Запись журнала № {row.id}, {row.local_time}",
             f"Пользователь: {row.user_login or '—'}",
             f"Действие: {row.action_label}",
             f"Объект: {row.entity_label} {('№ ' + row.entity_id) if row.entity_id else ''}"]
    if row.reason:
        lines.append(f"Причина: {row.reason}")
    old, new = row.old or {}, row.new or {}
    if old or new:
        lines.append("")
        for key in sorted(set(old) | set(new)):
            def show(v: Any) -> str:
                return "—" if v is None else (v if isinstance(v, str) else
                                             json.dumps(v, ensure_ascii=False))
            if key in old and key in new:
                lines.append(f"{key}: {show(old[key])} → {show(new[key])}")
            elif key in new:
                lines.append(f"{key}: {show(new[key])}")
            else:
                lines.append(f"{key}: было {show(old[key])}")
    lines.append("")
    lines.append(f"Контрольная сумма: {row.hash}")
    return "\n".join(lines)


class AuditDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 entity: str | None = None, entity_id: str | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.fixed = entity is not None
        self.entity = entity
        self.entity_id = entity_id
        self.form = form_dialog(self, "admin_audit.ui", grow_with_messages=True)
        self.resize(self.form.size())
        self.view: QTableView = child(self.form, QTableView, "logView")
        self.details: QPlainTextEdit = child(self.form, QPlainTextEdit, "detailsText")
        self.count_label: QLabel = child(self.form, QLabel, "countLabel")
        self.user_combo: QComboBox = child(self.form, QComboBox, "userCombo")
        self.entity_combo: QComboBox = child(self.form, QComboBox, "entityCombo")
        self.action_combo: QComboBox = child(self.form, QComboBox, "actionCombo")
        self.period_check: QCheckBox = child(self.form, QCheckBox, "periodCheck")
        self.from_date: QDateEdit = typed_like_text(child(self.form, QDateEdit, "fromDate"))
        self.to_date: QDateEdit = typed_like_text(child(self.form, QDateEdit, "toDate"))
        today = QDate.currentDate()
        self.from_date.setDate(today.addDays(-30))
        self.to_date.setDate(today)
        child(self.form, QPushButton, "applyButton").clicked.connect(self.apply)
        child(self.form, QPushButton, "exportButton").clicked.connect(self.export)
        child(self.form, QDialogButtonBox, "closeBox").rejected.connect(self.reject)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self._fill_filters()
        if self.fixed:
            child(self.form, QGroupBox, "filterBox").setVisible(False)
            self.setWindowTitle(self.tr("История записи: %1 № %2")
                                .replace("%1", ENTITY_LABELS.get(entity or "", entity or ""))
                                .replace("%2", str(entity_id)))
        self.model: AuditModel | None = None
        self.apply()

    def _fill_filters(self) -> None:
        from desktop_app.core.services.audit_export import filter_options

        options = filter_options(self.services)
        self.user_combo.addItem(self.tr("все"), None)
        for login in options["user_login"]:
            self.user_combo.addItem(login, login)
        self.entity_combo.addItem(self.tr("все"), None)
        for entity in options["entity"]:
            self.entity_combo.addItem(ENTITY_LABELS.get(entity, entity), entity)
        self.action_combo.addItem(self.tr("все"), None)
        for action in options["action"]:
            self.action_combo.addItem(ACTION_LABELS.get(action, action), action)

    def current_filter(self) -> AuditFilter:
        if self.fixed:
            return AuditFilter(entity=self.entity, entity_id=self.entity_id)
        period = self.period_check.isChecked()
        return AuditFilter(
            user_login=self.user_combo.currentData(),
            entity=self.entity_combo.currentData(),
            action=self.action_combo.currentData(),
            date_from=_as_date(self.from_date.date().toPython()) if period else None,
            date_to=_as_date(self.to_date.date().toPython()) if period else None,
        )

    def apply(self) -> None:
        with showing_errors(self, self.windowTitle()) as outcome:
            self.model = AuditModel(self.services, self.current_filter(),
                                    newest_first=not self.fixed)
        if outcome.failed:
            return
        self.view.setModel(self.model)
        self.view.resizeColumnsToContents()
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        self.count_label.setText(self.tr("Записей: %1").replace("%1", str(self.model.total)))
        self.details.clear()

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model is not None and current.isValid():
            self.details.setPlainText(describe(self.model.rows[current.row()]))

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Выгрузка журнала событий"), "journal.xlsx",
            self.tr("Книга Excel (*.xlsx);;Текст CSV (*.csv)"),
        )
        if not path:
            return
        from pathlib import Path

        with showing_errors(self, self.windowTitle()) as outcome:
            count = export_audit(self.services, Path(path), self.current_filter())
        if outcome.failed:
            return
        QMessageBox.information(self, self.windowTitle(),
                                self.tr("Выгружено записей: %1").replace("%1", str(count)))


def open_audit(parent: QWidget | None, services: Services) -> AuditDialog | None:
    with showing_errors(parent, "Журнал событий") as outcome:
        dialog = AuditDialog(services, parent)
    if outcome.failed:
        return None
    dialog.show()
    return dialog


def show_history(parent: QWidget | None, services: Services, entity: str,
                 entity_id: int | str) -> AuditDialog | None:
    """The history of one record (every logged change, oldest first); callable from any editor."""
    with showing_errors(parent, "История изменений") as outcome:
        dialog = AuditDialog(services, parent, entity=entity, entity_id=str(entity_id))
    if outcome.failed:
        return None
    dialog.show()
    return dialog


def _as_date(value: object) -> dt.date:
    assert isinstance(value, dt.date)
    return value
