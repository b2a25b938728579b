"""The event log viewer (supervisor, administrator) and one record's history."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
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

from desktop_app.core import register_format
from desktop_app.core.formatting import format_date, format_datetime, format_money
from desktop_app.core.services.audit_export import (
    AuditFilter,
    AuditRow,
    count_entries,
    export_audit,
    fetch_entries,
)
from desktop_app.core.services.context import SYSTEM
from desktop_app.core.services.facade import Services
from desktop_app.ui import labels
from desktop_app.ui.dates import typed_like_text
from desktop_app.ui.errors import showing_errors
from desktop_app.ui.forms import child, form_dialog

log = logging.getLogger(__name__)

AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex
PAGE = 200


class AuditModel(QAbstractTableModel):
    """Pages of the log (newest first), fetched as the view scrolls."""

    COLUMNS = ("№", "Дата и время", "Пользователь", "Действие", "Объект", "№ объекта", "Причина")

    def __init__(self, services: Services, flt: AuditFilter, newest_first: bool = True,
                 words: AuditWords | None = None) -> None:
        super().__init__()
        self.services = services
        self.words = words or AuditWords(services)
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
        w = self.words
        return (str(r.id), r.local_time, w.user(r.user_login), w.action(r), w.entity(r),
                w.entity_id(r), r.reason or "")[index.column()]


_MONEY = frozenset({"total_cost", "grant_requested", "own_funds", "other_funds", "amount"})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


class AuditWords:
    """The words the log viewer shows for the codes stored in the log."""

    def __init__(self, services: Services | None = None) -> None:
        self.actions = labels.audit_actions()
        self.entities = labels.audit_entities()
        self.fields = labels.audit_fields()
        self.fields_of_people = labels.audit_fields_of_people()
        self.programs: dict[str, str] = {}
        self.documents: dict[str, str] = {}
        self.codes = {"status": labels.statuses(), "channel": labels.channels(),
                      "role": labels.roles(), "size_category": labels.sizes(),
                      "legal_basis": labels.legal_bases(),
                      "eligibility_verdict": labels.verdicts(), "last_verdict": labels.verdicts()}
        if services is not None:
            try:
                for profile in services.programs.registry().all():
                    self.programs.setdefault(profile.code, profile.title)
                    for doc in profile.documents:
                        self.documents.setdefault(doc.code, doc.title)
            except Exception:  # the log is still readable without the programmes' names
                log.warning("program profiles not read for the event log", exc_info=True)
        self.codes["program_code"] = self.codes["code"] = self.programs
        self.codes["doc_type"] = self.documents

    @staticmethod
    def user(login: str | None) -> str:
        """The program's own entries (first start, maintenance) are not a person's login."""
        if login == SYSTEM.login:
            return QCoreApplication.translate("AuditDialog", "программа")
        return login or "—"

    def action(self, row: AuditRow) -> str:
        return self.actions.get(row.action, row.action_label)

    def entity(self, row: AuditRow) -> str:
        return self.entities.get(row.entity, row.entity_label)

    def entity_id(self, row: AuditRow) -> str:
        """A profile is logged as ``code@version``: show the programme's name and version."""
        if row.entity == "profile" and row.entity_id and "@" in row.entity_id:
            code, version = row.entity_id.rsplit("@", 1)
            return f"{self.programs.get(code, code)}, {version}"
        return row.entity_id or ""

    def field(self, row: AuditRow, key: str) -> str:
        if row.entity in ("user", "contact_person") and key in self.fields_of_people:
            return self.fields_of_people[key]
        return self.fields.get(key, key)

    def value(self, key: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return labels.yes() if value else QCoreApplication.translate("AuditDialog", "нет")
        if key in _MONEY and isinstance(value, int):
            return format_money(value)
        if isinstance(value, str):
            if key == "register_format":
                return register_format.to_people(value)
            table = self.codes.get(key)
            if table and value in table:
                return table[value]
            if _ISO_DATETIME.match(value):
                try:
                    return format_datetime(dt.datetime.fromisoformat(value))
                except ValueError:
                    return value
            if _ISO_DATE.fullmatch(value):
                return format_date(dt.date.fromisoformat(value))
            return value
        if key == "files" and isinstance(value, list):
            return ", ".join(str(f.get("name", "")) if isinstance(f, dict) else str(f)
                             for f in value)
        return json.dumps(value, ensure_ascii=False)


def describe(row: AuditRow, words: AuditWords | None = None) -> str:
    """The details pane: every changed field, before → after, in words."""
    w = words or AuditWords()

    def tr(text: str) -> str:
        return QCoreApplication.translate("AuditDialog", text)

    number = w.entity_id(row)
    lines = [tr("Запись журнала № %1, %2").replace("%1", str(row.id))
             .replace("%2", row.local_time),
             tr("Пользователь: %1").replace("%1", w.user(row.user_login)),
             tr("Действие: %1").replace("%1", w.action(row)),
             tr("Объект: %1").replace("%1", w.entity(row) + (f" № {number}" if number else ""))]
    if row.reason:
        lines.append(tr("Причина: %1").replace("%1", row.reason))
    old, new = row.old or {}, row.new or {}
    if old or new:
        lines.append("")
        for key in sorted(set(old) | set(new), key=lambda k: w.field(row, k)):
            name = w.field(row, key)
            if key in old and key in new:
                lines.append(f"{name}: {w.value(key, old[key])} → {w.value(key, new[key])}")
            elif key in new:
                lines.append(f"{name}: {w.value(key, new[key])}")
            else:
                lines.append(tr("%1: было %2").replace("%1", name)
                             .replace("%2", w.value(key, old[key])))
    lines.append("")
    lines.append(tr("Контрольная сумма: %1").replace("%1", row.hash))
    return "\n".join(lines)


class AuditDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 entity: str | None = None, entity_id: str | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.fixed = entity is not None
        self.entity = entity
        self.entity_id = entity_id
        self.words = AuditWords(services)
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
                                .replace("%1", self.words.entities.get(entity or "",
                                                                       entity or ""))
                                .replace("%2", str(entity_id)))
        self.model: AuditModel | None = None
        self.apply()

    def _fill_filters(self) -> None:
        from desktop_app.core.services.audit_export import filter_options

        options = filter_options(self.services)
        self.user_combo.addItem(self.tr("все"), None)
        for login in options["user_login"]:
            self.user_combo.addItem(self.words.user(login), login)
        self.entity_combo.addItem(self.tr("все"), None)
        for entity in options["entity"]:
            self.entity_combo.addItem(self.words.entities.get(entity, entity), entity)
        self.action_combo.addItem(self.tr("все"), None)
        for action in options["action"]:
            self.action_combo.addItem(self.words.actions.get(action, action), action)

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
                                    newest_first=not self.fixed, words=self.words)
        if outcome.failed:
            return
        self.view.setModel(self.model)
        self.view.resizeColumnsToContents()
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        self.count_label.setText(self.tr("Записей: %1").replace("%1", str(self.model.total)))
        self.details.clear()

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model is not None and current.isValid():
            self.details.setPlainText(describe(self.model.rows[current.row()], self.words))

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
