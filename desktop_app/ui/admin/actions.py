"""The «Администрирование» menu of the main window and the automatic backup copies."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from desktop_app.core.services.backup import AutoBackup, BackupResult
from desktop_app.core.services.context import Permission
from desktop_app.core.services.facade import Services

from .audit_viewer import open_audit
from .maintenance_dialogs import BackupDialog, CheckDialog
from .users_dialog import UsersDialog


def install_admin_actions(
    main_window: QMainWindow,
    services: Services,
    *,
    on_restored: Callable[[], None] | None = None,
) -> dict[str, QAction]:
    """Add the «Администрирование» menu; each action is visible only if the role allows it.

    ``services`` must be the signed-in user's (``services.as_actor(actor)``).
    ``on_restored`` is called when a backup replaced the database, before the
    program quits (the window must then not touch the database any more).
    """
    menu = main_window.menuBar().addMenu(main_window.tr("&Администрирование"))
    can = services.actor.can
    windows: list[QWidget] = []   # the audit windows opened here, kept alive by the slot

    def keep(w: QWidget | None) -> None:
        if w is not None:
            windows.append(w)

    def users() -> None:
        UsersDialog(services, main_window).exec()

    def log() -> None:
        keep(open_audit(main_window, services))

    def backups() -> None:
        dialog = BackupDialog(services, main_window)
        restored: list[object] = []
        dialog.restored.connect(restored.append)
        dialog.exec()
        if restored:
            # the database under this window was replaced and its connections closed
            QMessageBox.information(
                main_window, main_window.tr("Восстановление"),
                main_window.tr("База данных восстановлена из резервной копии. Программа "
                               "закроется; запустите её снова, чтобы работать с "
                               "восстановленными данными."))
            if on_restored is not None:
                on_restored()
            QApplication.quit()

    def check() -> None:
        CheckDialog(services, main_window).exec()

    def erasures() -> None:
        from .erasures_dialog import ErasuresDialog

        ErasuresDialog(services, main_window).exec()

    def profiles() -> None:
        from .profiles_dialog import ProfilesDialog

        ProfilesDialog(services, main_window).exec()

    def merge() -> None:
        from .merge_dialog import MergeDialog

        MergeDialog(services, main_window).exec()

    def sync() -> None:
        from .merge_dialog import sync_with_server_dialog

        sync_with_server_dialog(main_window, services)

    spec = (
        ("users", main_window.tr("Пользователи…"), Permission.MANAGE_USERS, users),
        ("audit", main_window.tr("Журнал событий…"), Permission.VIEW_AUDIT, log),
        ("backup", main_window.tr("Резервные копии и восстановление…"), Permission.BACKUP,
         backups),
        ("check", main_window.tr("Проверка базы данных…"), Permission.READ, check),
        ("erasures", main_window.tr("Уничтожения персональных данных…"),
         Permission.ERASE_PERSONAL_DATA, erasures),
        ("profiles", main_window.tr("Профили программ…"), Permission.MANAGE_PROFILES, profiles),
        ("merge", main_window.tr("Объединение баз…"), Permission.MERGE, merge),
        ("sync", main_window.tr("Синхронизировать с сервером…"), Permission.EDIT_OWN_WORK, sync),
    )
    actions: dict[str, QAction] = {}
    for key, text, permission, slot in spec:
        action = QAction(text, main_window)
        action.triggered.connect(slot)
        # a laptop's database is a file; working on the server itself there is nothing to sync
        action.setVisible(can(permission) and not (key == "sync" and services.db.is_server))
        menu.addAction(action)
        actions[key] = action
    menu.menuAction().setVisible(any(a.isVisible() for a in actions.values()))
    return actions


class AutoBackupTimer(QObject):
    """Every ``interval_minutes`` while there are changes; call ``on_close()`` on exit."""

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.auto = AutoBackup(services)
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.last_error: str | None = None

    def tick(self) -> BackupResult | None:
        try:
            return self.auto.tick()
        except Exception as exc:
            self.last_error = str(exc)
            return None

    def on_close(self, parent: QWidget | None = None) -> BackupResult | None:
        self.timer.stop()
        try:
            return self.auto.on_close()
        except Exception as exc:
            self.last_error = str(exc)
            if parent is not None:
                QMessageBox.warning(parent, "Резервная копия",
                                    f"Резервную копию при закрытии сделать не удалось: {exc}")
            return None
