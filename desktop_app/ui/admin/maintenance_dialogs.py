"""Backups/restore (administrator restores) and "Check database"."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserError
from desktop_app.core.services.backup import (
    list_backups,
    load_policy,
    make_backup,
    restore_backup,
    save_policy,
)
from desktop_app.core.services.context import Permission
from desktop_app.core.services.facade import Services
from desktop_app.core.services.maintenance import CheckReport, check_database
from desktop_app.ui.forms import child, form_dialog

# What to do when a check fails (by the start of the check's name).
ADVICE = {
    "Целостность": "База повреждена. Не работайте в ней дальше: администратор восстанавливает "
                   "последнюю исправную резервную копию (Администрирование → Резервные копии).",
    "Ссылочная": "Есть записи со ссылками на отсутствующие записи. Сделайте резервную копию "
                 "и сообщите администратору; он решит, восстановить ли копию.",
    "Версия схемы": "Схема базы не совпадает с версией программы: перезапустите программу, "
                    "она обновит схему (перед этим сделает резервную копию).",
    "Журнал событий": "Журнал событий изменён в обход программы. Сохраните копию файла базы "
                      "как доказательство и сообщите руководителю; названная запись — первая "
                      "изменённая.",
    "Уничтожение": "В базе снова есть персональные данные, уничтоженные ранее (восстановлена "
                   "старая копия), или журнал уничтожений рядом с базой неполон: откройте "
                   "Администрирование → Уничтожения персональных данных и нажмите «Применить "
                   "журнал уничтожений».",
    "Размещение": "Перенесите папку данных на локальный диск компьютера и укажите её при "
                  "запуске программы.",
}


def report_html(report: CheckReport) -> str:
    parts = []
    for item in report.items:
        mark = "✔" if item.ok else "✘"
        color = "#2e7d32" if item.ok else "#c62828"
        parts.append(f'<p><b style="color:{color}">{mark} {html.escape(item.name)}</b>')
        for d in item.details[:50]:
            parts.append(f"<br/>&nbsp;&nbsp;{html.escape(d)}")
        if not item.ok:
            advice = next((a for k, a in ADVICE.items() if item.name.startswith(k)),
                          "Сообщите администратору.")
            parts.append(f"<br/><i>Что делать: {html.escape(advice)}</i>")
        parts.append("</p>")
    parts.append(f"<p><b>{html.escape(report.verdict())}</b></p>")
    return "".join(parts)


class CheckDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None,
                 *, run: bool = True) -> None:
        super().__init__(parent)
        self.services = services
        self.form = form_dialog(self, "admin_check.ui", grow_with_messages=True)
        self.resize(self.form.size())
        self.result_view: QTextBrowser = child(self.form, QTextBrowser, "resultText")
        self.quick: QCheckBox = child(self.form, QCheckBox, "quickCheck")
        child(self.form, QPushButton, "runButton").clicked.connect(self.run_check)
        child(self.form, QDialogButtonBox, "closeBox").rejected.connect(self.reject)
        self.report: CheckReport | None = None
        if run:
            self.run_check()

    def run_check(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = check_database(self.services, rehash_files=not self.quick.isChecked())
        except (UserError, OSError) as exc:
            self.result_view.setHtml(
                f"<p><b>Проверку выполнить не удалось:</b> {html.escape(str(exc))}"
                "</p><p>Сообщите администратору.</p>")
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.result_view.setHtml(report_html(self.report))


class BackupDialog(QDialog):
    """Settings, the list of copies, a copy now, restore (administrator)."""

    restored = Signal(Path)   # the database file was replaced: reopen it

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.server_note: QLabel | None = None
        if services.db.is_server:
            self._server_mode()
            return
        self.form = form_dialog(self, "admin_backup.ui", grow_with_messages=True)
        self.resize(self.form.size())
        self.folder_edit: QLineEdit = child(self.form, QLineEdit, "folderEdit")
        self.spins = {name: child(self.form, QSpinBox, widget) for name, widget in (
            ("interval_minutes", "intervalSpin"), ("keep_recent", "recentSpin"),
            ("keep_daily", "dailySpin"), ("keep_weekly", "weeklySpin"),
            ("keep_monthly", "monthlySpin"))}
        self.list: QListWidget = child(self.form, QListWidget, "backupsList")
        self.status: QLabel = child(self.form, QLabel, "statusLabel")
        child(self.form, QPushButton, "browseButton").clicked.connect(self.browse)
        child(self.form, QPushButton, "saveButton").clicked.connect(self.save)
        child(self.form, QPushButton, "backupButton").clicked.connect(self.backup_now)
        restore = child(self.form, QPushButton, "restoreButton")
        restore_file = child(self.form, QPushButton, "restoreFileButton")
        restore.clicked.connect(self.restore_selected)
        restore_file.clicked.connect(self.restore_file)
        child(self.form, QDialogButtonBox, "closeBox").rejected.connect(self.reject)
        admin = services.actor.can(Permission.RESTORE)
        for w in (restore, restore_file, child(self.form, QPushButton, "saveButton"),
                  child(self.form, QPushButton, "browseButton"), self.folder_edit,
                  *self.spins.values()):
            w.setEnabled(admin)
        self.policy = load_policy(services)
        self.folder_edit.setText(self.policy.folder or "")
        for name, spin in self.spins.items():
            spin.setValue(int(getattr(self.policy, name)))
        self.refresh()

    def _server_mode(self) -> None:
        """A database on the centre's server: its copies are the server administrator's
        job (with the documents, which live in it); nothing is copied from here."""
        self.setWindowTitle(self.tr("Резервные копии"))
        location = self.services.db.location
        server = location.server if location is not None else None
        address = (f"postgresql://{server.user}@{server.host}:{server.port}/{server.database}"
                   if server is not None else "АДРЕС")
        text = self.tr(
            "<p><b>База данных находится на сервере центра</b> (%1).</p>"
            "<p>Резервные копии такой базы делает <b>администратор сервера</b> — по расписанию, "
            "для всех рабочих мест сразу. Файлы документов хранятся в той же базе и входят в "
            "ту же копию. Поэтому эта программа копий на этом компьютере не делает и при "
            "закрытии базу не копирует.</p>"
            "<p>Копия вручную (один файл: база и документы):<br>"
            "<code>rci-intake --db %2 --user ИМЯ backup --to ФАЙЛ.dump</code></p>"
            "<p>Восстановление — в новую пустую базу, которую создаёт администратор "
            "сервера:<br><code>rci-intake --db АДРЕС_НОВОЙ_БАЗЫ restore ФАЙЛ.dump</code></p>"
            "<p>Нужны программы PostgreSQL pg_dump и pg_restore (пакет postgresql-client). "
            "Подробнее — README, раздел «Сервер центра».</p>"
        ).replace("%1", html.escape(self.services.db.display())).replace(
            "%2", html.escape(address))
        layout = QVBoxLayout(self)
        self.server_note = QLabel(text, self)
        self.server_note.setObjectName("serverBackupNote")
        self.server_note.setWordWrap(True)
        self.server_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.server_note)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Закрыть"))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(640, self.sizeHint().height())

    def folder(self) -> Path:
        return self.policy.target_folder(self.services.db_path)

    def refresh(self) -> None:
        self.list.clear()
        for when, path in list_backups(self.folder(), self.services.db_path.stem):
            size = path.stat().st_size / 1024 / 1024
            item = QListWidgetItem(f"{when:%d.%m.%Y %H:%M:%S} — {path.name} ({size:.1f} МБ)")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Папка резервных копий"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def save(self) -> None:
        values = {name: spin.value() for name, spin in self.spins.items()}
        policy = replace(self.policy, folder=self.folder_edit.text().strip() or None, **values)
        try:
            save_policy(self.services, policy)
        except UserError as exc:
            self.status.setText(str(exc))
            return
        self.policy = policy
        self.status.setText(self.tr("Настройка сохранена."))
        self.refresh()

    def backup_now(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = make_backup(self.services, policy=self.policy)
        except (UserError, OSError) as exc:
            self.status.setText(self.tr("Копия не создана: %1").replace("%1", str(exc)))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        text = self.tr("Копия создана и проверена: %1. Файлов документов скопировано: %2.") \
            .replace("%1", result.path.name).replace("%2", str(result.blobs_copied))
        if result.blob_problems:
            text += " " + self.tr("Внимание: ") + "; ".join(result.blob_problems[:3])
        self.status.setText(text)
        self.refresh()

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.status.setText(self.tr("Выберите копию в списке."))
            return
        self.restore(Path(str(item.data(Qt.ItemDataRole.UserRole))))

    def restore_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Файл резервной копии"),
                                              str(self.folder()),
                                              self.tr("База SQLite (*.sqlite3 *.sqlite *.db)"))
        if path:
            self.restore(Path(path))

    def restore(self, path: Path) -> None:
        answer = QMessageBox.question(
            self, self.tr("Восстановление"),
            self.tr("Заменить текущую базу копией «%1»?\n\nТекущее состояние будет сохранено "
                    "в отдельную резервную копию. После восстановления программа закроется; "
                    "запустите её снова.").replace("%1", path.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = restore_backup(self.services, path)
        except (UserError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Восстановление"),
                                self.tr("База не изменена. %1").replace("%1", str(exc)))
            return
        QGuiApplication.restoreOverrideCursor()
        text = self.tr("База восстановлена из «%1».").replace("%1", path.name)
        if result.missing_blobs:
            text += self.tr(" Не найдено файлов документов: %1.").replace(
                "%1", str(len(result.missing_blobs)))
        if result.reerased:
            text += "\n\n" + self.tr(
                "Копия сделана до уничтожения персональных данных; они уничтожены повторно "
                "по журналу уничтожений: %1. Акты повторного уничтожения сохранены в базе "
                "(Администрирование → Уничтожения персональных данных).").replace(
                "%1", "; ".join(
                    self.tr("контактное лицо № %1 (%2), акт № %3")
                    .replace("%1", str(r.contact_id)).replace("%2", r.enterprise_name)
                    .replace("%3", r.act_number) for r in result.reerased))
        if result.reerase_problem:
            text += "\n\n" + self.tr("Внимание: %1").replace("%1", result.reerase_problem)
        QMessageBox.information(self, self.tr("Восстановление"), text)
        self.restored.emit(self.services.db_path)
        self.accept()
