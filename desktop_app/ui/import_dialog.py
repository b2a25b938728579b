"""Import enterprises from XLSX/CSV: choose a file, see every bad row, import
all rows or none (on a worker thread, with progress and Cancel)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import InputError
from desktop_app.core.services import enterprise_files as importer
from desktop_app.core.services.facade import Services
from desktop_app.ui.editor_base import show_message
from desktop_app.ui.errors import error_text
from desktop_app.ui.forms import child, load_form
from desktop_app.ui.icons import app_icon
from desktop_app.ui.tasks import Task, run_task

PREVIEW_LIMIT = 2000


class ImportDialog(QDialog):
    imported = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("Импорт предприятий из Excel"))
        self.form = load_form("import_dialog.ui", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.file_edit = child(self.form, QLineEdit, "fileEdit")
        self.file_edit.setReadOnly(True)
        self.update_check = child(self.form, QCheckBox, "updateCheck")
        self.summary = child(self.form, QLabel, "summaryLabel")
        self.table = child(self.form, QTableWidget, "previewTable")
        self.table.verticalHeader().setVisible(False)
        child(self.form, QPushButton, "browseButton").clicked.connect(self.browse)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Импортировать"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        close = self.buttons.addButton(self.tr("Закрыть"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setToolTip(self.tr("Закрыть окно (Esc)"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        close.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.update_check.toggled.connect(self._update_state)
        self.preview: importer.ImportPreview | None = None
        self.path: Path | None = None
        self.report: importer.ImportReport | None = None
        self._task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.resize(900, 560)

    # --- choosing and checking the file ---------------------------------------
    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Файл со списком предприятий"), "",
            self.tr("Таблицы (*.xlsx *.csv);;Все файлы (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        self.path = path
        self.file_edit.setText(str(path))
        self.report = None
        try:
            self.preview = importer.read_enterprise_file(path, self.services)
        except InputError as exc:
            self.preview = None
            self.table.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            show_message(self.summary, str(exc))
            self.import_button.setEnabled(False)
            return
        self._fill(self.preview)
        self._update_state()

    def _fill(self, preview: importer.ImportPreview) -> None:
        cols = list(preview.columns)
        titles = [self.tr("Строка"), *[preview.headers.get(c, c) for c in cols],
                  self.tr("Замечания")]
        self.table.clear()
        self.table.setColumnCount(len(titles))
        self.table.setHorizontalHeaderLabels(titles)
        rows = preview.rows[:PREVIEW_LIMIT]
        bad_rows = [r for r in preview.rows if r.errors]
        # bad rows first, so nothing wrong hides below the fold
        shown = [*bad_rows[:PREVIEW_LIMIT], *[r for r in rows if not r.errors]][:PREVIEW_LIMIT]
        self.table.setRowCount(len(shown))
        bad_bg = QBrush(QColor(255, 205, 210))
        bad_fg = QBrush(QColor(0, 0, 0))
        known_bg = QBrush(QColor(255, 243, 205))
        for i, r in enumerate(shown):
            notes = [f"«{preview.headers.get(e.column, e.column)}»: {e.message}"
                     if e.column else e.message for e in r.errors]
            if r.existing_id is not None:
                notes.append(self.tr("уже есть в базе (карточка № %1)").replace(
                    "%1", str(r.existing_id)))
            values = [str(r.row), *[r.values.get(c, "") for c in cols], "; ".join(notes)]
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                if r.errors:
                    item.setBackground(bad_bg)
                    item.setForeground(bad_fg)
                elif r.existing_id is not None:
                    item.setBackground(known_bg)
                    item.setForeground(bad_fg)
                if j == len(values) - 1 and notes:
                    item.setToolTip("\n".join(notes))
                self.table.setItem(i, j, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for j in range(len(titles) - 1):
            self.table.setColumnWidth(j, 70 if j == 0 else 160)
        self.table.setWordWrap(True)
        for i in range(min(len(bad_rows), 200)):  # the marked rows show their whole message
            self.table.resizeRowToContents(i)

    def bad_rows(self) -> list[int]:
        """Spreadsheet row numbers the preview marks as wrong."""
        if self.preview is None:
            return []
        return [r.row for r in self.preview.rows if r.errors]

    def _update_state(self) -> None:
        p = self.preview
        if p is None:
            self.import_button.setEnabled(False)
            return
        existing = sum(1 for r in p.rows if r.existing_id is not None and not r.errors)
        problems = len(p.errors) + sum(len(r.errors) for r in p.rows)
        parts = [self.tr("Строк с данными: %1, без ошибок: %2.")
                 .replace("%1", str(p.rows_total)).replace("%2", str(p.rows_valid))]
        for e in p.errors:
            parts.append(e.message)
        blocked = False
        if problems:
            blocked = True
            parts.append(self.tr("Ошибок: %1 — импорт невозможен, ничего не будет записано. "
                                 "Исправьте отмеченные строки и выберите файл снова.")
                         .replace("%1", str(problems)))
        if existing and not self.update_check.isChecked():
            blocked = True
            parts.append(self.tr("Предприятий, которые уже есть в базе: %1 — отметьте "
                                 "«Обновлять карточки…» или уберите их из файла.")
                         .replace("%1", str(existing)))
        if p.rows_total == 0:
            blocked = True
            parts.append(self.tr("В файле нет строк с данными."))
        if p.ignored_columns:
            parts.append(self.tr("Не используются столбцы: %1.").replace(
                "%1", ", ".join(p.ignored_columns)))
        self.summary.setStyleSheet("")
        if blocked:
            show_message(self.summary, " ".join(parts))
        else:
            self.summary.setText(" ".join(parts) + " " + self.tr("Можно импортировать."))
            self.summary.setVisible(True)
        self.import_button.setEnabled(not blocked)

    # --- importing (worker thread) ---------------------------------------------------
    def start_import(self) -> None:
        if self.path is None or self.preview is None or not self.import_button.isEnabled():
            return
        self.import_button.setEnabled(False)
        services, path, update = self.services, self.path, self.update_check.isChecked()

        def work(task: Task) -> importer.ImportReport:
            return importer.import_enterprises(
                services, path, update=update, progress=task.report,
                cancel=lambda: task.cancelled)

        self.progress = QProgressDialog(
            self.tr("Импорт предприятий…"), self.tr("Отменить"), 0, max(1, self.preview.rows_total),
            self,
        )
        self.progress.setWindowTitle(self.tr("Импорт"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        task = run_task(work, self._finished, self._failed, self._progress)
        self.progress.canceled.connect(task.cancel)
        self._task = task

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for a running import to finish (tests and closing use it)."""
        return self._task is None or self._task.wait(msecs)

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(1, total))
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, report: Any) -> None:
        self._close_progress()
        self.report = report
        text = str(report.summary())
        if report.ok:
            self.summary.setStyleSheet("")
            self.summary.setText(text)
            self.imported.emit(int(report.imported) + int(report.updated))
            QMessageBox.information(self, self.tr("Импорт завершён"), text)
        else:
            show_message(self.summary, text)
            self._update_state()

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        show_message(self.summary, self.tr("Импорт не выполнен, ничего не записано: %1")
                     .replace("%1", error_text(exc)))
        self._update_state()

    def reject(self) -> None:
        if self._task is not None and self._task.running:
            self._task.cancel()
            self._task.wait(10_000)
        super().reject()
