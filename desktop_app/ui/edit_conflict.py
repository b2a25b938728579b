"""The question an editor asks when someone else saved the same record first.

The service refused the save with :class:`~desktop_app.core.errors.EditConflict`
(who, when, their values). The dialog says so and offers three ways on:
«Посмотреть изменения» (their values beside this person's, field by field),
«Перезаписать» (save this person's values over theirs, naming the version now
stored) and «Отменить мои изменения» (load the stored values). Esc goes back
to editing with nothing decided.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.core.errors import EditConflict
from desktop_app.core.services.editing import FieldDifference, differences, surname_initials
from desktop_app.ui.forms import child, form_dialog
from desktop_app.ui.icons import app_icon


class Choice(enum.Enum):
    OVERWRITE = "overwrite"
    DISCARD = "discard"
    KEEP_EDITING = "keep_editing"


class EditConflictDialog(QDialog):
    """«Запись изменена другим пользователем»: see the module doc."""

    def __init__(
        self, conflict: EditConflict, rows: list[FieldDifference],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowIcon(app_icon())
        self.form = form_dialog(self, "edit_conflict.ui")
        self.conflict = conflict
        self.rows = rows
        self.choice = Choice.KEEP_EDITING
        self.message = child(self.form, QLabel, "messageLabel")
        self.message.setText(f"<b>{_esc(str(conflict))}.</b>")
        self.table: QTableWidget = child(self.form, QTableWidget, "changesTable")
        self.show_button: QPushButton = child(self.form, QPushButton, "showChangesButton")
        self.overwrite_button: QPushButton = child(self.form, QPushButton, "overwriteButton")
        self.discard_button: QPushButton = child(self.form, QPushButton, "discardButton")
        self.show_button.toggled.connect(self._show_changes)
        self.overwrite_button.clicked.connect(lambda: self._choose(Choice.OVERWRITE))
        self.discard_button.clicked.connect(lambda: self._choose(Choice.DISCARD))
        for button in (self.show_button, self.overwrite_button, self.discard_button):
            button.setAutoDefault(False)
        self._fill()
        self.table.setVisible(False)
        self.setMinimumWidth(560)
        self.adjustSize()

    def _fill(self) -> None:
        who = self.conflict.changed_by
        theirs = (self.tr("Сохранено (%1)").replace("%1", surname_initials(who)) if who
                  else self.tr("Сохранено"))
        headers = [self.tr("Поле"), theirs, self.tr("Ваше значение")]
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if not self.rows:
            self.table.setRowCount(1)
            self.table.setItem(0, 0, QTableWidgetItem(
                self.tr("Значения полей, которые вы правите, совпадают; изменилось другое "
                        "(например, статус или документы).")))
            self.table.setSpan(0, 0, 1, 3)
            return
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            for j, value in enumerate((row.label, row.theirs, row.mine)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()

    def _show_changes(self, shown: bool) -> None:
        self.table.setVisible(shown)
        self.show_button.setText(
            self.tr("Скрыть изменения") if shown else self.tr("Посмотреть изменения"))
        if shown:
            self.resize(max(self.width(), 720), max(self.height(), 380))
        else:
            self.adjustSize()

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def resolve_conflict(
    parent: QWidget, conflict: EditConflict, schema: type[BaseModel],
    mine: Mapping[str, Any],
) -> Choice:
    """Ask the person what to do about ``conflict`` (their values vs ``mine``)."""
    rows = differences(schema, conflict.theirs, mine)
    dialog = EditConflictDialog(conflict, rows, parent)
    dialog.exec()
    return dialog.choice


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
