"""The workflow moves of a dossier as buttons: the moves its status allows, in a fixed order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.core.services.dossier_workflow import TRANSITIONS


def _t(text: str) -> str:
    return QCoreApplication.translate("Dossier", text)


def status_actions() -> dict[str, str]:
    """Button texts of the workflow moves (the target status)."""
    return {
        "ready": _t("Готово к направлению"),
        "draft": _t("Вернуть в черновик"),
        "referred": _t("Направлено в Агентство"),
        "submitted": _t("Заявка подана"),
        "approved": _t("Одобрено"),
        "rejected": _t("Отклонено"),
        "withdrawn": _t("Отозвать досье"),
        "agreement": _t("Соглашение заключено"),
    }


_ORDER = ("ready", "draft", "referred", "submitted", "approved", "agreement", "rejected",
          "withdrawn")


def status_order(status: object) -> int:
    value = getattr(status, "value", status)
    return _ORDER.index(str(value)) if value in _ORDER else len(_ORDER)


class StatusButtons(QObject):
    """One button per move allowed from the current status, in ``host``'s layout;
    ``requested`` carries the target status."""

    requested = Signal(str)

    def __init__(self, host: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.buttons: dict[str, QPushButton] = {}
        self._shown_for: object = None

    def show_for(self, status: object) -> None:
        """Offer the moves of ``status`` (nothing to do when they are already shown)."""
        if self._shown_for == status:
            return
        self._shown_for = status
        layout = self.host.layout()
        assert layout is not None
        for button in self.buttons.values():
            layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = {}
        actions = status_actions()
        for target in sorted(TRANSITIONS[status], key=status_order):  # type: ignore[index]
            button = QPushButton(actions.get(target.value, target.value), self.host)
            button.setObjectName(f"status_{target.value}")
            button.clicked.connect(lambda _c=False, t=target.value: self.requested.emit(t))
            layout.addWidget(button)
            self.buttons[target.value] = button
