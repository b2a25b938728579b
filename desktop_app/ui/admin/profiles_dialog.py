"""Program profiles: what is installed, and installing a new version (administrator)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop_app.core.errors import UserError
from desktop_app.core.rules import Profile, ProfileError
from desktop_app.core.services.context import Permission
from desktop_app.core.services.facade import Services
from desktop_app.ui.errors import error_text
from desktop_app.ui.forms import child, form_dialog


class ProfilesDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.form = form_dialog(self, "admin_profiles.ui", grow_with_messages=True)
        self.tree: QTreeWidget = child(self.form, QTreeWidget, "profilesTree")
        self.message: QLabel = child(self.form, QLabel, "messageLabel")
        self.install_button: QPushButton = child(self.form, QPushButton, "installButton")
        child(self.form, QPushButton, "closeButton").clicked.connect(self.accept)
        self.install_button.clicked.connect(self.choose_and_install)
        allowed = services.actor.can(Permission.MANAGE_PROFILES)
        self.install_button.setEnabled(allowed)
        if not allowed:
            self.install_button.setToolTip(self.tr("Устанавливать профили может администратор"))
        self.refresh()

    def refresh(self) -> None:
        registry = self.services.programs.registry(reload=True)
        self.tree.clear()
        for p in registry.all():
            item = QTreeWidgetItem([p.code, p.version, f"{p.effective_date:%d.%m.%Y}", p.title])
            item.setToolTip(3, p.legal_basis_for_consultant())
            self.tree.addTopLevelItem(item)
        self.tree.setColumnHidden(0, True)   # the file's code is for the program, not people
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        if registry.errors:
            self.message.setText(self.tr("Не загружены:") + "\n" + "\n".join(
                str(e) for e in registry.errors))

    def install(self, path: Path) -> Profile | None:
        """Check the file, ask to confirm with what it contains, then install."""
        try:
            profile = self.services.programs.check(path)
        except ProfileError as exc:
            self.message.setText(self.tr("Профиль не установлен: %1").replace("%1", str(exc)))
            return None
        assumed = sum(1 for r in profile.rules if str(r.confidence) == "assumed")
        question = self.tr(
            "Установить профиль «%1», версия %2 (действует с %3)?\n\nВопросов: %4, видов "
            "документов: %5, правил: %6, из них на допущениях: %7.").replace(
            "%1", profile.title).replace("%2", profile.version).replace(
            "%3", f"{profile.effective_date:%d.%m.%Y}").replace(
            "%4", str(len(profile.questions))).replace("%5", str(len(profile.documents))).replace(
            "%6", str(len(profile.rules))).replace("%7", str(assumed))
        answer = QMessageBox.question(self, self.tr("Установка профиля"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            installed = self.services.programs.install(path)
        except UserError as exc:
            self.message.setText(self.tr("Профиль не установлен: %1").replace(
                "%1", error_text(exc)))
            return None
        self.message.setText(self.tr("Установлен профиль «%1», версия %2").replace(
            "%1", installed.title).replace("%2", installed.version))
        self.refresh()
        return installed

    def choose_and_install(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Файл профиля программы"), "", self.tr("Профили программ (*.toml)"))
        if name:
            self.install(Path(name))
